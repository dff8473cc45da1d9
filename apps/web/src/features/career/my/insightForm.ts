import type { InsightFrequency } from '../../../gql/graphql';

export type InsightForm = { title: string; customerSaid: string; frequency: InsightFrequency; suggestedChange: string; tags: string };
export const emptyInsightForm: InsightForm = { title: '', customerSaid: '', frequency: 'WEEKLY', suggestedChange: '', tags: '' };

export type InsightFormError = 'required' | 'tooLong';

/** Which fields stop the form from being sent (the API checks again). */
export function insightFormErrors(form: InsightForm): Partial<Record<keyof InsightForm, InsightFormError>> {
  const out: Partial<Record<keyof InsightForm, InsightFormError>> = {};
  if (!form.title.trim()) out.title = 'required';
  else if (form.title.trim().length > 200) out.title = 'tooLong';
  if (!form.customerSaid.trim()) out.customerSaid = 'required';
  if (!form.suggestedChange.trim()) out.suggestedChange = 'required';
  return out;
}

/** Tags typed as "billing, refunds,  Billing" → ["billing", "refunds"]: trimmed, lower-cased, once each. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，、;]/).map((t) => t.trim().toLocaleLowerCase()).filter(Boolean))];
}

export function insightInput(form: InsightForm) {
  return {
    title: form.title.trim(),
    customerSaid: form.customerSaid.trim(),
    frequency: form.frequency,
    suggestedChange: form.suggestedChange.trim(),
    tags: parseTags(form.tags),
  };
}

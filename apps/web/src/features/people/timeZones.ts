/** IANA zones the browser knows, with the current value kept even if the browser lacks it. */
export function timeZoneOptions(current: string | null | undefined): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  const set = new Set(zones);
  set.add('UTC');
  if (current) set.add(current);
  return [...set].sort();
}

import type { DataSource } from 'typeorm';
import type { Evidence, EvidenceKind, EvidenceSource } from '@pulse/domain-career';

type Db = Pick<DataSource, 'query'>;

const pretty = (key: string) => key.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Every assessment of the person: self, manager and peer, with who rated (peers stay unnamed). */
export class AssessmentEvidenceSource implements EvidenceSource {
  readonly kind: EvidenceKind = 'ASSESSMENT';
  constructor(
    private readonly db: Db,
    private readonly organisationId: string,
  ) {}
  async collect(personId: string, asOf: string): Promise<readonly Evidence[]> {
    const rows: Array<{ competency_key: string; assessor_kind: string; proficiency: number; evidence: string | null; at: string }> = await this.db.query(
      `SELECT competency_key, assessor_kind, proficiency, evidence, to_char(assessed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS at
         FROM competency_assessment WHERE organisation_id = $1 AND person_id = $2 AND assessed_at < ($3::date + 1)
        ORDER BY assessed_at DESC, id DESC LIMIT 50`,
      [this.organisationId, personId, asOf],
    );
    return rows.map((r) => ({
      kind: 'ASSESSMENT',
      competencyKey: r.competency_key,
      summary: `${r.assessor_kind === 'SELF' ? 'Self' : r.assessor_kind === 'MANAGER' ? 'Manager' : 'Peer'} rating ${r.proficiency} of 5 for ${pretty(r.competency_key)}${r.evidence ? `: ${r.evidence}` : ''}`,
      at: r.at,
    }));
  }
}

/** QA score trend from the weekly signals: the last 12 weeks against the 12 before, as product knowledge. */
export class QaTrendEvidenceSource implements EvidenceSource {
  readonly kind: EvidenceKind = 'QA_TREND';
  constructor(
    private readonly db: Db,
    private readonly organisationId: string,
  ) {}
  async collect(personId: string, asOf: string): Promise<readonly Evidence[]> {
    const [r]: Array<{ recent: string | null; before: string | null; recent_weeks: string; before_weeks: string; last: string | null }> = await this.db.query(
      `SELECT avg(qa_score) FILTER (WHERE week_start > $3::date - 84) AS recent,
              avg(qa_score) FILTER (WHERE week_start <= $3::date - 84) AS before,
              count(qa_score) FILTER (WHERE week_start > $3::date - 84) AS recent_weeks,
              count(qa_score) FILTER (WHERE week_start <= $3::date - 84) AS before_weeks,
              to_char(max(week_start), 'YYYY-MM-DD') AS last
         FROM weekly_signal WHERE organisation_id = $1 AND person_id = $2 AND week_start > $3::date - 168 AND week_start <= $3::date AND qa_score IS NOT NULL`,
      [this.organisationId, personId, asOf],
    );
    if (!r || r.recent === null || !r.last) return [];
    const recent = Number(r.recent);
    const summary =
      r.before === null
        ? `QA score ${recent.toFixed(1)} on average over the last ${r.recent_weeks} weeks`
        : `QA score ${recent.toFixed(1)} on average over the last ${r.recent_weeks} weeks, ${recent >= Number(r.before) ? 'up' : 'down'} from ${Number(r.before).toFixed(1)} in the ${r.before_weeks} weeks before`;
    return [{ kind: 'QA_TREND', competencyKey: 'product-knowledge', summary, at: r.last }];
  }
}

/** Ideas the person's manager accepted or put into practice count for customer insight. */
export class CustomerInsightEvidenceSource implements EvidenceSource {
  readonly kind: EvidenceKind = 'CUSTOMER_INSIGHT';
  constructor(
    private readonly db: Db,
    private readonly organisationId: string,
  ) {}
  async collect(personId: string, asOf: string): Promise<readonly Evidence[]> {
    const rows: Array<{ title: string; status: string; at: string }> = await this.db.query(
      `SELECT title, status, to_char(coalesce(triaged_at, updated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS at FROM customer_insight
        WHERE organisation_id = $1 AND author_person_id = $2 AND status IN ('ACCEPTED', 'DONE') AND coalesce(triaged_at, updated_at) < ($3::date + 1)
        ORDER BY coalesce(triaged_at, updated_at) DESC, id DESC LIMIT 20`,
      [this.organisationId, personId, asOf],
    );
    return rows.map((r) => ({ kind: 'CUSTOMER_INSIGHT', competencyKey: 'customer-insight', summary: `Idea "${r.title}" ${r.status === 'DONE' ? 'put into practice' : 'accepted'}`, at: r.at }));
  }
}

/**
 * Completed training and certifications come from the learning slice, which has not landed: the
 * sources are registered (so the profile and the path already ask them) and answer nothing yet.
 */
export class TrainingEvidenceSource implements EvidenceSource {
  readonly kind: EvidenceKind = 'TRAINING';
  async collect(): Promise<readonly Evidence[]> {
    return [];
  }
}

export class CertificationEvidenceSource implements EvidenceSource {
  readonly kind: EvidenceKind = 'CERTIFICATION';
  async collect(): Promise<readonly Evidence[]> {
    return [];
  }
  /** Certification names each person holds (for readiness); none until the learning slice. */
  async held(personIds: readonly string[]): Promise<Map<string, ReadonlySet<string>>> {
    return new Map(personIds.map((id) => [id, new Set<string>()]));
  }
}

/** The evidence sources of one organisation, in the order the profile lists them. */
export function evidenceSources(db: Db, organisationId: string): EvidenceSource[] {
  return [
    new AssessmentEvidenceSource(db, organisationId),
    new QaTrendEvidenceSource(db, organisationId),
    new CustomerInsightEvidenceSource(db, organisationId),
    new TrainingEvidenceSource(),
    new CertificationEvidenceSource(),
  ];
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an account can sign in, and if not, why. */
export type AccountAccess =
  /** Can sign in. */
  | 'ACTIVE'
  /** An admin disabled it; an admin can enable it again. */
  | 'DISABLED_BY_ADMIN'
  /** The person's exit date has come (see exitDate). */
  | 'EXITED'
  /** No password set yet (not invited). */
  | 'NO_PASSWORD';

export type AccountIdInput = {
  accountId: string | number;
};

export type AssessorKind =
  | 'MANAGER'
  | 'PEER'
  | 'SELF';

export type CareerCompetencyInput = {
  anchors: Array<LocalizedStringInput>;
  description: LocalizedStringInput;
  key: string;
  name: LocalizedStringInput;
};

export type CareerExpectationInput = {
  competencyKey: string;
  proficiency: number;
};

export type CareerLadderInput = {
  competencies: Array<CareerCompetencyInput>;
  /** Today or later; not before the latest published version. */
  effectiveFrom: string;
  levels: Array<CareerLevelInput>;
  moves: Array<CareerMoveInput>;
  note?: string | null | undefined;
  tracks: Array<CareerTrackInput>;
};

export type CareerLevelInput = {
  entry: boolean;
  expectations: Array<CareerExpectationInput>;
  key: string;
  minMonthsInLevel: number;
  name: LocalizedStringInput;
  rank: number;
  trackKey: string;
};

export type CareerMoveInput = {
  fromLevelKey: string;
  kind: MoveKind;
  requiredCertifications?: Array<string>;
  toLevelKey: string;
};

export type CareerTrackInput = {
  key: string;
  name: LocalizedStringInput;
};

export type ChangeWorkModeInput = {
  effectiveFrom: string;
  personId: string | number;
  workMode: WorkMode;
};

export type ConfigureSingleSignOnInput = {
  clientId: string;
  /** Required the first time; leave empty to keep the stored secret. */
  clientSecret?: string | null | undefined;
  /** E-mail domains whose users the sign-in page sends to this provider. */
  emailDomains: Array<string>;
  enabled: boolean;
  /** The issuer URL; its /.well-known/openid-configuration must be reachable. */
  issuer: string;
};

export type CreateActionPlanInput = {
  /** YYYY-MM-DD */
  dueOn: string;
  measure: string;
  ownerPersonId: string | number;
  programId: string | number;
  teamId: string | number;
  title: string;
};

export type CreateScimTokenInput = {
  /** What the token is for, e.g. "Entra ID provisioning". */
  name: string;
};

export type EquityDimension =
  | 'TEAM'
  | 'WORK_MODE';

export type ErasePersonInput = {
  personId: string | number;
};

export type ExitReason =
  | 'INVOLUNTARY'
  | 'VOLUNTARY';

/** How often customers say it. */
export type InsightFrequency =
  | 'DAILY'
  | 'MANY_TIMES_A_DAY'
  | 'ONCE'
  | 'WEEKLY';

/** NEW → ACCEPTED → DONE, or NEW/ACCEPTED → DECLINED (with a reason). */
export type InsightStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'DONE'
  | 'NEW';

export type LocalizedMessageInput = {
  locale: string;
  /** Empty removes the text of this locale. */
  text: string;
};

export type LocalizedStringInput = {
  en: string;
  pl: string;
  zhHans: string;
  zhHant: string;
};

/** PROMOTION: up a track or into a higher one; LATERAL: across tracks at a similar level. */
export type MoveKind =
  | 'LATERAL'
  | 'PROMOTION';

export type PeopleFilter = {
  includeExited?: boolean | null | undefined;
  /** Only your own reporting line, even when you may see everyone (HR, admin). */
  reportingLineOnly?: boolean | null | undefined;
  /** Matches name, e-mail or HRIS id. */
  search?: string | null | undefined;
  site?: string | null | undefined;
  /** Includes the whole sub-tree of this team. */
  teamId?: string | number | null | undefined;
  workMode?: WorkMode | null | undefined;
};

export type PulseAnswerInput = {
  itemId: string;
  value: number;
};

export type PulseCadence =
  | 'BIWEEKLY'
  | 'MONTHLY'
  | 'WEEKLY';

export type PulseProgramInput = {
  audienceLevels?: Array<string>;
  audienceTeamIds?: Array<string | number>;
  audienceWorkModes?: Array<WorkMode>;
  cadence: PulseCadence;
  itemIds: Array<string>;
  itemsPerPulse: number;
  name: string;
  reminderHoursBeforeClose?: number | null | undefined;
  startsOn: string;
  windowHours?: number;
};

/** DRAFT → ACTIVE ⇄ PAUSED → ARCHIVED (final). */
export type PulseProgramStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PAUSED';

export type PulseRotationPreviewInput = {
  itemIds: Array<string>;
  itemsPerPulse: number;
  /** Language of item texts (en, zh-Hans, zh-Hant, pl); default en. */
  locale?: string | null | undefined;
};

/** SCHEDULED → OPEN → CLOSED. */
export type PulseWaveStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'SCHEDULED';

export type RecordAssessmentInput = {
  assessorKind: AssessorKind;
  competencyKey: string;
  evidence?: string | null | undefined;
  personId: string | number;
  proficiency: number;
};

export type RecordCustomerInsightInput = {
  customerSaid: string;
  frequency: InsightFrequency;
  suggestedChange: string;
  tags?: Array<string>;
  title: string;
};

export type RecordExitInput = {
  exitDate: string;
  exitReason: ExitReason;
  personId: string | number;
};

export type RecordPromotionInput = {
  effectiveDate: string;
  /** Chosen by the client once per decision: a retry with the same key records nothing more and returns the same result. */
  idempotencyKey: string;
  personId: string | number;
  toLevelKey: string;
};

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'HR'
  | 'MANAGER';

export type SetAccountRolesInput = {
  accountId: string | number;
  roles: Array<Role>;
};

export type SignInInput = {
  email: string;
  password: string;
};

/** What keeps a value from being one line: a line break, a tab or another control character. */
export type SingleLineFault =
  | 'CONTROL_CHARACTER'
  | 'LINE_BREAK'
  | 'TAB';

export type SubmitPulseResponseInput = {
  answers: Array<PulseAnswerInput>;
  /** Optional; shown to HR only inside groups of at least 10 respondents, never with your name. */
  comment?: string | null | undefined;
  /** The page language (en, zh-Hans, zh-Hant, pl), for the support message; default your profile language. */
  locale?: string | null | undefined;
  waveId: string | number;
};

export type UpdateMyProfileInput = {
  language?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateOrganisationSettingsInput = {
  /** Months after which raw pulse answers are deleted (published figures stay), 1–120. */
  answerRetentionMonths?: number | null | undefined;
  /** Smallest group shown, 3–10; applies to pulse waves opened from now on. */
  confidentialityK?: number | null | undefined;
  /** Months after a leaver's exit date when their raw pulse answers are unlinked from them, 0–24. */
  leaverAnswersUnlinkMonths?: number | null | undefined;
  locales?: Array<string> | null | undefined;
  supportMessage?: string | null | undefined;
  /** Support / EAP message per locale; locales not listed keep their text. */
  supportMessages?: Array<LocalizedMessageInput> | null | undefined;
};

/** Where a person works (SPEC §1). */
export type WorkMode =
  | 'HYBRID'
  | 'OFFICE'
  | 'REMOTE';

export type SessionFieldsFragment = { __typename: 'Me', accountId: string, email: string, roles: Array<Role>, permissions: Array<string>, person: { __typename: 'Person', id: string, displayName: string, firstName: string, language: string, timeZone: string }, organisation: { __typename: 'Organisation', id: string, name: string, supportMessage: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'Me', accountId: string, email: string, roles: Array<Role>, permissions: Array<string>, person: { __typename: 'Person', id: string, displayName: string, firstName: string, language: string, timeZone: string }, organisation: { __typename: 'Organisation', id: string, name: string, supportMessage: string | null } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { __typename: 'Me', accountId: string, email: string, roles: Array<Role>, permissions: Array<string>, person: { __typename: 'Person', id: string, displayName: string, firstName: string, language: string, timeZone: string }, organisation: { __typename: 'Organisation', id: string, name: string, supportMessage: string | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CareerEquityGroupFragment = { key: string, label: string, workMode: WorkMode | null, teamPath: string | null, hidden: boolean, hiddenReason: string | null, people: number | null, personYears: number | null, promotions: number | null, ratePerPersonYear: number | null, rateLow: number | null, rateHigh: number | null, medianMonthsToPromotion: number | null, medianLow: number | null, medianHigh: number | null };

export type CareerPromotionEquityQueryVariables = Exact<{
  dimension: EquityDimension;
  teamId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CareerPromotionEquityQuery = { promotionEquity: { from: string, to: string, k: number, dimension: EquityDimension, gapNote: string | null, overall: { key: string, label: string, workMode: WorkMode | null, teamPath: string | null, hidden: boolean, hiddenReason: string | null, people: number | null, personYears: number | null, promotions: number | null, ratePerPersonYear: number | null, rateLow: number | null, rateHigh: number | null, medianMonthsToPromotion: number | null, medianLow: number | null, medianHigh: number | null }, groups: Array<{ key: string, label: string, workMode: WorkMode | null, teamPath: string | null, hidden: boolean, hiddenReason: string | null, people: number | null, personYears: number | null, promotions: number | null, ratePerPersonYear: number | null, rateLow: number | null, rateHigh: number | null, medianMonthsToPromotion: number | null, medianLow: number | null, medianHigh: number | null }> } };

export type CareerAdoptedIdeasQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CareerAdoptedIdeasQuery = { adoptedIdeasByTeam: Array<{ teamPath: string, accepted: number, done: number }> };

export type CareerLocalizedFragment = { en: string, zhHans: string, zhHant: string, pl: string };

export type CareerLadderFieldsFragment = { versionId: string, effectiveFrom: string, publishedAt: string, note: string | null, competencies: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string }, description: { en: string, zhHans: string, zhHant: string, pl: string }, anchors: Array<{ en: string, zhHans: string, zhHant: string, pl: string }> }>, tracks: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string } }>, levels: Array<{ key: string, trackKey: string, rank: number, minMonthsInLevel: number, entry: boolean, name: { en: string, zhHans: string, zhHant: string, pl: string }, expectations: Array<{ competencyKey: string, proficiency: number }> }>, moves: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, requiredCertifications: Array<string> }> };

export type CareerReadinessFragment = { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> };

export type CareerStandingFragment = { competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number };

export type CareerPathFieldsFragment = { targetLevelKey: string, steps: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, missingCertifications: Array<string>, monthsInLevelNeeded: number, gaps: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, training: Array<{ competencyKey: string, title: string }>, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } }> };

export type CareerProfileFieldsFragment = { personId: string, displayName: string, teamPath: string | null, workMode: WorkMode | null, currentLevelKey: string | null, hrisLevel: string | null, monthsInLevel: number, goalLevelKey: string | null, reachableLevelKeys: Array<string>, path: { targetLevelKey: string, steps: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, missingCertifications: Array<string>, monthsInLevelNeeded: number, gaps: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, training: Array<{ competencyKey: string, title: string }>, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } }> } | null, nextStepReadiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null, standings: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, assessments: Array<{ id: string, competencyKey: string, assessorKind: AssessorKind, assessorName: string | null, proficiency: number, evidence: string | null, assessedAt: string }>, evidence: Array<{ kind: string, competencyKey: string | null, summary: string, at: string }> };

export type CareerInsightFieldsFragment = { id: string, authorName: string, teamPath: string | null, title: string, customerSaid: string, frequency: InsightFrequency, suggestedChange: string, tags: Array<string>, status: InsightStatus, declineReason: string | null, triagedByName: string | null, createdAt: string, updatedAt: string };

export type CareerLadderQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type CareerLadderQuery = { careerLadder: { versionId: string, effectiveFrom: string, publishedAt: string, note: string | null, competencies: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string }, description: { en: string, zhHans: string, zhHant: string, pl: string }, anchors: Array<{ en: string, zhHans: string, zhHant: string, pl: string }> }>, tracks: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string } }>, levels: Array<{ key: string, trackKey: string, rank: number, minMonthsInLevel: number, entry: boolean, name: { en: string, zhHans: string, zhHant: string, pl: string }, expectations: Array<{ competencyKey: string, proficiency: number }> }>, moves: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, requiredCertifications: Array<string> }> } | null };

export type CareerTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type CareerTeamsQuery = { teams: Array<{ id: string, path: string }> };

export type CareerLadderEditorQueryVariables = Exact<{ [key: string]: never; }>;


export type CareerLadderEditorQuery = { careerLadder: { versionId: string, effectiveFrom: string, publishedAt: string, note: string | null, competencies: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string }, description: { en: string, zhHans: string, zhHant: string, pl: string }, anchors: Array<{ en: string, zhHans: string, zhHant: string, pl: string }> }>, tracks: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string } }>, levels: Array<{ key: string, trackKey: string, rank: number, minMonthsInLevel: number, entry: boolean, name: { en: string, zhHans: string, zhHant: string, pl: string }, expectations: Array<{ competencyKey: string, proficiency: number }> }>, moves: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, requiredCertifications: Array<string> }> } | null, careerLadderVersions: Array<{ id: string, effectiveFrom: string, publishedAt: string, publishedBy: string | null, note: string | null }> };

export type CareerLadderTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type CareerLadderTemplateQuery = { careerLadderTemplate: { versionId: string, effectiveFrom: string, publishedAt: string, note: string | null, competencies: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string }, description: { en: string, zhHans: string, zhHant: string, pl: string }, anchors: Array<{ en: string, zhHans: string, zhHant: string, pl: string }> }>, tracks: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string } }>, levels: Array<{ key: string, trackKey: string, rank: number, minMonthsInLevel: number, entry: boolean, name: { en: string, zhHans: string, zhHant: string, pl: string }, expectations: Array<{ competencyKey: string, proficiency: number }> }>, moves: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, requiredCertifications: Array<string> }> } };

export type ValidateCareerLadderQueryVariables = Exact<{
  input: CareerLadderInput;
}>;


export type ValidateCareerLadderQuery = { validateCareerLadder: Array<{ code: string, path: string, message: string, params: { lineProblem: SingleLineFault | null, cycle: Array<string> | null } | null }> };

export type PublishCareerLadderMutationVariables = Exact<{
  input: CareerLadderInput;
}>;


export type PublishCareerLadderMutation = { publishCareerLadder: { versionId: string, effectiveFrom: string, publishedAt: string, note: string | null, competencies: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string }, description: { en: string, zhHans: string, zhHant: string, pl: string }, anchors: Array<{ en: string, zhHans: string, zhHant: string, pl: string }> }>, tracks: Array<{ key: string, name: { en: string, zhHans: string, zhHant: string, pl: string } }>, levels: Array<{ key: string, trackKey: string, rank: number, minMonthsInLevel: number, entry: boolean, name: { en: string, zhHans: string, zhHant: string, pl: string }, expectations: Array<{ competencyKey: string, proficiency: number }> }>, moves: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, requiredCertifications: Array<string> }> } };

export type CareerHrisMappingQueryVariables = Exact<{ [key: string]: never; }>;


export type CareerHrisMappingQuery = { hrisLevelMappings: Array<{ hrisLevel: string, levelKey: string }>, unmappedHrisLevels: Array<{ hrisLevel: string, people: number }> };

export type MapHrisLevelMutationVariables = Exact<{
  hrisLevel: string;
  levelKey?: string | null | undefined;
}>;


export type MapHrisLevelMutation = { mapHrisLevel: Array<{ hrisLevel: string, levelKey: string }> };

export type MyCareerQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCareerQuery = { myCareer: { personId: string, displayName: string, teamPath: string | null, workMode: WorkMode | null, currentLevelKey: string | null, hrisLevel: string | null, monthsInLevel: number, goalLevelKey: string | null, reachableLevelKeys: Array<string>, path: { targetLevelKey: string, steps: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, missingCertifications: Array<string>, monthsInLevelNeeded: number, gaps: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, training: Array<{ competencyKey: string, title: string }>, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } }> } | null, nextStepReadiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null, standings: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, assessments: Array<{ id: string, competencyKey: string, assessorKind: AssessorKind, assessorName: string | null, proficiency: number, evidence: string | null, assessedAt: string }>, evidence: Array<{ kind: string, competencyKey: string | null, summary: string, at: string }> } };

export type CareerPathPreviewQueryVariables = Exact<{
  personId?: string | number | null | undefined;
  targetLevelKey: string;
}>;


export type CareerPathPreviewQuery = { pathTo: { targetLevelKey: string, steps: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, missingCertifications: Array<string>, monthsInLevelNeeded: number, gaps: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, training: Array<{ competencyKey: string, title: string }>, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } }> } };

export type SetCareerGoalMutationVariables = Exact<{
  targetLevelKey: string;
}>;


export type SetCareerGoalMutation = { setCareerGoal: { personId: string, displayName: string, teamPath: string | null, workMode: WorkMode | null, currentLevelKey: string | null, hrisLevel: string | null, monthsInLevel: number, goalLevelKey: string | null, reachableLevelKeys: Array<string>, path: { targetLevelKey: string, steps: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, missingCertifications: Array<string>, monthsInLevelNeeded: number, gaps: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, training: Array<{ competencyKey: string, title: string }>, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } }> } | null, nextStepReadiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null, standings: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, assessments: Array<{ id: string, competencyKey: string, assessorKind: AssessorKind, assessorName: string | null, proficiency: number, evidence: string | null, assessedAt: string }>, evidence: Array<{ kind: string, competencyKey: string | null, summary: string, at: string }> } };

export type ClearCareerGoalMutationVariables = Exact<{ [key: string]: never; }>;


export type ClearCareerGoalMutation = { clearCareerGoal: { personId: string, displayName: string, teamPath: string | null, workMode: WorkMode | null, currentLevelKey: string | null, hrisLevel: string | null, monthsInLevel: number, goalLevelKey: string | null, reachableLevelKeys: Array<string>, path: { targetLevelKey: string, steps: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, missingCertifications: Array<string>, monthsInLevelNeeded: number, gaps: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, training: Array<{ competencyKey: string, title: string }>, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } }> } | null, nextStepReadiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null, standings: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, assessments: Array<{ id: string, competencyKey: string, assessorKind: AssessorKind, assessorName: string | null, proficiency: number, evidence: string | null, assessedAt: string }>, evidence: Array<{ kind: string, competencyKey: string | null, summary: string, at: string }> } };

export type MyCustomerInsightsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCustomerInsightsQuery = { customerInsights: { total: number, nextCursor: string | null, items: Array<{ id: string, authorName: string, teamPath: string | null, title: string, customerSaid: string, frequency: InsightFrequency, suggestedChange: string, tags: Array<string>, status: InsightStatus, declineReason: string | null, triagedByName: string | null, createdAt: string, updatedAt: string }> } };

export type RecordCustomerInsightMutationVariables = Exact<{
  input: RecordCustomerInsightInput;
}>;


export type RecordCustomerInsightMutation = { recordCustomerInsight: { id: string, authorName: string, teamPath: string | null, title: string, customerSaid: string, frequency: InsightFrequency, suggestedChange: string, tags: Array<string>, status: InsightStatus, declineReason: string | null, triagedByName: string | null, createdAt: string, updatedAt: string } };

export type CareerProgressionSummaryQueryVariables = Exact<{
  teamId?: string | number | null | undefined;
  workMode?: WorkMode | null | undefined;
}>;


export type CareerProgressionSummaryQuery = { progressionSummary: { people: number, unmapped: number, goalsSet: number, readyNow: number, overdueInLevel: number, peoplePerLevel: Array<{ levelKey: string, people: number }> } };

export type CareerReadinessRowFragment = { personId: string, displayName: string, teamPath: string, workMode: WorkMode | null, currentLevelKey: string | null, nextLevelKey: string | null, monthsInLevel: number, minMonthsInLevel: number, goalSet: boolean, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null };

export type CareerPromotionReadinessQueryVariables = Exact<{
  teamId?: string | number | null | undefined;
  workMode?: WorkMode | null | undefined;
  readyOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CareerPromotionReadinessQuery = { promotionReadiness: { total: number, nextCursor: string | null, items: Array<{ personId: string, displayName: string, teamPath: string, workMode: WorkMode | null, currentLevelKey: string | null, nextLevelKey: string | null, monthsInLevel: number, minMonthsInLevel: number, goalSet: boolean, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null }> } };

export type CareerCalibrationQueryVariables = Exact<{
  teamId?: string | number | null | undefined;
}>;


export type CareerCalibrationQuery = { calibration: { competencyKeys: Array<string>, people: Array<{ personId: string, displayName: string, teamPath: string, workMode: WorkMode | null, currentLevelKey: string | null, nextLevelKey: string | null, monthsInLevel: number, minMonthsInLevel: number, goalSet: boolean, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null }>, cells: Array<{ personId: string, competencyKey: string, self: number | null, manager: number | null, peer: number | null, expected: number }> } };

export type CareerTeamInsightsQueryVariables = Exact<{
  status?: InsightStatus | null | undefined;
  teamId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CareerTeamInsightsQuery = { customerInsights: { total: number, nextCursor: string | null, items: Array<{ id: string, authorName: string, teamPath: string | null, title: string, customerSaid: string, frequency: InsightFrequency, suggestedChange: string, tags: Array<string>, status: InsightStatus, declineReason: string | null, triagedByName: string | null, createdAt: string, updatedAt: string }> } };

export type TriageCustomerInsightMutationVariables = Exact<{
  id: string | number;
  status: InsightStatus;
  declineReason?: string | null | undefined;
}>;


export type TriageCustomerInsightMutation = { triageCustomerInsight: { id: string, authorName: string, teamPath: string | null, title: string, customerSaid: string, frequency: InsightFrequency, suggestedChange: string, tags: Array<string>, status: InsightStatus, declineReason: string | null, triagedByName: string | null, createdAt: string, updatedAt: string } };

export type CareerPersonProfileQueryVariables = Exact<{
  personId: string | number;
}>;


export type CareerPersonProfileQuery = { careerProfile: { personId: string, displayName: string, teamPath: string | null, workMode: WorkMode | null, currentLevelKey: string | null, hrisLevel: string | null, monthsInLevel: number, goalLevelKey: string | null, reachableLevelKeys: Array<string>, path: { targetLevelKey: string, steps: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, missingCertifications: Array<string>, monthsInLevelNeeded: number, gaps: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, training: Array<{ competencyKey: string, title: string }>, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } }> } | null, nextStepReadiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null, standings: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, assessments: Array<{ id: string, competencyKey: string, assessorKind: AssessorKind, assessorName: string | null, proficiency: number, evidence: string | null, assessedAt: string }>, evidence: Array<{ kind: string, competencyKey: string | null, summary: string, at: string }> } };

export type RecordCompetencyAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordCompetencyAssessmentMutation = { recordAssessment: { id: string, competencyKey: string, assessorKind: AssessorKind, assessorName: string | null, proficiency: number, evidence: string | null, assessedAt: string } };

export type RecordCareerPromotionMutationVariables = Exact<{
  input: RecordPromotionInput;
}>;


export type RecordCareerPromotionMutation = { recordPromotion: { personId: string, displayName: string, teamPath: string | null, workMode: WorkMode | null, currentLevelKey: string | null, hrisLevel: string | null, monthsInLevel: number, goalLevelKey: string | null, reachableLevelKeys: Array<string>, path: { targetLevelKey: string, steps: Array<{ fromLevelKey: string, toLevelKey: string, kind: MoveKind, missingCertifications: Array<string>, monthsInLevelNeeded: number, gaps: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, training: Array<{ competencyKey: string, title: string }>, readiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } }> } | null, nextStepReadiness: { percent: number, ready: boolean, reasons: Array<{ kind: string, met: boolean, message: string }> } | null, standings: Array<{ competencyKey: string, current: number, selfOnly: boolean, expected: number, gap: number }>, assessments: Array<{ id: string, competencyKey: string, assessorKind: AssessorKind, assessorName: string | null, proficiency: number, evidence: string | null, assessedAt: string }>, evidence: Array<{ kind: string, competencyKey: string | null, summary: string, at: string }> } };

export type OrganisationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationSettingsQuery = { organisationSettings: { id: string, name: string, slug: string, confidentialityK: number, locales: Array<string>, supportMessage: string | null, supportMessages: Array<{ locale: string, text: string }> } };

export type UpdateOrganisationSettingsMutationVariables = Exact<{
  input: UpdateOrganisationSettingsInput;
}>;


export type UpdateOrganisationSettingsMutation = { updateOrganisationSettings: { id: string, confidentialityK: number, locales: Array<string>, supportMessage: string | null, supportMessages: Array<{ locale: string, text: string }> } };

export type AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsQuery = { accounts: Array<{ id: string, email: string, roles: Array<Role>, canSignIn: boolean, access: AccountAccess, disabledAt: string | null, exitDate: string | null, person: { id: string, displayName: string } }> };

export type DisableAccountMutationVariables = Exact<{
  input: AccountIdInput;
}>;


export type DisableAccountMutation = { disableAccount: { id: string, canSignIn: boolean, access: AccountAccess, disabledAt: string | null, exitDate: string | null } };

export type EnableAccountMutationVariables = Exact<{
  input: AccountIdInput;
}>;


export type EnableAccountMutation = { enableAccount: { id: string, canSignIn: boolean, access: AccountAccess, disabledAt: string | null, exitDate: string | null } };

export type SetAccountRolesMutationVariables = Exact<{
  input: SetAccountRolesInput;
}>;


export type SetAccountRolesMutation = { setAccountRoles: { id: string, roles: Array<Role> } };

export type AuditEventsQueryVariables = Exact<{
  first: number;
}>;


export type AuditEventsQuery = { auditEvents: Array<{ id: string, at: string, action: string, subject: string | null, actorAccountId: string | null }> };

export type SingleSignOnQueryVariables = Exact<{ [key: string]: never; }>;


export type SingleSignOnQuery = { singleSignOn: { redirectUri: string, scimBaseUrl: string, organisationSlug: string, connection: { issuer: string, clientId: string, clientSecretSet: boolean, emailDomains: Array<string>, enabled: boolean } | null } };

export type ConfigureSingleSignOnMutationVariables = Exact<{
  input: ConfigureSingleSignOnInput;
}>;


export type ConfigureSingleSignOnMutation = { configureSingleSignOn: { issuer: string, clientId: string, clientSecretSet: boolean, emailDomains: Array<string>, enabled: boolean } };

export type RemoveSingleSignOnMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveSingleSignOnMutation = { removeSingleSignOn: boolean };

export type ScimTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ScimTokensQuery = { scimTokens: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateScimTokenMutationVariables = Exact<{
  input: CreateScimTokenInput;
}>;


export type CreateScimTokenMutation = { createScimToken: { token: string, scimToken: { id: string } } };

export type RevokeScimTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeScimTokenMutation = { revokeScimToken: { id: string, revokedAt: string | null } };

export type DirectoryOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOptionsQuery = { sites: Array<string>, teams: Array<{ id: string, name: string, path: string }> };

export type PeopleDirectoryQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type PeopleDirectoryQuery = { people: { total: number, items: Array<{ id: string, hrisId: string | null, displayName: string, email: string | null, jobTitle: string | null, workMode: WorkMode, site: string | null, exitDate: string | null, team: { id: string, name: string } | null }> } };

export type PersonDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonDetailQuery = { person: { id: string, hrisId: string | null, email: string | null, firstName: string, lastName: string, displayName: string, jobTitle: string | null, level: string | null, workMode: WorkMode, site: string | null, timeZone: string, shiftPattern: string | null, language: string, hireDate: string | null, exitDate: string | null, exitReason: ExitReason | null, detailsVisible: boolean, team: { id: string, name: string, path: string } | null, manager: { id: string, displayName: string, jobTitle: string | null } | null, directReports: Array<{ id: string, displayName: string, jobTitle: string | null }>, workModeHistory: Array<{ workMode: WorkMode, effectiveFrom: string }> | null } };

export type ChangeWorkModeMutationVariables = Exact<{
  input: ChangeWorkModeInput;
}>;


export type ChangeWorkModeMutation = { changeWorkMode: { id: string, workMode: WorkMode, workModeHistory: Array<{ workMode: WorkMode, effectiveFrom: string }> | null } };

export type RecordExitMutationVariables = Exact<{
  input: RecordExitInput;
}>;


export type RecordExitMutation = { recordExit: { id: string, exitDate: string | null, exitReason: ExitReason | null } };

export type ErasePersonMutationVariables = Exact<{
  input: ErasePersonInput;
}>;


export type ErasePersonMutation = { erasePerson: { personId: string, answersUnlinked: number, alreadyErased: boolean } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { accountId: string, email: string, roles: Array<Role>, person: { id: string, hrisId: string | null, email: string | null, displayName: string, jobTitle: string | null, level: string | null, workMode: WorkMode, site: string | null, timeZone: string, shiftPattern: string | null, language: string, hireDate: string | null, team: { id: string, name: string, path: string } | null, manager: { id: string, displayName: string, jobTitle: string | null } | null, workModeHistory: Array<{ workMode: WorkMode, effectiveFrom: string }> | null } } | null };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, language: string, timeZone: string } };

export type ReportingLineQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ReportingLineQuery = { people: { total: number, items: Array<{ id: string, displayName: string, jobTitle: string | null, workMode: WorkMode, site: string | null, team: { id: string, name: string } | null, manager: { id: string, displayName: string } | null }> } };

export type OrgChartPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgChartPersonQuery = { person: { id: string, displayName: string, jobTitle: string | null, workMode: WorkMode, team: { id: string, name: string } | null, manager: { id: string, displayName: string, jobTitle: string | null } | null, directReports: Array<{ id: string, displayName: string, jobTitle: string | null, workMode: WorkMode, directReports: Array<{ id: string }> }> } };

export type OrgChartReportsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgChartReportsQuery = { person: { id: string, directReports: Array<{ id: string, displayName: string, jobTitle: string | null, workMode: WorkMode, directReports: Array<{ id: string }> }> } };

export type OrgChartNodeFragment = { id: string, displayName: string, jobTitle: string | null, workMode: WorkMode, directReports: Array<{ id: string }> };

export type MyPulseHistoryQueryVariables = Exact<{
  last: number;
}>;


export type MyPulseHistoryQuery = { myPulseHistory: Array<{ waveId: string, programName: string, periodStart: string, submittedAt: string, scores: Array<{ measure: string, value: number, band: string | null }> }> };

export type PulseProgramFieldsFragment = { id: string, name: string, status: PulseProgramStatus, cadence: PulseCadence, itemsPerPulse: number, itemIds: Array<string>, windowHours: number, reminderHoursBeforeClose: number | null, startsOn: string, audienceTeamIds: Array<string>, audienceWorkModes: Array<WorkMode>, audienceLevels: Array<string> };

export type PulseProgramsQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type PulseProgramsQuery = { pulseAudienceLevels: Array<string>, pulsePrograms: Array<{ id: string, name: string, status: PulseProgramStatus, cadence: PulseCadence, itemsPerPulse: number, itemIds: Array<string>, windowHours: number, reminderHoursBeforeClose: number | null, startsOn: string, audienceTeamIds: Array<string>, audienceWorkModes: Array<WorkMode>, audienceLevels: Array<string> }>, pulseItemLibrary: Array<{ id: string, name: string, items: Array<{ id: string, text: string, validatedTranslation: boolean }> }>, teams: Array<{ id: string, path: string }> };

export type PulseRotationPreviewQueryVariables = Exact<{
  input: PulseRotationPreviewInput;
}>;


export type PulseRotationPreviewQuery = { pulseRotationPreview: { cycleLength: number, waves: Array<{ index: number, items: Array<{ id: string, instrumentName: string, text: string, validatedTranslation: boolean }> }>, warnings: Array<{ wave: number, scale: string, asked: number, minimumAnswered: number }> } };

export type PulseWavesQueryVariables = Exact<{
  programId: string | number;
}>;


export type PulseWavesQuery = { pulseWaves: Array<{ id: string, sequence: number, periodStart: string, status: PulseWaveStatus, invited: number, reminded: number }> };

export type CreatePulseProgramMutationVariables = Exact<{
  input: PulseProgramInput;
}>;


export type CreatePulseProgramMutation = { createPulseProgram: { id: string, name: string, status: PulseProgramStatus, cadence: PulseCadence, itemsPerPulse: number, itemIds: Array<string>, windowHours: number, reminderHoursBeforeClose: number | null, startsOn: string, audienceTeamIds: Array<string>, audienceWorkModes: Array<WorkMode>, audienceLevels: Array<string> } };

export type UpdatePulseProgramMutationVariables = Exact<{
  id: string | number;
  input: PulseProgramInput;
}>;


export type UpdatePulseProgramMutation = { updatePulseProgram: { id: string, name: string, status: PulseProgramStatus, cadence: PulseCadence, itemsPerPulse: number, itemIds: Array<string>, windowHours: number, reminderHoursBeforeClose: number | null, startsOn: string, audienceTeamIds: Array<string>, audienceWorkModes: Array<WorkMode>, audienceLevels: Array<string> } };

export type ActivatePulseProgramMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivatePulseProgramMutation = { activatePulseProgram: { id: string, status: PulseProgramStatus } };

export type PausePulseProgramMutationVariables = Exact<{
  id: string | number;
}>;


export type PausePulseProgramMutation = { pausePulseProgram: { id: string, status: PulseProgramStatus } };

export type PulseGroupFragment = { label: string, teamId: string | null, workMode: string, tenureBand: string, shown: boolean, hiddenReason: string | null, respondents: number | null, invited: number | null, participation: number | null, measures: Array<{ measure: string, value: number | null, respondents: number | null, previous: number | null, change: string | null, hiddenReason: string | null, bandSharesHidden: boolean, bandShares: Array<{ band: string, share: number }> }> };

export type PulseGroupLiteFragment = { label: string, teamId: string | null, workMode: string, tenureBand: string, shown: boolean, hiddenReason: string | null, respondents: number | null, invited: number | null, participation: number | null, measures: Array<{ measure: string, value: number | null, respondents: number | null, previous: number | null, change: string | null, hiddenReason: string | null }> };

export type PulseTrendLinesFragment = { measure: string, periods: Array<string>, series: Array<{ key: string, values: Array<number | null>, respondents: Array<number | null>, hiddenReasons: Array<string | null>, changes: Array<string | null> }> };

export type PulseResultsQueryVariables = Exact<{
  programId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  measure?: string | null | undefined;
  periods: number;
}>;


export type PulseResultsQuery = { pulseResults: { k: number, canSeeOrganisation: boolean, measures: Array<string>, periodStart: string | null, teamId: string | null, programs: Array<{ id: string, name: string, cadence: string }>, program: { id: string, name: string, cadence: string } | null, teams: Array<{ id: string, name: string, path: string }>, overall: { label: string, teamId: string | null, workMode: string, tenureBand: string, shown: boolean, hiddenReason: string | null, respondents: number | null, invited: number | null, participation: number | null, measures: Array<{ measure: string, value: number | null, respondents: number | null, previous: number | null, change: string | null, hiddenReason: string | null, bandSharesHidden: boolean, bandShares: Array<{ band: string, share: number }> }> } | null, trend: { measure: string, periods: Array<string>, series: Array<{ key: string, values: Array<number | null>, respondents: Array<number | null>, hiddenReasons: Array<string | null>, changes: Array<string | null> }> }, participation: { measure: string, periods: Array<string>, series: Array<{ key: string, values: Array<number | null>, respondents: Array<number | null>, hiddenReasons: Array<string | null>, changes: Array<string | null> }> }, openWave: { periodStart: string, closesAt: string, group: { shown: boolean, hiddenReason: string | null, respondents: number | null, invited: number | null, participation: number | null } } | null } };

export type PulseBreakdownQueryVariables = Exact<{
  programId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  measure?: string | null | undefined;
  periods: number;
}>;


export type PulseBreakdownQuery = { pulseResults: { k: number, measures: Array<string>, byWorkMode: Array<{ label: string, teamId: string | null, workMode: string, tenureBand: string, shown: boolean, hiddenReason: string | null, respondents: number | null, invited: number | null, participation: number | null, measures: Array<{ measure: string, value: number | null, respondents: number | null, previous: number | null, change: string | null, hiddenReason: string | null }> }>, byTenure: Array<{ label: string, teamId: string | null, workMode: string, tenureBand: string, shown: boolean, hiddenReason: string | null, respondents: number | null, invited: number | null, participation: number | null, measures: Array<{ measure: string, value: number | null, respondents: number | null, previous: number | null, change: string | null, hiddenReason: string | null }> }>, byTeam: Array<{ label: string, teamId: string | null, workMode: string, tenureBand: string, shown: boolean, hiddenReason: string | null, respondents: number | null, invited: number | null, participation: number | null, measures: Array<{ measure: string, value: number | null, respondents: number | null, previous: number | null, change: string | null, hiddenReason: string | null }> }> } };

export type PulseHeatmapQueryVariables = Exact<{
  programId?: string | number | null | undefined;
}>;


export type PulseHeatmapQuery = { pulseHeatmap: { measures: Array<string>, periodStart: string | null, rows: Array<{ teamId: string, name: string, path: string, respondents: number | null, values: Array<number | null>, hiddenReasons: Array<string | null> }> } };

export type PulseAlertsQueryVariables = Exact<{
  first: number;
}>;


export type PulseAlertsQuery = { pulseAlerts: Array<{ id: string, kind: string, label: string, path: string | null, measure: string | null, periodStart: string, previous: number | null, current: number | null, teamId: string | null, workMode: string, createdAt: string }> };

export type ActionPlanFieldsFragment = { id: string, teamId: string, teamName: string, title: string, ownerPersonId: string, ownerName: string, dueOn: string, measure: string, status: string, before: number | null, beforePeriod: string | null, after: number | null, afterPeriod: string | null, createdAt: string };

export type ActionPlansQueryVariables = Exact<{
  teamId?: string | number | null | undefined;
}>;


export type ActionPlansQuery = { actionPlans: Array<{ id: string, teamId: string, teamName: string, title: string, ownerPersonId: string, ownerName: string, dueOn: string, measure: string, status: string, before: number | null, beforePeriod: string | null, after: number | null, afterPeriod: string | null, createdAt: string }> };

export type ActionPlanOwnersQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ActionPlanOwnersQuery = { people: { total: number, items: Array<{ id: string, displayName: string }> } };

export type CreateActionPlanMutationVariables = Exact<{
  input: CreateActionPlanInput;
}>;


export type CreateActionPlanMutation = { createActionPlan: { id: string, teamId: string, teamName: string, title: string, ownerPersonId: string, ownerName: string, dueOn: string, measure: string, status: string, before: number | null, beforePeriod: string | null, after: number | null, afterPeriod: string | null, createdAt: string } };

export type SetActionPlanStatusMutationVariables = Exact<{
  id: string | number;
  status: string;
}>;


export type SetActionPlanStatusMutation = { setActionPlanStatus: { id: string, teamId: string, teamName: string, title: string, ownerPersonId: string, ownerName: string, dueOn: string, measure: string, status: string, before: number | null, beforePeriod: string | null, after: number | null, afterPeriod: string | null, createdAt: string } };

export type PulseAttentionQueryVariables = Exact<{
  programId?: string | number | null | undefined;
  measure?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PulseAttentionQuery = { pulseAttention: { measure: string, recentPeriods: number, periods: Array<string>, teams: Array<{ teamId: string, name: string, path: string, reasons: Array<string>, burnoutEarlier: number | null, burnoutRecent: number | null, burnoutBeyondNoise: boolean, participationEarlier: number | null, participationRecent: number | null, values: Array<number | null> }> } };

export type PendingPulsesQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingPulsesQuery = { myOpenPulses: Array<{ waveId: string, programName: string, closesAt: string, answeredAt: string | null, remindedAt: string | null }> };

export type MyOpenPulsesQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type MyOpenPulsesQuery = { myOpenPulses: Array<{ waveId: string, programName: string, periodStart: string, closesAt: string, answeredAt: string | null, confidentialityK: number, myAnswers: Array<{ itemId: string, value: number }>, questions: Array<{ itemId: string, stem: string | null, text: string, validatedTranslation: boolean, minLabel: string | null, maxLabel: string | null, options: Array<{ value: number, label: string | null }> }> }> };

export type SubmitPulseResponseMutationVariables = Exact<{
  input: SubmitPulseResponseInput;
}>;


export type SubmitPulseResponseMutation = { submitPulseResponse: { waveId: string, revision: number, submittedAt: string, supportMessage: string | null, myScores: Array<{ measure: string, value: number, band: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Me {
  __typename
  accountId
  email
  roles
  permissions
  person {
    __typename
    id
    displayName
    firstName
    language
    timeZone
  }
  organisation {
    __typename
    id
    name
    supportMessage
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const CareerEquityGroupFragmentDoc = new TypedDocumentString(`
    fragment CareerEquityGroup on EquityGroup {
  key
  label
  workMode
  teamPath
  hidden
  hiddenReason
  people
  personYears
  promotions
  ratePerPersonYear
  rateLow
  rateHigh
  medianMonthsToPromotion
  medianLow
  medianHigh
}
    `, {"fragmentName":"CareerEquityGroup"}) as unknown as TypedDocumentString<CareerEquityGroupFragment, unknown>;
export const CareerLocalizedFragmentDoc = new TypedDocumentString(`
    fragment CareerLocalized on LocalizedString {
  en
  zhHans
  zhHant
  pl
}
    `, {"fragmentName":"CareerLocalized"}) as unknown as TypedDocumentString<CareerLocalizedFragment, unknown>;
export const CareerLadderFieldsFragmentDoc = new TypedDocumentString(`
    fragment CareerLadderFields on CareerLadder {
  versionId
  effectiveFrom
  publishedAt
  note
  competencies {
    key
    name {
      ...CareerLocalized
    }
    description {
      ...CareerLocalized
    }
    anchors {
      ...CareerLocalized
    }
  }
  tracks {
    key
    name {
      ...CareerLocalized
    }
  }
  levels {
    key
    trackKey
    rank
    name {
      ...CareerLocalized
    }
    minMonthsInLevel
    entry
    expectations {
      competencyKey
      proficiency
    }
  }
  moves {
    fromLevelKey
    toLevelKey
    kind
    requiredCertifications
  }
}
    fragment CareerLocalized on LocalizedString {
  en
  zhHans
  zhHant
  pl
}`, {"fragmentName":"CareerLadderFields"}) as unknown as TypedDocumentString<CareerLadderFieldsFragment, unknown>;
export const CareerStandingFragmentDoc = new TypedDocumentString(`
    fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}
    `, {"fragmentName":"CareerStanding"}) as unknown as TypedDocumentString<CareerStandingFragment, unknown>;
export const CareerReadinessFragmentDoc = new TypedDocumentString(`
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
    `, {"fragmentName":"CareerReadiness"}) as unknown as TypedDocumentString<CareerReadinessFragment, unknown>;
export const CareerPathFieldsFragmentDoc = new TypedDocumentString(`
    fragment CareerPathFields on CareerPath {
  targetLevelKey
  steps {
    fromLevelKey
    toLevelKey
    kind
    gaps {
      ...CareerStanding
    }
    training {
      competencyKey
      title
    }
    missingCertifications
    monthsInLevelNeeded
    readiness {
      ...CareerReadiness
    }
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}`, {"fragmentName":"CareerPathFields"}) as unknown as TypedDocumentString<CareerPathFieldsFragment, unknown>;
export const CareerProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment CareerProfileFields on CareerProfile {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  hrisLevel
  monthsInLevel
  goalLevelKey
  reachableLevelKeys
  path {
    ...CareerPathFields
  }
  nextStepReadiness {
    ...CareerReadiness
  }
  standings {
    ...CareerStanding
  }
  assessments {
    id
    competencyKey
    assessorKind
    assessorName
    proficiency
    evidence
    assessedAt
  }
  evidence {
    kind
    competencyKey
    summary
    at
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}
fragment CareerPathFields on CareerPath {
  targetLevelKey
  steps {
    fromLevelKey
    toLevelKey
    kind
    gaps {
      ...CareerStanding
    }
    training {
      competencyKey
      title
    }
    missingCertifications
    monthsInLevelNeeded
    readiness {
      ...CareerReadiness
    }
  }
}`, {"fragmentName":"CareerProfileFields"}) as unknown as TypedDocumentString<CareerProfileFieldsFragment, unknown>;
export const CareerInsightFieldsFragmentDoc = new TypedDocumentString(`
    fragment CareerInsightFields on CustomerInsight {
  id
  authorName
  teamPath
  title
  customerSaid
  frequency
  suggestedChange
  tags
  status
  declineReason
  triagedByName
  createdAt
  updatedAt
}
    `, {"fragmentName":"CareerInsightFields"}) as unknown as TypedDocumentString<CareerInsightFieldsFragment, unknown>;
export const CareerReadinessRowFragmentDoc = new TypedDocumentString(`
    fragment CareerReadinessRow on ReadinessRow {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  nextLevelKey
  monthsInLevel
  minMonthsInLevel
  goalSet
  readiness {
    ...CareerReadiness
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}`, {"fragmentName":"CareerReadinessRow"}) as unknown as TypedDocumentString<CareerReadinessRowFragment, unknown>;
export const OrgChartNodeFragmentDoc = new TypedDocumentString(`
    fragment OrgChartNode on Person {
  id
  displayName
  jobTitle
  workMode
  directReports {
    id
  }
}
    `, {"fragmentName":"OrgChartNode"}) as unknown as TypedDocumentString<OrgChartNodeFragment, unknown>;
export const PulseProgramFieldsFragmentDoc = new TypedDocumentString(`
    fragment PulseProgramFields on PulseProgram {
  id
  name
  status
  cadence
  itemsPerPulse
  itemIds
  windowHours
  reminderHoursBeforeClose
  startsOn
  audienceTeamIds
  audienceWorkModes
  audienceLevels
}
    `, {"fragmentName":"PulseProgramFields"}) as unknown as TypedDocumentString<PulseProgramFieldsFragment, unknown>;
export const PulseGroupFragmentDoc = new TypedDocumentString(`
    fragment PulseGroup on PulseGroupFigures {
  label
  teamId
  workMode
  tenureBand
  shown
  hiddenReason
  respondents
  invited
  participation
  measures {
    measure
    value
    respondents
    previous
    change
    hiddenReason
    bandSharesHidden
    bandShares {
      band
      share
    }
  }
}
    `, {"fragmentName":"PulseGroup"}) as unknown as TypedDocumentString<PulseGroupFragment, unknown>;
export const PulseGroupLiteFragmentDoc = new TypedDocumentString(`
    fragment PulseGroupLite on PulseGroupFigures {
  label
  teamId
  workMode
  tenureBand
  shown
  hiddenReason
  respondents
  invited
  participation
  measures {
    measure
    value
    respondents
    previous
    change
    hiddenReason
  }
}
    `, {"fragmentName":"PulseGroupLite"}) as unknown as TypedDocumentString<PulseGroupLiteFragment, unknown>;
export const PulseTrendLinesFragmentDoc = new TypedDocumentString(`
    fragment PulseTrendLines on PulseTrend {
  measure
  periods
  series {
    key
    values
    respondents
    hiddenReasons
    changes
  }
}
    `, {"fragmentName":"PulseTrendLines"}) as unknown as TypedDocumentString<PulseTrendLinesFragment, unknown>;
export const ActionPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionPlanFields on ActionPlan {
  id
  teamId
  teamName
  title
  ownerPersonId
  ownerName
  dueOn
  measure
  status
  before
  beforePeriod
  after
  afterPeriod
  createdAt
}
    `, {"fragmentName":"ActionPlanFields"}) as unknown as TypedDocumentString<ActionPlanFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionFields
  }
}
    fragment SessionFields on Me {
  __typename
  accountId
  email
  roles
  permissions
  person {
    __typename
    id
    displayName
    firstName
    language
    timeZone
  }
  organisation {
    __typename
    id
    name
    supportMessage
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on Me {
  __typename
  accountId
  email
  roles
  permissions
  person {
    __typename
    id
    displayName
    firstName
    language
    timeZone
  }
  organisation {
    __typename
    id
    name
    supportMessage
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const CareerPromotionEquityDocument = new TypedDocumentString(`
    query CareerPromotionEquity($dimension: EquityDimension!, $teamId: ID, $from: Date, $to: Date) {
  promotionEquity(dimension: $dimension, teamId: $teamId, from: $from, to: $to) {
    from
    to
    k
    dimension
    gapNote
    overall {
      ...CareerEquityGroup
    }
    groups {
      ...CareerEquityGroup
    }
  }
}
    fragment CareerEquityGroup on EquityGroup {
  key
  label
  workMode
  teamPath
  hidden
  hiddenReason
  people
  personYears
  promotions
  ratePerPersonYear
  rateLow
  rateHigh
  medianMonthsToPromotion
  medianLow
  medianHigh
}`) as unknown as TypedDocumentString<CareerPromotionEquityQuery, CareerPromotionEquityQueryVariables>;
export const CareerAdoptedIdeasDocument = new TypedDocumentString(`
    query CareerAdoptedIdeas($from: Date, $to: Date) {
  adoptedIdeasByTeam(from: $from, to: $to) {
    teamPath
    accepted
    done
  }
}
    `) as unknown as TypedDocumentString<CareerAdoptedIdeasQuery, CareerAdoptedIdeasQueryVariables>;
export const CareerLadderDocument = new TypedDocumentString(`
    query CareerLadder($asOf: Date) {
  careerLadder(asOf: $asOf) {
    ...CareerLadderFields
  }
}
    fragment CareerLocalized on LocalizedString {
  en
  zhHans
  zhHant
  pl
}
fragment CareerLadderFields on CareerLadder {
  versionId
  effectiveFrom
  publishedAt
  note
  competencies {
    key
    name {
      ...CareerLocalized
    }
    description {
      ...CareerLocalized
    }
    anchors {
      ...CareerLocalized
    }
  }
  tracks {
    key
    name {
      ...CareerLocalized
    }
  }
  levels {
    key
    trackKey
    rank
    name {
      ...CareerLocalized
    }
    minMonthsInLevel
    entry
    expectations {
      competencyKey
      proficiency
    }
  }
  moves {
    fromLevelKey
    toLevelKey
    kind
    requiredCertifications
  }
}`) as unknown as TypedDocumentString<CareerLadderQuery, CareerLadderQueryVariables>;
export const CareerTeamsDocument = new TypedDocumentString(`
    query CareerTeams {
  teams {
    id
    path
  }
}
    `) as unknown as TypedDocumentString<CareerTeamsQuery, CareerTeamsQueryVariables>;
export const CareerLadderEditorDocument = new TypedDocumentString(`
    query CareerLadderEditor {
  careerLadder {
    ...CareerLadderFields
  }
  careerLadderVersions {
    id
    effectiveFrom
    publishedAt
    publishedBy
    note
  }
}
    fragment CareerLocalized on LocalizedString {
  en
  zhHans
  zhHant
  pl
}
fragment CareerLadderFields on CareerLadder {
  versionId
  effectiveFrom
  publishedAt
  note
  competencies {
    key
    name {
      ...CareerLocalized
    }
    description {
      ...CareerLocalized
    }
    anchors {
      ...CareerLocalized
    }
  }
  tracks {
    key
    name {
      ...CareerLocalized
    }
  }
  levels {
    key
    trackKey
    rank
    name {
      ...CareerLocalized
    }
    minMonthsInLevel
    entry
    expectations {
      competencyKey
      proficiency
    }
  }
  moves {
    fromLevelKey
    toLevelKey
    kind
    requiredCertifications
  }
}`) as unknown as TypedDocumentString<CareerLadderEditorQuery, CareerLadderEditorQueryVariables>;
export const CareerLadderTemplateDocument = new TypedDocumentString(`
    query CareerLadderTemplate {
  careerLadderTemplate {
    ...CareerLadderFields
  }
}
    fragment CareerLocalized on LocalizedString {
  en
  zhHans
  zhHant
  pl
}
fragment CareerLadderFields on CareerLadder {
  versionId
  effectiveFrom
  publishedAt
  note
  competencies {
    key
    name {
      ...CareerLocalized
    }
    description {
      ...CareerLocalized
    }
    anchors {
      ...CareerLocalized
    }
  }
  tracks {
    key
    name {
      ...CareerLocalized
    }
  }
  levels {
    key
    trackKey
    rank
    name {
      ...CareerLocalized
    }
    minMonthsInLevel
    entry
    expectations {
      competencyKey
      proficiency
    }
  }
  moves {
    fromLevelKey
    toLevelKey
    kind
    requiredCertifications
  }
}`) as unknown as TypedDocumentString<CareerLadderTemplateQuery, CareerLadderTemplateQueryVariables>;
export const ValidateCareerLadderDocument = new TypedDocumentString(`
    query ValidateCareerLadder($input: CareerLadderInput!) {
  validateCareerLadder(input: $input) {
    code
    path
    message
    params {
      lineProblem
      cycle
    }
  }
}
    `) as unknown as TypedDocumentString<ValidateCareerLadderQuery, ValidateCareerLadderQueryVariables>;
export const PublishCareerLadderDocument = new TypedDocumentString(`
    mutation PublishCareerLadder($input: CareerLadderInput!) {
  publishCareerLadder(input: $input) {
    ...CareerLadderFields
  }
}
    fragment CareerLocalized on LocalizedString {
  en
  zhHans
  zhHant
  pl
}
fragment CareerLadderFields on CareerLadder {
  versionId
  effectiveFrom
  publishedAt
  note
  competencies {
    key
    name {
      ...CareerLocalized
    }
    description {
      ...CareerLocalized
    }
    anchors {
      ...CareerLocalized
    }
  }
  tracks {
    key
    name {
      ...CareerLocalized
    }
  }
  levels {
    key
    trackKey
    rank
    name {
      ...CareerLocalized
    }
    minMonthsInLevel
    entry
    expectations {
      competencyKey
      proficiency
    }
  }
  moves {
    fromLevelKey
    toLevelKey
    kind
    requiredCertifications
  }
}`) as unknown as TypedDocumentString<PublishCareerLadderMutation, PublishCareerLadderMutationVariables>;
export const CareerHrisMappingDocument = new TypedDocumentString(`
    query CareerHrisMapping {
  hrisLevelMappings {
    hrisLevel
    levelKey
  }
  unmappedHrisLevels {
    hrisLevel
    people
  }
}
    `) as unknown as TypedDocumentString<CareerHrisMappingQuery, CareerHrisMappingQueryVariables>;
export const MapHrisLevelDocument = new TypedDocumentString(`
    mutation MapHrisLevel($hrisLevel: String!, $levelKey: String) {
  mapHrisLevel(hrisLevel: $hrisLevel, levelKey: $levelKey) {
    hrisLevel
    levelKey
  }
}
    `) as unknown as TypedDocumentString<MapHrisLevelMutation, MapHrisLevelMutationVariables>;
export const MyCareerDocument = new TypedDocumentString(`
    query MyCareer {
  myCareer {
    ...CareerProfileFields
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}
fragment CareerPathFields on CareerPath {
  targetLevelKey
  steps {
    fromLevelKey
    toLevelKey
    kind
    gaps {
      ...CareerStanding
    }
    training {
      competencyKey
      title
    }
    missingCertifications
    monthsInLevelNeeded
    readiness {
      ...CareerReadiness
    }
  }
}
fragment CareerProfileFields on CareerProfile {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  hrisLevel
  monthsInLevel
  goalLevelKey
  reachableLevelKeys
  path {
    ...CareerPathFields
  }
  nextStepReadiness {
    ...CareerReadiness
  }
  standings {
    ...CareerStanding
  }
  assessments {
    id
    competencyKey
    assessorKind
    assessorName
    proficiency
    evidence
    assessedAt
  }
  evidence {
    kind
    competencyKey
    summary
    at
  }
}`) as unknown as TypedDocumentString<MyCareerQuery, MyCareerQueryVariables>;
export const CareerPathPreviewDocument = new TypedDocumentString(`
    query CareerPathPreview($personId: ID, $targetLevelKey: String!) {
  pathTo(personId: $personId, targetLevelKey: $targetLevelKey) {
    ...CareerPathFields
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}
fragment CareerPathFields on CareerPath {
  targetLevelKey
  steps {
    fromLevelKey
    toLevelKey
    kind
    gaps {
      ...CareerStanding
    }
    training {
      competencyKey
      title
    }
    missingCertifications
    monthsInLevelNeeded
    readiness {
      ...CareerReadiness
    }
  }
}`) as unknown as TypedDocumentString<CareerPathPreviewQuery, CareerPathPreviewQueryVariables>;
export const SetCareerGoalDocument = new TypedDocumentString(`
    mutation SetCareerGoal($targetLevelKey: String!) {
  setCareerGoal(targetLevelKey: $targetLevelKey) {
    ...CareerProfileFields
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}
fragment CareerPathFields on CareerPath {
  targetLevelKey
  steps {
    fromLevelKey
    toLevelKey
    kind
    gaps {
      ...CareerStanding
    }
    training {
      competencyKey
      title
    }
    missingCertifications
    monthsInLevelNeeded
    readiness {
      ...CareerReadiness
    }
  }
}
fragment CareerProfileFields on CareerProfile {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  hrisLevel
  monthsInLevel
  goalLevelKey
  reachableLevelKeys
  path {
    ...CareerPathFields
  }
  nextStepReadiness {
    ...CareerReadiness
  }
  standings {
    ...CareerStanding
  }
  assessments {
    id
    competencyKey
    assessorKind
    assessorName
    proficiency
    evidence
    assessedAt
  }
  evidence {
    kind
    competencyKey
    summary
    at
  }
}`) as unknown as TypedDocumentString<SetCareerGoalMutation, SetCareerGoalMutationVariables>;
export const ClearCareerGoalDocument = new TypedDocumentString(`
    mutation ClearCareerGoal {
  clearCareerGoal {
    ...CareerProfileFields
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}
fragment CareerPathFields on CareerPath {
  targetLevelKey
  steps {
    fromLevelKey
    toLevelKey
    kind
    gaps {
      ...CareerStanding
    }
    training {
      competencyKey
      title
    }
    missingCertifications
    monthsInLevelNeeded
    readiness {
      ...CareerReadiness
    }
  }
}
fragment CareerProfileFields on CareerProfile {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  hrisLevel
  monthsInLevel
  goalLevelKey
  reachableLevelKeys
  path {
    ...CareerPathFields
  }
  nextStepReadiness {
    ...CareerReadiness
  }
  standings {
    ...CareerStanding
  }
  assessments {
    id
    competencyKey
    assessorKind
    assessorName
    proficiency
    evidence
    assessedAt
  }
  evidence {
    kind
    competencyKey
    summary
    at
  }
}`) as unknown as TypedDocumentString<ClearCareerGoalMutation, ClearCareerGoalMutationVariables>;
export const MyCustomerInsightsDocument = new TypedDocumentString(`
    query MyCustomerInsights($first: Int, $after: String) {
  customerInsights(mine: true, first: $first, after: $after) {
    total
    nextCursor
    items {
      ...CareerInsightFields
    }
  }
}
    fragment CareerInsightFields on CustomerInsight {
  id
  authorName
  teamPath
  title
  customerSaid
  frequency
  suggestedChange
  tags
  status
  declineReason
  triagedByName
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MyCustomerInsightsQuery, MyCustomerInsightsQueryVariables>;
export const RecordCustomerInsightDocument = new TypedDocumentString(`
    mutation RecordCustomerInsight($input: RecordCustomerInsightInput!) {
  recordCustomerInsight(input: $input) {
    ...CareerInsightFields
  }
}
    fragment CareerInsightFields on CustomerInsight {
  id
  authorName
  teamPath
  title
  customerSaid
  frequency
  suggestedChange
  tags
  status
  declineReason
  triagedByName
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RecordCustomerInsightMutation, RecordCustomerInsightMutationVariables>;
export const CareerProgressionSummaryDocument = new TypedDocumentString(`
    query CareerProgressionSummary($teamId: ID, $workMode: WorkMode) {
  progressionSummary(teamId: $teamId, workMode: $workMode) {
    people
    unmapped
    goalsSet
    readyNow
    overdueInLevel
    peoplePerLevel {
      levelKey
      people
    }
  }
}
    `) as unknown as TypedDocumentString<CareerProgressionSummaryQuery, CareerProgressionSummaryQueryVariables>;
export const CareerPromotionReadinessDocument = new TypedDocumentString(`
    query CareerPromotionReadiness($teamId: ID, $workMode: WorkMode, $readyOnly: Boolean, $first: Int, $after: String) {
  promotionReadiness(
    teamId: $teamId
    workMode: $workMode
    readyOnly: $readyOnly
    first: $first
    after: $after
  ) {
    total
    nextCursor
    items {
      ...CareerReadinessRow
    }
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerReadinessRow on ReadinessRow {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  nextLevelKey
  monthsInLevel
  minMonthsInLevel
  goalSet
  readiness {
    ...CareerReadiness
  }
}`) as unknown as TypedDocumentString<CareerPromotionReadinessQuery, CareerPromotionReadinessQueryVariables>;
export const CareerCalibrationDocument = new TypedDocumentString(`
    query CareerCalibration($teamId: ID) {
  calibration(teamId: $teamId) {
    competencyKeys
    people {
      ...CareerReadinessRow
    }
    cells {
      personId
      competencyKey
      self
      manager
      peer
      expected
    }
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerReadinessRow on ReadinessRow {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  nextLevelKey
  monthsInLevel
  minMonthsInLevel
  goalSet
  readiness {
    ...CareerReadiness
  }
}`) as unknown as TypedDocumentString<CareerCalibrationQuery, CareerCalibrationQueryVariables>;
export const CareerTeamInsightsDocument = new TypedDocumentString(`
    query CareerTeamInsights($status: InsightStatus, $teamId: ID, $first: Int, $after: String) {
  customerInsights(status: $status, teamId: $teamId, first: $first, after: $after) {
    total
    nextCursor
    items {
      ...CareerInsightFields
    }
  }
}
    fragment CareerInsightFields on CustomerInsight {
  id
  authorName
  teamPath
  title
  customerSaid
  frequency
  suggestedChange
  tags
  status
  declineReason
  triagedByName
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CareerTeamInsightsQuery, CareerTeamInsightsQueryVariables>;
export const TriageCustomerInsightDocument = new TypedDocumentString(`
    mutation TriageCustomerInsight($id: ID!, $status: InsightStatus!, $declineReason: String) {
  triageCustomerInsight(id: $id, status: $status, declineReason: $declineReason) {
    ...CareerInsightFields
  }
}
    fragment CareerInsightFields on CustomerInsight {
  id
  authorName
  teamPath
  title
  customerSaid
  frequency
  suggestedChange
  tags
  status
  declineReason
  triagedByName
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TriageCustomerInsightMutation, TriageCustomerInsightMutationVariables>;
export const CareerPersonProfileDocument = new TypedDocumentString(`
    query CareerPersonProfile($personId: ID!) {
  careerProfile(personId: $personId) {
    ...CareerProfileFields
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}
fragment CareerPathFields on CareerPath {
  targetLevelKey
  steps {
    fromLevelKey
    toLevelKey
    kind
    gaps {
      ...CareerStanding
    }
    training {
      competencyKey
      title
    }
    missingCertifications
    monthsInLevelNeeded
    readiness {
      ...CareerReadiness
    }
  }
}
fragment CareerProfileFields on CareerProfile {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  hrisLevel
  monthsInLevel
  goalLevelKey
  reachableLevelKeys
  path {
    ...CareerPathFields
  }
  nextStepReadiness {
    ...CareerReadiness
  }
  standings {
    ...CareerStanding
  }
  assessments {
    id
    competencyKey
    assessorKind
    assessorName
    proficiency
    evidence
    assessedAt
  }
  evidence {
    kind
    competencyKey
    summary
    at
  }
}`) as unknown as TypedDocumentString<CareerPersonProfileQuery, CareerPersonProfileQueryVariables>;
export const RecordCompetencyAssessmentDocument = new TypedDocumentString(`
    mutation RecordCompetencyAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    id
    competencyKey
    assessorKind
    assessorName
    proficiency
    evidence
    assessedAt
  }
}
    `) as unknown as TypedDocumentString<RecordCompetencyAssessmentMutation, RecordCompetencyAssessmentMutationVariables>;
export const RecordCareerPromotionDocument = new TypedDocumentString(`
    mutation RecordCareerPromotion($input: RecordPromotionInput!) {
  recordPromotion(input: $input) {
    ...CareerProfileFields
  }
}
    fragment CareerReadiness on Readiness {
  percent
  ready
  reasons {
    kind
    met
    message
  }
}
fragment CareerStanding on CompetencyStanding {
  competencyKey
  current
  selfOnly
  expected
  gap
}
fragment CareerPathFields on CareerPath {
  targetLevelKey
  steps {
    fromLevelKey
    toLevelKey
    kind
    gaps {
      ...CareerStanding
    }
    training {
      competencyKey
      title
    }
    missingCertifications
    monthsInLevelNeeded
    readiness {
      ...CareerReadiness
    }
  }
}
fragment CareerProfileFields on CareerProfile {
  personId
  displayName
  teamPath
  workMode
  currentLevelKey
  hrisLevel
  monthsInLevel
  goalLevelKey
  reachableLevelKeys
  path {
    ...CareerPathFields
  }
  nextStepReadiness {
    ...CareerReadiness
  }
  standings {
    ...CareerStanding
  }
  assessments {
    id
    competencyKey
    assessorKind
    assessorName
    proficiency
    evidence
    assessedAt
  }
  evidence {
    kind
    competencyKey
    summary
    at
  }
}`) as unknown as TypedDocumentString<RecordCareerPromotionMutation, RecordCareerPromotionMutationVariables>;
export const OrganisationSettingsDocument = new TypedDocumentString(`
    query OrganisationSettings {
  organisationSettings {
    id
    name
    slug
    confidentialityK
    locales
    supportMessage
    supportMessages {
      locale
      text
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationSettingsQuery, OrganisationSettingsQueryVariables>;
export const UpdateOrganisationSettingsDocument = new TypedDocumentString(`
    mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {
  updateOrganisationSettings(input: $input) {
    id
    confidentialityK
    locales
    supportMessage
    supportMessages {
      locale
      text
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationSettingsMutation, UpdateOrganisationSettingsMutationVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts {
  accounts {
    id
    email
    roles
    canSignIn
    access
    disabledAt
    exitDate
    person {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const DisableAccountDocument = new TypedDocumentString(`
    mutation DisableAccount($input: AccountIdInput!) {
  disableAccount(input: $input) {
    id
    canSignIn
    access
    disabledAt
    exitDate
  }
}
    `) as unknown as TypedDocumentString<DisableAccountMutation, DisableAccountMutationVariables>;
export const EnableAccountDocument = new TypedDocumentString(`
    mutation EnableAccount($input: AccountIdInput!) {
  enableAccount(input: $input) {
    id
    canSignIn
    access
    disabledAt
    exitDate
  }
}
    `) as unknown as TypedDocumentString<EnableAccountMutation, EnableAccountMutationVariables>;
export const SetAccountRolesDocument = new TypedDocumentString(`
    mutation SetAccountRoles($input: SetAccountRolesInput!) {
  setAccountRoles(input: $input) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<SetAccountRolesMutation, SetAccountRolesMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($first: Int!) {
  auditEvents(first: $first) {
    id
    at
    action
    subject
    actorAccountId
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const SingleSignOnDocument = new TypedDocumentString(`
    query SingleSignOn {
  singleSignOn {
    redirectUri
    scimBaseUrl
    organisationSlug
    connection {
      issuer
      clientId
      clientSecretSet
      emailDomains
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<SingleSignOnQuery, SingleSignOnQueryVariables>;
export const ConfigureSingleSignOnDocument = new TypedDocumentString(`
    mutation ConfigureSingleSignOn($input: ConfigureSingleSignOnInput!) {
  configureSingleSignOn(input: $input) {
    issuer
    clientId
    clientSecretSet
    emailDomains
    enabled
  }
}
    `) as unknown as TypedDocumentString<ConfigureSingleSignOnMutation, ConfigureSingleSignOnMutationVariables>;
export const RemoveSingleSignOnDocument = new TypedDocumentString(`
    mutation RemoveSingleSignOn {
  removeSingleSignOn
}
    `) as unknown as TypedDocumentString<RemoveSingleSignOnMutation, RemoveSingleSignOnMutationVariables>;
export const ScimTokensDocument = new TypedDocumentString(`
    query ScimTokens {
  scimTokens {
    id
    name
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ScimTokensQuery, ScimTokensQueryVariables>;
export const CreateScimTokenDocument = new TypedDocumentString(`
    mutation CreateScimToken($input: CreateScimTokenInput!) {
  createScimToken(input: $input) {
    token
    scimToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateScimTokenMutation, CreateScimTokenMutationVariables>;
export const RevokeScimTokenDocument = new TypedDocumentString(`
    mutation RevokeScimToken($id: ID!) {
  revokeScimToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeScimTokenMutation, RevokeScimTokenMutationVariables>;
export const DirectoryOptionsDocument = new TypedDocumentString(`
    query DirectoryOptions {
  teams {
    id
    name
    path
  }
  sites
}
    `) as unknown as TypedDocumentString<DirectoryOptionsQuery, DirectoryOptionsQueryVariables>;
export const PeopleDirectoryDocument = new TypedDocumentString(`
    query PeopleDirectory($filter: PeopleFilter, $first: Int, $offset: Int) {
  people(filter: $filter, first: $first, offset: $offset) {
    total
    items {
      id
      hrisId
      displayName
      email
      jobTitle
      workMode
      site
      exitDate
      team {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleDirectoryQuery, PeopleDirectoryQueryVariables>;
export const PersonDetailDocument = new TypedDocumentString(`
    query PersonDetail($id: ID!) {
  person(id: $id) {
    id
    hrisId
    email
    firstName
    lastName
    displayName
    jobTitle
    level
    team {
      id
      name
      path
    }
    manager {
      id
      displayName
      jobTitle
    }
    directReports {
      id
      displayName
      jobTitle
    }
    workMode
    workModeHistory {
      workMode
      effectiveFrom
    }
    site
    timeZone
    shiftPattern
    language
    hireDate
    exitDate
    exitReason
    detailsVisible
  }
}
    `) as unknown as TypedDocumentString<PersonDetailQuery, PersonDetailQueryVariables>;
export const ChangeWorkModeDocument = new TypedDocumentString(`
    mutation ChangeWorkMode($input: ChangeWorkModeInput!) {
  changeWorkMode(input: $input) {
    id
    workMode
    workModeHistory {
      workMode
      effectiveFrom
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeWorkModeMutation, ChangeWorkModeMutationVariables>;
export const RecordExitDocument = new TypedDocumentString(`
    mutation RecordExit($input: RecordExitInput!) {
  recordExit(input: $input) {
    id
    exitDate
    exitReason
  }
}
    `) as unknown as TypedDocumentString<RecordExitMutation, RecordExitMutationVariables>;
export const ErasePersonDocument = new TypedDocumentString(`
    mutation ErasePerson($input: ErasePersonInput!) {
  erasePerson(input: $input) {
    personId
    answersUnlinked
    alreadyErased
  }
}
    `) as unknown as TypedDocumentString<ErasePersonMutation, ErasePersonMutationVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  me {
    accountId
    email
    roles
    person {
      id
      hrisId
      email
      displayName
      jobTitle
      level
      team {
        id
        name
        path
      }
      manager {
        id
        displayName
        jobTitle
      }
      workMode
      workModeHistory {
        workMode
        effectiveFrom
      }
      site
      timeZone
      shiftPattern
      language
      hireDate
    }
  }
}
    `) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    id
    language
    timeZone
  }
}
    `) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ReportingLineDocument = new TypedDocumentString(`
    query ReportingLine($filter: PeopleFilter, $first: Int, $offset: Int) {
  people(filter: $filter, first: $first, offset: $offset) {
    total
    items {
      id
      displayName
      jobTitle
      workMode
      site
      team {
        id
        name
      }
      manager {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportingLineQuery, ReportingLineQueryVariables>;
export const OrgChartPersonDocument = new TypedDocumentString(`
    query OrgChartPerson($id: ID!) {
  person(id: $id) {
    id
    displayName
    jobTitle
    workMode
    team {
      id
      name
    }
    manager {
      id
      displayName
      jobTitle
    }
    directReports {
      ...OrgChartNode
    }
  }
}
    fragment OrgChartNode on Person {
  id
  displayName
  jobTitle
  workMode
  directReports {
    id
  }
}`) as unknown as TypedDocumentString<OrgChartPersonQuery, OrgChartPersonQueryVariables>;
export const OrgChartReportsDocument = new TypedDocumentString(`
    query OrgChartReports($id: ID!) {
  person(id: $id) {
    id
    directReports {
      ...OrgChartNode
    }
  }
}
    fragment OrgChartNode on Person {
  id
  displayName
  jobTitle
  workMode
  directReports {
    id
  }
}`) as unknown as TypedDocumentString<OrgChartReportsQuery, OrgChartReportsQueryVariables>;
export const MyPulseHistoryDocument = new TypedDocumentString(`
    query MyPulseHistory($last: Int!) {
  myPulseHistory(last: $last) {
    waveId
    programName
    periodStart
    submittedAt
    scores {
      measure
      value
      band
    }
  }
}
    `) as unknown as TypedDocumentString<MyPulseHistoryQuery, MyPulseHistoryQueryVariables>;
export const PulseProgramsDocument = new TypedDocumentString(`
    query PulsePrograms($locale: String) {
  pulsePrograms {
    ...PulseProgramFields
  }
  pulseItemLibrary(locale: $locale) {
    id
    name
    items {
      id
      text
      validatedTranslation
    }
  }
  pulseAudienceLevels
  teams {
    id
    path
  }
}
    fragment PulseProgramFields on PulseProgram {
  id
  name
  status
  cadence
  itemsPerPulse
  itemIds
  windowHours
  reminderHoursBeforeClose
  startsOn
  audienceTeamIds
  audienceWorkModes
  audienceLevels
}`) as unknown as TypedDocumentString<PulseProgramsQuery, PulseProgramsQueryVariables>;
export const PulseRotationPreviewDocument = new TypedDocumentString(`
    query PulseRotationPreview($input: PulseRotationPreviewInput!) {
  pulseRotationPreview(input: $input) {
    cycleLength
    waves {
      index
      items {
        id
        instrumentName
        text
        validatedTranslation
      }
    }
    warnings {
      wave
      scale
      asked
      minimumAnswered
    }
  }
}
    `) as unknown as TypedDocumentString<PulseRotationPreviewQuery, PulseRotationPreviewQueryVariables>;
export const PulseWavesDocument = new TypedDocumentString(`
    query PulseWaves($programId: ID!) {
  pulseWaves(programId: $programId) {
    id
    sequence
    periodStart
    status
    invited
    reminded
  }
}
    `) as unknown as TypedDocumentString<PulseWavesQuery, PulseWavesQueryVariables>;
export const CreatePulseProgramDocument = new TypedDocumentString(`
    mutation CreatePulseProgram($input: PulseProgramInput!) {
  createPulseProgram(input: $input) {
    ...PulseProgramFields
  }
}
    fragment PulseProgramFields on PulseProgram {
  id
  name
  status
  cadence
  itemsPerPulse
  itemIds
  windowHours
  reminderHoursBeforeClose
  startsOn
  audienceTeamIds
  audienceWorkModes
  audienceLevels
}`) as unknown as TypedDocumentString<CreatePulseProgramMutation, CreatePulseProgramMutationVariables>;
export const UpdatePulseProgramDocument = new TypedDocumentString(`
    mutation UpdatePulseProgram($id: ID!, $input: PulseProgramInput!) {
  updatePulseProgram(id: $id, input: $input) {
    ...PulseProgramFields
  }
}
    fragment PulseProgramFields on PulseProgram {
  id
  name
  status
  cadence
  itemsPerPulse
  itemIds
  windowHours
  reminderHoursBeforeClose
  startsOn
  audienceTeamIds
  audienceWorkModes
  audienceLevels
}`) as unknown as TypedDocumentString<UpdatePulseProgramMutation, UpdatePulseProgramMutationVariables>;
export const ActivatePulseProgramDocument = new TypedDocumentString(`
    mutation ActivatePulseProgram($id: ID!) {
  activatePulseProgram(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ActivatePulseProgramMutation, ActivatePulseProgramMutationVariables>;
export const PausePulseProgramDocument = new TypedDocumentString(`
    mutation PausePulseProgram($id: ID!) {
  pausePulseProgram(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PausePulseProgramMutation, PausePulseProgramMutationVariables>;
export const PulseResultsDocument = new TypedDocumentString(`
    query PulseResults($programId: ID, $teamId: ID, $measure: String, $periods: Int!) {
  pulseResults(
    programId: $programId
    teamId: $teamId
    measure: $measure
    periods: $periods
  ) {
    k
    canSeeOrganisation
    measures
    periodStart
    teamId
    programs {
      id
      name
      cadence
    }
    program {
      id
      name
      cadence
    }
    teams {
      id
      name
      path
    }
    overall {
      ...PulseGroup
    }
    trend {
      ...PulseTrendLines
    }
    participation {
      ...PulseTrendLines
    }
    openWave {
      periodStart
      closesAt
      group {
        shown
        hiddenReason
        respondents
        invited
        participation
      }
    }
  }
}
    fragment PulseGroup on PulseGroupFigures {
  label
  teamId
  workMode
  tenureBand
  shown
  hiddenReason
  respondents
  invited
  participation
  measures {
    measure
    value
    respondents
    previous
    change
    hiddenReason
    bandSharesHidden
    bandShares {
      band
      share
    }
  }
}
fragment PulseTrendLines on PulseTrend {
  measure
  periods
  series {
    key
    values
    respondents
    hiddenReasons
    changes
  }
}`) as unknown as TypedDocumentString<PulseResultsQuery, PulseResultsQueryVariables>;
export const PulseBreakdownDocument = new TypedDocumentString(`
    query PulseBreakdown($programId: ID, $teamId: ID, $measure: String, $periods: Int!) {
  pulseResults(
    programId: $programId
    teamId: $teamId
    measure: $measure
    periods: $periods
  ) {
    k
    measures
    byWorkMode {
      ...PulseGroupLite
    }
    byTenure {
      ...PulseGroupLite
    }
    byTeam {
      ...PulseGroupLite
    }
  }
}
    fragment PulseGroupLite on PulseGroupFigures {
  label
  teamId
  workMode
  tenureBand
  shown
  hiddenReason
  respondents
  invited
  participation
  measures {
    measure
    value
    respondents
    previous
    change
    hiddenReason
  }
}`) as unknown as TypedDocumentString<PulseBreakdownQuery, PulseBreakdownQueryVariables>;
export const PulseHeatmapDocument = new TypedDocumentString(`
    query PulseHeatmap($programId: ID) {
  pulseHeatmap(programId: $programId) {
    measures
    periodStart
    rows {
      teamId
      name
      path
      respondents
      values
      hiddenReasons
    }
  }
}
    `) as unknown as TypedDocumentString<PulseHeatmapQuery, PulseHeatmapQueryVariables>;
export const PulseAlertsDocument = new TypedDocumentString(`
    query PulseAlerts($first: Int!) {
  pulseAlerts(first: $first) {
    id
    kind
    label
    path
    measure
    periodStart
    previous
    current
    teamId
    workMode
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PulseAlertsQuery, PulseAlertsQueryVariables>;
export const ActionPlansDocument = new TypedDocumentString(`
    query ActionPlans($teamId: ID) {
  actionPlans(teamId: $teamId) {
    ...ActionPlanFields
  }
}
    fragment ActionPlanFields on ActionPlan {
  id
  teamId
  teamName
  title
  ownerPersonId
  ownerName
  dueOn
  measure
  status
  before
  beforePeriod
  after
  afterPeriod
  createdAt
}`) as unknown as TypedDocumentString<ActionPlansQuery, ActionPlansQueryVariables>;
export const ActionPlanOwnersDocument = new TypedDocumentString(`
    query ActionPlanOwners($filter: PeopleFilter, $first: Int) {
  people(filter: $filter, first: $first) {
    total
    items {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ActionPlanOwnersQuery, ActionPlanOwnersQueryVariables>;
export const CreateActionPlanDocument = new TypedDocumentString(`
    mutation CreateActionPlan($input: CreateActionPlanInput!) {
  createActionPlan(input: $input) {
    ...ActionPlanFields
  }
}
    fragment ActionPlanFields on ActionPlan {
  id
  teamId
  teamName
  title
  ownerPersonId
  ownerName
  dueOn
  measure
  status
  before
  beforePeriod
  after
  afterPeriod
  createdAt
}`) as unknown as TypedDocumentString<CreateActionPlanMutation, CreateActionPlanMutationVariables>;
export const SetActionPlanStatusDocument = new TypedDocumentString(`
    mutation SetActionPlanStatus($id: ID!, $status: String!) {
  setActionPlanStatus(id: $id, status: $status) {
    ...ActionPlanFields
  }
}
    fragment ActionPlanFields on ActionPlan {
  id
  teamId
  teamName
  title
  ownerPersonId
  ownerName
  dueOn
  measure
  status
  before
  beforePeriod
  after
  afterPeriod
  createdAt
}`) as unknown as TypedDocumentString<SetActionPlanStatusMutation, SetActionPlanStatusMutationVariables>;
export const PulseAttentionDocument = new TypedDocumentString(`
    query PulseAttention($programId: ID, $measure: String, $first: Int) {
  pulseAttention(programId: $programId, measure: $measure, first: $first) {
    measure
    recentPeriods
    periods
    teams {
      teamId
      name
      path
      reasons
      burnoutEarlier
      burnoutRecent
      burnoutBeyondNoise
      participationEarlier
      participationRecent
      values
    }
  }
}
    `) as unknown as TypedDocumentString<PulseAttentionQuery, PulseAttentionQueryVariables>;
export const PendingPulsesDocument = new TypedDocumentString(`
    query PendingPulses {
  myOpenPulses {
    waveId
    programName
    closesAt
    answeredAt
    remindedAt
  }
}
    `) as unknown as TypedDocumentString<PendingPulsesQuery, PendingPulsesQueryVariables>;
export const MyOpenPulsesDocument = new TypedDocumentString(`
    query MyOpenPulses($locale: String) {
  myOpenPulses(locale: $locale) {
    waveId
    programName
    periodStart
    closesAt
    answeredAt
    confidentialityK
    myAnswers {
      itemId
      value
    }
    questions {
      itemId
      stem
      text
      validatedTranslation
      minLabel
      maxLabel
      options {
        value
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOpenPulsesQuery, MyOpenPulsesQueryVariables>;
export const SubmitPulseResponseDocument = new TypedDocumentString(`
    mutation SubmitPulseResponse($input: SubmitPulseResponseInput!) {
  submitPulseResponse(input: $input) {
    waveId
    revision
    submittedAt
    supportMessage
    myScores {
      measure
      value
      band
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitPulseResponseMutation, SubmitPulseResponseMutationVariables>;
export { seedDemoOrganisation, DEMO_SIGN_INS, DEMO_DEFAULTS, OrganisationExistsError, type SeedOptions, type SeedResult } from './seed';
export {
  generateOrganisation, demoSignIns, DEMO_PASSWORD, MIN_PEOPLE,
  type GenerateOptions, type GeneratedOrganisation, type SeedTeam, type SeedPerson, type SeedAccount, type SeedSignal,
  type SignIn, type DemoRole, type PersonKind,
} from './generate';
export { writeOrganisation, type ProgressCallback, type RowCounts } from './write';
export { hrisCsvLines, hrisRecord } from './hris';
export {
  generatePulseHistory, WEEKLY_POOL, WHO5_ITEMS,
  type SeedPulseHistory, type SeedPulseProgram, type SeedPulseWave, type SeedPulseEntry, type SeedPulseResponse, type SeedActionPlan,
  type PulseHistoryOptions, type PulseOrganisation,
} from './pulse';
export {
  planCareers, DEMO_HRIS_LEVEL_MAP, SUPPORT_LADDER_ROLES, LARGE_LADDER_ROLES, LADDER_ROLES,
  type SeedCareer, type SeedLevelChange, type HrisLevelMapping, type LadderRoles, type CareerLadderChoice,
} from './career';
export type { SeedAssessment, SeedGoal, SeedInsight } from './career-evidence';
export { writeCareer, type CareerRowCounts } from './write-career';

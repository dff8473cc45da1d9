// Every migration, in order. Listed as classes so tsc, ts-node and Jest all load them the same way.
import { CreatePeopleAndIdentity1795609366066 } from './1795609366066-create-people-and-identity';
import { CreatePulse1795618272125 } from './1795618272125-create-pulse';
import { AddLocalizedSupportMessages1796674593658 } from './1796674593658-add-localized-support-messages';
import { RecordConfidentialityKPerWave1796674792934 } from './1796674792934-record-confidentiality-k-per-wave';
import { IdentityLifecycleAndPersonalData1796676644998 } from './1796676644998-identity-lifecycle-and-personal-data';
import { CreateSingleSignOnAndScim1796676755294 } from './1796676755294-create-single-sign-on-and-scim';
import { IsolateTenantsInTheDatabase1796680000000 } from './1796680000000-isolate-tenants-in-the-database';
import { CreateCareerLadders1796690000000 } from './1796690000000-create-career-ladders';
import { KeyTenantTablesByOrganisation1796700000000 } from './1796700000000-key-tenant-tables-by-organisation';
import { DropUnusedWorkModeChangeOrgIndex1796700000001 } from './1796700000001-drop-unused-work-mode-change-org-index';

export const MIGRATIONS = [
  CreatePeopleAndIdentity1795609366066,
  CreatePulse1795618272125,
  AddLocalizedSupportMessages1796674593658,
  RecordConfidentialityKPerWave1796674792934,
  IdentityLifecycleAndPersonalData1796676644998,
  CreateSingleSignOnAndScim1796676755294,
  IsolateTenantsInTheDatabase1796680000000,
  CreateCareerLadders1796690000000,
  KeyTenantTablesByOrganisation1796700000000,
  DropUnusedWorkModeChangeOrgIndex1796700000001,
];

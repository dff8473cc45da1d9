// Every migration, in order. Listed as classes so tsc, ts-node and Jest all load them the same way.
import { CreatePeopleAndIdentity1795609366066 } from './1795609366066-create-people-and-identity';
import { CreatePulse1795618272125 } from './1795618272125-create-pulse';
import { RecordConfidentialityKPerWave1796674792934 } from './1796674792934-record-confidentiality-k-per-wave';
import { IsolateTenantsInTheDatabase1796680000000 } from './1796680000000-isolate-tenants-in-the-database';

export const MIGRATIONS = [CreatePeopleAndIdentity1795609366066, CreatePulse1795618272125, RecordConfidentialityKPerWave1796674792934, IsolateTenantsInTheDatabase1796680000000];

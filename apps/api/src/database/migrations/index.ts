// Every migration, in order. Listed as classes so tsc, ts-node and Jest all load them the same way.
import { CreatePeopleAndIdentity1795609366066 } from './1795609366066-create-people-and-identity';
import { CreatePulse1795618272125 } from './1795618272125-create-pulse';

export const MIGRATIONS = [CreatePeopleAndIdentity1795609366066, CreatePulse1795618272125];

// Every migration, in order. Listed as classes so tsc, ts-node and Jest all load them the same way.
import { CreatePeopleAndIdentity1795609366066 } from './1795609366066-create-people-and-identity';

export const MIGRATIONS = [CreatePeopleAndIdentity1795609366066];

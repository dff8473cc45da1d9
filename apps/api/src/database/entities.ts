import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity';
import { AccountEntity } from '../modules/identity/entities/account.entity';
import { OidcConnectionEntity } from '../modules/identity/entities/oidc-connection.entity';
import { OidcSignInEntity } from '../modules/identity/entities/oidc-sign-in.entity';
import { ScimTokenEntity } from '../modules/identity/entities/scim-token.entity';
import { LoginAttemptEntity } from '../modules/identity/entities/login-attempt.entity';
import { SessionEntity } from '../modules/identity/entities/session.entity';
import { OrganisationEntity } from '../modules/organisation/entities/organisation.entity';
import { PersonEntity } from '../modules/people/entities/person.entity';
import { TeamEntity } from '../modules/people/entities/team.entity';
import { WorkModeChangeEntity } from '../modules/people/entities/work-mode-change.entity';
import { ActionPlanEntity } from '../modules/pulse/entities/action-plan.entity';
import { PulseAlertEntity } from '../modules/pulse/entities/pulse-alert.entity';
import { PulseInvitationEntity } from '../modules/pulse/entities/pulse-invitation.entity';
import { PulseProgramEntity } from '../modules/pulse/entities/pulse-program.entity';
import { PulseResponseEntity } from '../modules/pulse/entities/pulse-response.entity';
import { PulseRollupEntity } from '../modules/pulse/entities/pulse-rollup.entity';
import { PulseWaveEntity } from '../modules/pulse/entities/pulse-wave.entity';
import { CareerGoalEntity } from '../modules/career/entities/career-goal.entity';
import { CareerHrisLevelMapEntity } from '../modules/career/entities/career-hris-level-map.entity';
import { CareerLadderVersionEntity } from '../modules/career/entities/career-ladder-version.entity';
import { CareerLevelChangeEntity } from '../modules/career/entities/career-level-change.entity';
import { CompetencyAssessmentEntity } from '../modules/career/entities/competency-assessment.entity';
import { CustomerInsightEntity } from '../modules/career/entities/customer-insight.entity';
import { WeeklySignalEntity } from '../modules/signals/entities/weekly-signal.entity';

export const ENTITIES = [
  OrganisationEntity,
  TeamEntity,
  PersonEntity,
  WorkModeChangeEntity,
  AccountEntity,
  SessionEntity,
  LoginAttemptEntity,
  ScimTokenEntity,
  OidcConnectionEntity,
  OidcSignInEntity,
  WeeklySignalEntity,
  AuditEventEntity,
  PulseProgramEntity,
  PulseWaveEntity,
  PulseInvitationEntity,
  PulseResponseEntity,
  PulseRollupEntity,
  PulseAlertEntity,
  ActionPlanEntity,
  CareerLadderVersionEntity,
  CareerHrisLevelMapEntity,
  CareerLevelChangeEntity,
  CompetencyAssessmentEntity,
  CareerGoalEntity,
  CustomerInsightEntity,
];

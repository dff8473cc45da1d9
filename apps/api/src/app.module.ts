import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { dataSourceOptions } from './database/data-source';
import { AuditModule } from './modules/audit/audit.module';
import { CareerModule } from './modules/career/career.module';
import { IdentityModule } from './modules/identity/identity.module';
import { SsoModule } from './modules/identity/sso.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { PeopleModule } from './modules/people/people.module';
import { PulseModule } from './modules/pulse/pulse.module';
import { SignalsModule } from './modules/signals/signals.module';
import { PulseProgramsModule } from './modules/pulse/pulse-programs.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { AccessGuard } from './platform/auth/access.guard';
import { SessionService } from './platform/auth/session.service';
import type { AppConfig } from './platform/config';
import { AppConfigToken, LoggerToken } from './platform/config.provider';
import { makeFormatError } from './platform/graphql/format-error';
import { noNulInStringLiteralsRule, noNulInStringsPlugin } from './platform/graphql/no-nul-in-strings';
import { MAX_TOKENS, queryLimitsRule } from './platform/graphql/query-limits';
import { HealthController } from './platform/health/health.controller';
import { MetricsController, MetricsToken } from './platform/health/metrics.controller';
import type { Metrics } from './platform/health/metrics';

@Global()
@Module({})
class PlatformModule {
  static with(config: AppConfig, log: Logger, metrics: Metrics): DynamicModule {
    return {
      module: PlatformModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: AppConfigToken, useValue: config },
        { provide: LoggerToken, useValue: log },
        { provide: MetricsToken, useValue: metrics },
        SessionService,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      controllers: [HealthController, MetricsController],
      exports: [AppConfigToken, LoggerToken, SessionService],
    };
  }
}

/** Where to write schema.gql: the committed file in development, nowhere when it is not writable (read-only deploys). */
function schemaTarget(option: string | false | undefined): string | true {
  if (option === false) return true;
  const file = option ?? path.join(__dirname, '..', 'schema.gql');
  try {
    fs.accessSync(fs.existsSync(file) ? file : path.dirname(file), fs.constants.W_OK);
    return file;
  } catch {
    return true;
  }
}

export type AppModuleOptions = { config: AppConfig; log: Logger; databaseUrl: string; appDatabaseUrl: string; schemaFile?: string | false; metrics: Metrics };

@Module({})
export class AppModule {
  static with(opts: AppModuleOptions): DynamicModule {
    const { config, log } = opts;
    return {
      module: AppModule,
      imports: [
        PlatformModule.with(config, log, opts.metrics),
        // Requests as the app role; pg-boss as the owner, because it creates and migrates its own schema.
        TypeOrmModule.forRoot(
          dataSourceOptions(
            opts.appDatabaseUrl,
            { logging: false },
            {
              poolSize: config.limits.dbPoolSize,
              acquireTimeoutMs: config.limits.dbAcquireTimeoutMs,
              statementTimeoutMs: config.limits.dbStatementTimeoutMs,
              idleInTransactionTimeoutMs: config.limits.dbIdleInTransactionTimeoutMs,
              importConnections: config.limits.importConnections,
            },
          ),
        ),
        JobsModule.forRoot({ databaseUrl: opts.databaseUrl, enabled: config.jobs, ...config.jobTiming }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: schemaTarget(opts.schemaFile),
          sortSchema: true,
          // Introspection, the IDE and "Did you mean …" suggestions reveal the schema: only when a
          // developer switches them on (GRAPHQL_INTROSPECTION=on), never implied by a missing NODE_ENV.
          playground: false,
          graphiql: config.introspection,
          introspection: config.introspection,
          hideSchemaDetailsFromClientErrors: !config.introspection,
          csrfPrevention: true,
          // No HTTP cache hints are used; Apollo's default cache-control plugin would otherwise wrap
          // every field resolver of every request (measurable on large results and in bursts).
          plugins: [ApolloServerPluginCacheControlDisabled(), noNulInStringsPlugin()],
          includeStacktraceInErrorResponses: !config.production,
          parseOptions: { maxTokens: MAX_TOKENS },
          validationRules: [queryLimitsRule(), noNulInStringLiteralsRule],
          formatError: makeFormatError(log, config.production),
          context: (req: unknown, reply: unknown) => ({ req, reply }),
        }),
        AuditModule,
        OrganisationModule,
        PeopleModule,
        IdentityModule,
        SsoModule,
        SignalsModule,
        PulseModule,
        PulseProgramsModule,
        PrivacyModule,
        CareerModule,
      ],
    };
  }
}

import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JobQueue, type JobsOptions, JobsOptionsToken } from './job-queue';

/** Scheduled work in PostgreSQL (pg-boss), started and stopped with the application (ADR 0008). */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JobsOptionsToken, useValue: options }, JobQueue],
      exports: [JobQueue],
    };
  }
}

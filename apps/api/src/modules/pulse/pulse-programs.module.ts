import { Module } from '@nestjs/common';
import { PulseModule } from './pulse.module';
import { PulseProgramsResolver } from './pulse-programs.resolver';
import { PulseProgramsService } from './pulse-programs.service';
import { PulseSchedulerService } from './pulse-scheduler.service';

/** HR's pulse programs and the wave scheduler (SPEC §4.2). The answering side has its own module. */
@Module({
  imports: [PulseModule],
  providers: [PulseProgramsService, PulseProgramsResolver, PulseSchedulerService],
  exports: [PulseSchedulerService],
})
export class PulseProgramsModule {}

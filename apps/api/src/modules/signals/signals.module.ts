import { Module } from '@nestjs/common';
import { SignalsController } from './signals.controller';
import { SignalsImportService } from './signals-import.service';
import { SignalsResolver } from './signals.resolver';

@Module({ providers: [SignalsImportService, SignalsResolver], controllers: [SignalsController] })
export class SignalsModule {}

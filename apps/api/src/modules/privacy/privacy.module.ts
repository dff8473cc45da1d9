import { Module } from '@nestjs/common';
import { AnswerRetentionService } from './answer-retention.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataResolver } from './personal-data.resolver';
import { PersonalDataService } from './personal-data.service';

/** Personal data rights and retention (GDPR Art. 5, 15, 17): own-data download, erasure, retention job. */
@Module({
  providers: [PersonalDataService, PersonalDataResolver, AnswerRetentionService],
  controllers: [PersonalDataController],
})
export class PrivacyModule {}

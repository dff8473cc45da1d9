import { Module } from '@nestjs/common';
import { PeopleImportController } from './people-import.controller';
import { PeopleImportService } from './people-import.service';
import { PeopleExportService } from './people-export.service';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonFieldsResolver, TeamFieldsResolver } from './people-fields.resolver';

@Module({
  providers: [PeopleService, PeopleResolver, PersonFieldsResolver, TeamFieldsResolver, PeopleImportService, PeopleExportService],
  controllers: [PeopleImportController],
  exports: [PeopleService],
})
export class PeopleModule {}

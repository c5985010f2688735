import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ImportsController } from './imports.controller';
import { UnitImportService } from './unit-import.service';

@Module({
  imports: [AuditModule],
  controllers: [ImportsController],
  providers: [UnitImportService],
})
export class ImportsModule {}

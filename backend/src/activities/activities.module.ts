import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RequestsModule } from '../requests/requests.module';
import { ActivitiesController } from './activities.controller';
import { ActivitiesService } from './activities.service';

@Module({
  imports: [AuditModule, RequestsModule],
  controllers: [ActivitiesController],
  providers: [ActivitiesService],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}

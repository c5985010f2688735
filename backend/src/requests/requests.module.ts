import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { PublicIntakeThrottleService } from './public-intake-throttle.service';
import { PublicRequestsController } from './public-requests.controller';
import { PublicRequestsService } from './public-requests.service';
import { RequestActionsService } from './request-actions.service';
import { RequestAutoCloseService } from './request-auto-close.service';
import { RequestIntakeService } from './request-intake.service';
import { RequestNotifier } from './request-notifier';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';

@Module({
  imports: [AuditModule, MailModule],
  controllers: [RequestsController, PublicRequestsController],
  providers: [
    RequestNotifier,
    RequestIntakeService,
    RequestsService,
    RequestActionsService,
    PublicRequestsService,
    PublicIntakeThrottleService,
    RequestAutoCloseService,
  ],
  exports: [RequestsService, RequestAutoCloseService],
})
export class RequestsModule {}

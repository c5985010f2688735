import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { MailModule } from '../mail/mail.module';
import { RequestsModule } from '../requests/requests.module';
import { JobRunnerService } from './job-runner.service';
import { JobsController } from './jobs.controller';
import { FollowUpRemindersJob } from './jobs/follow-up-reminders.job';
import { MonthlySummaryJob } from './jobs/monthly-summary.job';
import { RequestAutoCloseJob } from './jobs/request-auto-close.job';
import { SlaWarningsJob } from './jobs/sla-warnings.job';
import { WeeklyDigestJob } from './jobs/weekly-digest.job';
import { SCHEDULED_JOBS, type ScheduledJob } from './scheduled-job';

const JOBS = [FollowUpRemindersJob, SlaWarningsJob, RequestAutoCloseJob, WeeklyDigestJob, MonthlySummaryJob];

@Module({
  imports: [ScheduleModule.forRoot(), MailModule, RequestsModule],
  controllers: [JobsController],
  providers: [
    ...JOBS,
    {
      provide: SCHEDULED_JOBS,
      useFactory: (...jobs: ScheduledJob[]): ScheduledJob[] => jobs,
      inject: JOBS,
    },
    JobRunnerService,
  ],
  exports: [JobRunnerService],
})
export class SchedulerModule {}

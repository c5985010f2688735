import { Injectable } from '@nestjs/common';
import { RequestAutoCloseService } from '../../requests/request-auto-close.service';
import type { JobContext, ScheduledJob } from '../scheduled-job';

/** Every hour: closes requests resolved at least 14 days ago (SPEC §4). */
@Injectable()
export class RequestAutoCloseJob implements ScheduledJob {
  readonly name = 'request-auto-close' as const;
  readonly cron = '30 * * * *';

  constructor(private readonly autoClose: RequestAutoCloseService) {}

  async run({ slot, manager }: JobContext): Promise<Record<string, number>> {
    return { closed: await this.autoClose.closeDue(manager, slot) };
  }
}

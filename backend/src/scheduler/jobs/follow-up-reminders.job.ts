import { Inject, Injectable } from '@nestjs/common';
import { helsinkiDate } from '../../common/time/helsinki-date';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MailService } from '../../mail/mail.service';
import type { JobContext, ScheduledJob } from '../scheduled-job';
import { type ReminderItem, followUpReminderEmail } from './job-emails';
import { activeUsersById } from './recipients';

interface DueRow {
  assignee_user_id: string;
  due_date: string;
  note: string;
  unit_name: string | null;
  unit_name_sv: string | null;
  request_number: number | null;
  request_title: string | null;
}

/**
 * Every morning: reminds assignees of open follow-ups due today or overdue, one email per assignee. Marking
 * a follow-up reminded for the day and selecting it are one UPDATE, so a follow-up is in at most one
 * reminder a day whatever runs concurrently.
 */
@Injectable()
export class FollowUpRemindersJob implements ScheduledJob {
  readonly name = 'follow-up-reminders' as const;
  readonly cron = '0 7 * * *';

  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run({ slot, manager }: JobContext): Promise<Record<string, number>> {
    const today = helsinkiDate(slot);
    const due = (await manager.query(
      `WITH due AS (
         UPDATE follow_ups SET last_reminded_on = $1
         WHERE status = 'open' AND due_date <= $1 AND (last_reminded_on IS NULL OR last_reminded_on < $1)
         RETURNING assignee_user_id, due_date, note, unit_id, request_id)
       SELECT due.assignee_user_id, to_char(due.due_date, 'YYYY-MM-DD') AS due_date, due.note,
              u.name_fi AS unit_name, u.name_sv AS unit_name_sv, r.number AS request_number, r.title AS request_title
       FROM due LEFT JOIN units u ON u.id = due.unit_id LEFT JOIN support_requests r ON r.id = due.request_id
       ORDER BY due.due_date, due.note`,
      [today],
    )) as DueRow[];
    const recipients = await activeUsersById(
      manager,
      due.map((row) => row.assignee_user_id),
    );
    const byAssignee = new Map<string, ReminderItem[]>();
    for (const row of due) {
      const swedish = recipients.get(row.assignee_user_id)?.language === 'sv';
      const unitName = (swedish ? row.unit_name_sv : null) ?? row.unit_name ?? '';
      const subject = row.request_number ? `#${row.request_number} ${row.request_title}` : unitName;
      byAssignee.set(row.assignee_user_id, [
        ...(byAssignee.get(row.assignee_user_id) ?? []),
        { dueDate: row.due_date, note: row.note, subject, overdue: row.due_date < today },
      ]);
    }
    let emails = 0;
    for (const [assigneeId, items] of byAssignee) {
      const recipient = recipients.get(assigneeId);
      if (!recipient) {
        continue; // a deactivated assignee: coordinators see the follow-up in the lists
      }
      await this.mail.enqueue(
        manager,
        'follow-up-reminder',
        { address: recipient.email, name: recipient.displayName, language: recipient.language },
        followUpReminderEmail(recipient.language, items, `${this.config.publicBaseUrl}/follow-ups`),
      );
      emails += 1;
    }
    return { followUps: due.length, emails };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MailService } from '../../mail/mail.service';
import {
  type SlaClock,
  clockAtRiskSql,
  clockBreachedSql,
  requestOpenSql,
} from '../../requests/request-sla.sql';
import type { JobContext, ScheduledJob } from '../scheduled-job';
import { type SlaWarningItem, slaWarningEmail } from './job-emails';
import { type UserRecipient, activeUsersById, activeUsersOf } from './recipients';

interface WarningRow {
  request_id: string;
  kind: string;
  due_at: Date;
  number: number;
  title: string;
  assigned_agent_user_id: string | null;
}

function candidates(clock: SlaClock, prefix: string): string {
  const due = clock === 'firstResponse' ? 'r.first_response_due_at' : 'r.resolution_due_at';
  return `SELECT r.id, CASE WHEN ${clockBreachedSql('r', clock, '$1::timestamptz')} THEN '${prefix}_breached'
                            ELSE '${prefix}_at_risk' END AS kind, ${due} AS due_at
          FROM support_requests r
          WHERE ${requestOpenSql('r')} AND (${clockBreachedSql('r', clock, '$1::timestamptz')} OR ${clockAtRiskSql('r', clock, '$1::timestamptz')})`;
}

/**
 * Every hour: warns of requests whose first response or resolution is due today (at risk) or overdue
 * (breached), the same rules as the SLA badges. The agent gets both; coordinators get breaches, and every
 * warning of a request nobody is assigned to. A warning is recorded with the due instant it concerns, so
 * each goes out once (again only if a paused clock moves the due date).
 */
@Injectable()
export class SlaWarningsJob implements ScheduledJob {
  readonly name = 'sla-warnings' as const;
  readonly cron = '0 * * * *';

  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run({ slot, manager }: JobContext): Promise<Record<string, number>> {
    const rows = (await manager.query(
      `WITH candidates AS (${candidates('firstResponse', 'first_response')} UNION ALL ${candidates('resolution', 'resolution')}),
         fresh AS (
           INSERT INTO request_sla_warnings (request_id, kind, due_at)
           SELECT id, kind, due_at FROM candidates
           ON CONFLICT DO NOTHING
           RETURNING request_id, kind, due_at)
       SELECT fresh.request_id, fresh.kind, fresh.due_at, r.number, r.title, r.assigned_agent_user_id
       FROM fresh JOIN support_requests r ON r.id = fresh.request_id
       ORDER BY r.number, fresh.kind`,
      [slot],
    )) as WarningRow[];
    const agents = await activeUsersById(
      manager,
      rows.flatMap((row) => (row.assigned_agent_user_id ? [row.assigned_agent_user_id] : [])),
    );
    const coordinators = await activeUsersOf(manager, 'coordinator');
    const inbox = new Map<string, { recipient: UserRecipient; items: SlaWarningItem[] }>();
    const add = (recipient: UserRecipient, item: SlaWarningItem): void => {
      const entry = inbox.get(recipient.id) ?? { recipient, items: [] };
      entry.items.push(item);
      inbox.set(recipient.id, entry);
    };
    for (const row of rows) {
      const item: SlaWarningItem = {
        number: row.number,
        title: row.title,
        breached: row.kind.endsWith('_breached'),
        clock: row.kind.startsWith('first_response') ? 'firstResponse' : 'resolution',
        dueAt: row.due_at,
        link: `${this.config.publicBaseUrl}/requests/${row.request_id}`,
      };
      const agent = row.assigned_agent_user_id ? agents.get(row.assigned_agent_user_id) : undefined;
      if (agent) {
        add(agent, item);
      }
      if (item.breached || !agent) {
        coordinators.forEach((coordinator) => add(coordinator, item));
      }
    }
    for (const { recipient, items } of inbox.values()) {
      await this.mail.enqueue(
        manager,
        'sla-warning',
        { address: recipient.email, name: recipient.displayName, language: recipient.language },
        slaWarningEmail(recipient.language, items),
      );
    }
    return { warnings: rows.length, emails: inbox.size };
  }
}

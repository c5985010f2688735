import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, startOfIsoWeek } from '../../common/time/calendar-dates';
import { helsinkiDate } from '../../common/time/helsinki-date';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { readTogether } from '../../database/read-together';
import { MailService } from '../../mail/mail.service';
import { requestOpenSql, slaAtRiskSql, slaBreachedSql } from '../../requests/request-sla.sql';
import type { JobContext, ScheduledJob } from '../scheduled-job';
import { type DigestContent, weeklyDigestEmail } from './job-emails';
import { type UserRecipient, activeUsersOf } from './recipients';

/** How many requests of each kind the digest names (the counts are always complete). */
const LISTED = 10;

interface RequestRow {
  agent: string;
  number: number;
  title: string;
  breached: boolean;
  at_risk: boolean;
}

interface FollowUpRow {
  agent: string;
  due_date: string;
  note: string;
}

/**
 * The digests of all active agents at the slot, computed set-based (one query per kind, not per agent):
 * their open requests (oldest first), which are at risk or breached, their follow-ups overdue or due this
 * week (Monday to Sunday), and the hours they logged last week.
 */
export async function weeklyDigests(
  manager: EntityManager,
  slot: Date,
  agents: readonly UserRecipient[],
): Promise<Map<string, DigestContent>> {
  const weekStart = startOfIsoWeek(helsinkiDate(slot));
  const weekEnd = addDays(weekStart, 6);
  const ids = agents.map((agent) => agent.id);
  const [requests, followUps, minutes] = await readTogether(manager, [
    () =>
      manager.query(
        `SELECT r.assigned_agent_user_id AS agent, r.number, r.title,
              ${slaBreachedSql('r', '$2::timestamptz')} AS breached, ${slaAtRiskSql('r', '$2::timestamptz')} AS at_risk
       FROM support_requests r
       WHERE r.assigned_agent_user_id = ANY($1) AND ${requestOpenSql('r')}
       ORDER BY r.submitted_at, r.number`,
        [ids, slot],
      ) as Promise<RequestRow[]>,
    () =>
      manager.query(
        `SELECT assignee_user_id AS agent, to_char(due_date, 'YYYY-MM-DD') AS due_date, note FROM follow_ups
       WHERE assignee_user_id = ANY($1) AND status = 'open' AND due_date <= $2
       ORDER BY due_date, created_at`,
        [ids, weekEnd],
      ) as Promise<FollowUpRow[]>,
    () =>
      manager.query(
        `SELECT agent_user_id AS agent, sum(duration_minutes)::int AS minutes FROM activities
       WHERE agent_user_id = ANY($1) AND activity_date BETWEEN $2 AND $3 GROUP BY agent_user_id`,
        [ids, addDays(weekStart, -7), addDays(weekStart, -1)],
      ) as Promise<{ agent: string; minutes: number }[]>,
  ]);
  const minutesOf = new Map(minutes.map((row) => [row.agent, row.minutes]));
  const digests = new Map<string, DigestContent>();
  for (const agent of agents) {
    const own = requests.filter((row) => row.agent === agent.id);
    const ownFollowUps = followUps
      .filter((row) => row.agent === agent.id)
      .map((row) => ({ dueDate: row.due_date, note: row.note }));
    const ref = (row: RequestRow) => ({ number: row.number, title: row.title });
    digests.set(agent.id, {
      weekStart,
      openRequests: own.length,
      oldestOpen: own.slice(0, LISTED).map(ref),
      breached: own
        .filter((row) => row.breached)
        .slice(0, LISTED)
        .map(ref),
      atRisk: own
        .filter((row) => row.at_risk)
        .slice(0, LISTED)
        .map(ref),
      followUpsOverdue: ownFollowUps.filter((row) => row.dueDate < weekStart),
      followUpsThisWeek: ownFollowUps.filter((row) => row.dueDate >= weekStart),
      minutesLastWeek: minutesOf.get(agent.id) ?? 0,
    });
  }
  return digests;
}

/** Monday 07:00: a digest to each active agent, in their language. */
@Injectable()
export class WeeklyDigestJob implements ScheduledJob {
  readonly name = 'weekly-digest' as const;
  readonly cron = '0 7 * * 1';

  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run({ slot, manager }: JobContext): Promise<Record<string, number>> {
    const agents = await activeUsersOf(manager, 'agent');
    const digests = await weeklyDigests(manager, slot, agents);
    for (const agent of agents) {
      const digest = digests.get(agent.id);
      if (digest) {
        await this.mail.enqueue(
          manager,
          'weekly-digest',
          { address: agent.email, name: agent.displayName, language: agent.language },
          weeklyDigestEmail(agent.language, digest, this.config.publicBaseUrl),
        );
      }
    }
    return { agents: agents.length, emails: digests.size };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, addMonths, startOfMonth } from '../../common/time/calendar-dates';
import { HELSINKI_TIME_ZONE, helsinkiDate } from '../../common/time/helsinki-date';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MailService } from '../../mail/mail.service';
import type { JobContext, ScheduledJob } from '../scheduled-job';
import { type NationalSummary, monthlySummaryEmail } from './job-emails';
import { activeUsersOf } from './recipients';
import { assignmentCoversSql } from '../../agents/assignment-period.sql';

/** Helsinki calendar dates of a timestamptz column. */
const day = (column: string): string => `(${column} AT TIME ZONE '${HELSINKI_TIME_ZONE}')::date`;

/**
 * National figures of a period (dates inclusive), aggregates only (SPEC §4): a unit is reached when it had an
 * activity or a request resolved in the period; coverage counts active units; SLA compliance is the share of
 * requests resolved in the period that met both their first-response and resolution due instants. Regions
 * with an agent are counted on the period's last day.
 */
export async function nationalSummary(
  manager: EntityManager,
  from: string,
  to: string,
): Promise<NationalSummary> {
  const [row] = (await manager.query(
    `WITH reached AS (
       SELECT unit_id FROM activity_units WHERE activity_date BETWEEN $1 AND $2
       UNION
       SELECT unit_id FROM support_requests
       WHERE unit_id IS NOT NULL AND resolved_at IS NOT NULL AND ${day('resolved_at')} BETWEEN $1 AND $2),
     resolved AS (
       SELECT first_responded_at <= first_response_due_at AND resolved_at <= resolution_due_at AS on_time
       FROM support_requests WHERE resolved_at IS NOT NULL AND ${day('resolved_at')} BETWEEN $1 AND $2)
     SELECT
       (SELECT count(*)::int FROM units WHERE is_active) AS active_units,
       (SELECT count(*)::int FROM units u JOIN reached ON reached.unit_id = u.id WHERE u.is_active) AS reached_units,
       (SELECT count(*)::int FROM support_requests WHERE ${day('submitted_at')} BETWEEN $1 AND $2) AS received,
       (SELECT count(*)::int FROM resolved) AS resolved,
       (SELECT (avg(CASE WHEN coalesce(on_time, false) THEN 1 ELSE 0 END))::float FROM resolved) AS compliance,
       (SELECT coalesce(sum(duration_minutes), 0)::int FROM activities WHERE activity_date BETWEEN $1 AND $2) AS minutes,
       (SELECT count(*)::int FROM regions) AS region_count`,
    [from, to],
  )) as {
    active_units: number;
    reached_units: number;
    received: number;
    resolved: number;
    compliance: number | null;
    minutes: number;
    region_count: number;
  }[];
  const regions = (await manager.query(
    `SELECT g.code, g.name_fi, g.name_sv, g.name_en,
            EXISTS (SELECT 1 FROM agent_region_assignments a JOIN users u ON u.id = a.agent_user_id
                    WHERE a.region_code = g.code AND u.is_active AND ${assignmentCoversSql('a', '$1::date')}) AS has_agent
     FROM regions g ORDER BY g.code`,
    [to],
  )) as { code: string; name_fi: string; name_sv: string; name_en: string; has_agent: boolean }[];
  return {
    from,
    to,
    activeUnits: row.active_units,
    reachedUnits: row.reached_units,
    requestsReceived: row.received,
    requestsResolved: row.resolved,
    minutes: row.minutes,
    slaCompliance: row.compliance,
    regionsWithAgent: regions.filter((region) => region.has_agent).length,
    regionCount: row.region_count,
    regionsWithoutAgent: regions
      .filter((region) => !region.has_agent)
      .map((region) => ({ nameFi: region.name_fi, nameSv: region.name_sv, nameEn: region.name_en })),
  };
}

/** The 1st of the month, 07:00: last month's national summary to every ministry user. */
@Injectable()
export class MonthlySummaryJob implements ScheduledJob {
  readonly name = 'monthly-summary' as const;
  readonly cron = '0 7 1 * *';

  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run({ slot, manager }: JobContext): Promise<Record<string, number>> {
    const thisMonth = startOfMonth(helsinkiDate(slot));
    const summary = await nationalSummary(manager, addMonths(thisMonth, -1), addDays(thisMonth, -1));
    const recipients = await activeUsersOf(manager, 'ministry');
    for (const recipient of recipients) {
      await this.mail.enqueue(
        manager,
        'monthly-summary',
        { address: recipient.email, name: recipient.displayName, language: recipient.language },
        monthlySummaryEmail(recipient.language, summary, `${this.config.publicBaseUrl}/regions`),
      );
    }
    return { emails: recipients.length };
  }
}

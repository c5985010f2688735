import type { ParsedMail } from 'mailparser';
import { addDays, startOfIsoWeek } from '../src/common/time/calendar-dates';
import { helsinkiDate } from '../src/common/time/helsinki-date';
import { MailDeliveryService } from '../src/mail/mail-delivery.service';
import { JobRunnerService } from '../src/scheduler/job-runner.service';
import { latestSlotBetween } from '../src/scheduler/job-schedule';
import { JOB_NAMES } from '../src/scheduler/scheduled-job';
import type { UnitEntity } from '../src/units/unit.entity';
import type { UserEntity } from '../src/users/user.entity';
import { Accounts, type SignedInClient, signIn } from './support/accounts';
import { TestSmtpServer } from './support/smtp';
import { type TestApp, startTestApp } from './support/test-app';

const PUBLIC_BASE_URL = 'https://crm.example.test';
const DAY_MS = 24 * 3_600_000;

function recipient(mail: ParsedMail): string | undefined {
  return mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined;
}

describe('scheduled jobs', () => {
  let smtp: TestSmtpServer;
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinatorUser: UserEntity; // en
  let coordinator: SignedInClient;
  let swedishAgentUser: UserEntity; // 12, sv
  let swedishAgent: SignedInClient;
  let finnishAgentUser: UserEntity; // 13, fi
  let finnishAgent: SignedInClient;
  let ministryUser: UserEntity; // sv
  let unit12: UnitEntity;
  let unit13: UnitEntity;
  const today = helsinkiDate();

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    testApp = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_BASE_URL });
    accounts = new Accounts(testApp.app);
    coordinatorUser = await accounts.user('coordinator', { preferredLanguage: 'en' });
    coordinator = await signIn(testApp.app, coordinatorUser.email);
    swedishAgentUser = await accounts.agent(['12']);
    finnishAgentUser = await accounts.agent(['13']);
    await testApp.dataSource.query(`UPDATE users SET preferred_language = 'sv' WHERE id = $1`, [
      swedishAgentUser.id,
    ]);
    swedishAgent = await signIn(testApp.app, swedishAgentUser.email);
    finnishAgent = await signIn(testApp.app, finnishAgentUser.email);
    ministryUser = await accounts.user('ministry', { preferredLanguage: 'sv' });
    unit12 = await accounts.unit('12', { nameFi: 'Vaasan kaupunki', nameSv: 'Vasa stad' });
    unit13 = await accounts.unit('13', { nameFi: 'Seinäjoen kaupunki' });
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.down();
  });

  /** Runs the job as a coordinator would (`POST /jobs/{name}/run`) and returns the emails it sent. */
  const runJob = async (
    name: string,
  ): Promise<{ run: { status: string; result: Record<string, number> }; mails: ParsedMail[] }> => {
    await testApp.app.get(MailDeliveryService).deliverDue(); // what earlier steps sent (assignments, …)
    const before = smtp.messages.length;
    const response = await coordinator.post(`/api/v1/jobs/${name}/run`).expect(200);
    await testApp.app.get(MailDeliveryService).deliverDue();
    return { run: response.body, mails: smtp.messages.slice(before) };
  };
  /** Runs the job as if it were `at` (another day), through the runner. */
  const runJobAt = async (name: string, at: Date): Promise<ParsedMail[]> => {
    await testApp.app.get(MailDeliveryService).deliverDue();
    const before = smtp.messages.length;
    const run = await testApp.app.get(JobRunnerService).runNow(name, null, at);
    expect(run.status).toBe('succeeded');
    await testApp.app.get(MailDeliveryService).deliverDue();
    return smtp.messages.slice(before);
  };
  const newRequest = async (unitId: string, title: string): Promise<{ id: string; number: number }> => {
    const response = await coordinator
      .post('/api/v1/requests', {
        unitId,
        requester: { name: 'Ritva Requester', email: `ritva.${Date.now()}@example.test`, language: 'fi' },
        title,
        description: 'Tarvitsemme apua hankinnan vastuullisuuskriteereihin.',
        themeCodes: ['climate_low_carbon'],
        procurementStage: 'tendering',
        urgency: 'normal',
      })
      .expect(201);
    return { id: response.body.id, number: response.body.number };
  };

  it('lists the jobs for coordinators only, with their schedules, and refuses unknown ones', async () => {
    const response = await coordinator.get('/api/v1/jobs').expect(200);
    expect((response.body as { name: string }[]).map((job) => job.name)).toEqual([...JOB_NAMES]);
    expect(response.body[3]).toMatchObject({ name: 'weekly-digest', cron: '0 7 * * 1' });
    await swedishAgent.get('/api/v1/jobs').expect(403);
    await swedishAgent.post('/api/v1/jobs/weekly-digest/run').expect(403);
    const unknown = await coordinator.post('/api/v1/jobs/make-coffee/run').expect(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('reminds of follow-ups due today or overdue once a day, in the assignee’s language', async () => {
    const dueToday = await swedishAgent
      .post('/api/v1/follow-ups', { unitId: unit12.id, dueDate: today, note: 'Ring om upphandlingen' })
      .expect(201);
    const overdue = await swedishAgent
      .post('/api/v1/follow-ups', { unitId: unit12.id, dueDate: today, note: 'Skicka kriterierna' })
      .expect(201);
    await testApp.dataSource.query('UPDATE follow_ups SET due_date = $2 WHERE id = $1', [
      overdue.body.id,
      addDays(today, -2),
    ]);
    await swedishAgent
      .post('/api/v1/follow-ups', { unitId: unit12.id, dueDate: addDays(today, 5), note: 'Inte ännu' })
      .expect(201);

    const first = await runJob('follow-up-reminders');
    expect(first.run).toMatchObject({ status: 'succeeded', result: { followUps: 2, emails: 1 } });
    expect(first.mails).toHaveLength(1);
    const [mail] = first.mails;
    expect(recipient(mail)).toBe(swedishAgentUser.email);
    expect(mail.subject).toBe('Uppföljningar förfaller (2) – KEINO');
    expect(mail.text).toContain('FÖRSENAD: Vasa stad – Skicka kriterierna');
    expect(mail.text).toContain('Vasa stad – Ring om upphandlingen');
    expect(mail.text).not.toContain('Inte ännu');
    expect(mail.text).toContain(`${PUBLIC_BASE_URL}/follow-ups`);
    expect(mail.html).toContain('<a href="https://crm.example.test/follow-ups"');

    // The same day again: nothing more.
    const again = await runJob('follow-up-reminders');
    expect(again.run.result).toEqual({ followUps: 0, emails: 0 });
    expect(again.mails).toHaveLength(0);

    // Tomorrow both are overdue and reminded again; once one is done, only the other.
    const tomorrow = await runJobAt('follow-up-reminders', new Date(Date.now() + DAY_MS));
    expect(tomorrow).toHaveLength(1);
    expect(tomorrow[0].text).toContain('FÖRSENAD: Vasa stad – Ring om upphandlingen');
    await swedishAgent
      .patch(`/api/v1/follow-ups/${dueToday.body.id}`, { version: dueToday.body.version, status: 'done' })
      .expect(200);
    const dayAfter = await runJobAt('follow-up-reminders', new Date(Date.now() + 2 * DAY_MS));
    expect(dayAfter).toHaveLength(1);
    expect(dayAfter[0].subject).toBe('Uppföljningar förfaller (1) – KEINO');
    expect(dayAfter[0].text).not.toContain('Ring om upphandlingen');
  });

  it('warns the agent of requests at risk, and the agent and coordinators of breaches, once each', async () => {
    const breached = await newRequest(unit12.id, 'Kiertotalous kalusteissa');
    const atRisk = await newRequest(unit13.id, 'Vähähiilinen rakentaminen');
    await testApp.dataSource.query(
      `UPDATE support_requests SET first_response_due_at = now() - interval '1 hour' WHERE id = $1`,
      [breached.id],
    );
    await testApp.dataSource.query(
      `UPDATE support_requests
       SET first_response_due_at = (date_trunc('day', now() AT TIME ZONE 'Europe/Helsinki') + interval '1 day') AT TIME ZONE 'Europe/Helsinki'
       WHERE id = $1`,
      [atRisk.id],
    );
    const { run, mails } = await runJob('sla-warnings');
    expect(run.result).toEqual({ warnings: 2, emails: 3 });
    const toSwedishAgent = mails.find((mail) => recipient(mail) === swedishAgentUser.email);
    const toCoordinator = mails.find((mail) => recipient(mail) === coordinatorUser.email);
    const toFinnishAgent = mails.find((mail) => recipient(mail) === finnishAgentUser.email);
    expect(toSwedishAgent?.subject).toBe('Servicenivån överskreds – KEINO');
    expect(toSwedishAgent?.text).toContain(
      `#${breached.number} Kiertotalous kalusteissa: första svaret försenat`,
    );
    expect(toSwedishAgent?.text).toContain(`${PUBLIC_BASE_URL}/requests/${breached.id}`);
    expect(toCoordinator?.subject).toBe('Service level breached – KEINO');
    expect(toCoordinator?.text).not.toContain(`#${atRisk.number}`);
    expect(toFinnishAgent?.subject).toBe('Palvelutaso vaarassa – KEINO');
    expect(toFinnishAgent?.text).toContain(
      `#${atRisk.number} Vähähiilinen rakentaminen: ensimmäinen vastaus erääntyy tänään`,
    );

    const again = await runJob('sla-warnings');
    expect(again.run.result).toEqual({ warnings: 0, emails: 0 });
    // Once the first response is given, the request is no longer warned of.
    await testApp.dataSource.query(
      `UPDATE support_requests SET first_responded_at = now() WHERE id = ANY($1)`,
      [[breached.id, atRisk.id]],
    );
  });

  it('closes requests resolved 14 days ago as a job', async () => {
    const request = await newRequest(unit13.id, 'Ratkaistu kauan sitten');
    await testApp.dataSource.query(
      `UPDATE support_requests SET status = 'resolved', first_responded_at = now() - interval '20 days',
         resolved_at = now() - interval '15 days' WHERE id = $1`,
      [request.id],
    );
    const { run } = await runJob('request-auto-close');
    expect(run).toMatchObject({ status: 'succeeded', result: { closed: 1 } });
    const detail = await coordinator.get(`/api/v1/requests/${request.id}`).expect(200);
    expect(detail.body.status).toBe('closed');
  });

  it('sends each agent a weekly digest whose figures match the database', async () => {
    const weekStart = startOfIsoWeek(today);
    const log = (client: SignedInClient, unitId: string, date: string, durationMinutes: number) =>
      client
        .post('/api/v1/activities', {
          date,
          type: 'advice_call',
          durationMinutes,
          unitIds: [unitId],
          themeCodes: [],
        })
        .expect(201);
    await log(swedishAgent, unit12.id, addDays(weekStart, -7), 90); // last Monday
    await log(swedishAgent, unit12.id, addDays(weekStart, -1), 45); // last Sunday
    await log(swedishAgent, unit12.id, addDays(weekStart, -8), 600); // the week before: not counted
    await swedishAgent
      .post('/api/v1/follow-ups', {
        unitId: unit12.id,
        dueDate: addDays(weekStart, 6) < today ? today : addDays(weekStart, 6),
        note: 'Veckans uppföljning',
      })
      .expect(201);

    const { run, mails } = await runJob('weekly-digest');
    expect(run.result).toEqual({ agents: 2, emails: 2 });
    const digest = mails.find((mail) => recipient(mail) === swedishAgentUser.email);
    expect(digest?.subject).toBe(
      `Veckoöversikt ${weekStart.split('-').map(Number).reverse().join('.')} – KEINO`,
    );

    // The same figures, computed independently from the records.
    const [{ open }] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS open FROM support_requests
       WHERE assigned_agent_user_id = $1 AND status NOT IN ('resolved', 'closed', 'cancelled')`,
      [swedishAgentUser.id],
    )) as { open: number }[];
    const activities = (await testApp.dataSource.query(
      `SELECT to_char(activity_date, 'YYYY-MM-DD') AS date, duration_minutes FROM activities WHERE agent_user_id = $1`,
      [swedishAgentUser.id],
    )) as { date: string; duration_minutes: number }[];
    const lastWeekMinutes = activities
      .filter((activity) => activity.date >= addDays(weekStart, -7) && activity.date < weekStart)
      .reduce((sum, activity) => sum + activity.duration_minutes, 0);
    const followUps = (await testApp.dataSource.query(
      `SELECT note, to_char(due_date, 'YYYY-MM-DD') AS due FROM follow_ups WHERE assignee_user_id = $1 AND status = 'open'`,
      [swedishAgentUser.id],
    )) as { note: string; due: string }[];
    expect(open).toBeGreaterThan(0);
    expect(lastWeekMinutes).toBe(135);
    expect(digest?.text).toContain(`Öppna begäranden om stöd hos dig: ${open}`);
    expect(digest?.text).toContain('Loggade timmar förra veckan: 2,3');
    for (const followUp of followUps.filter((row) => row.due <= addDays(weekStart, 6))) {
      expect(digest?.text).toContain(followUp.note);
    }
    expect(digest?.text).not.toContain('Inte ännu'.repeat(2));
    const finnish = mails.find((mail) => recipient(mail) === finnishAgentUser.email);
    expect(finnish?.subject).toMatch(/^Viikkokatsaus /);
    expect(finnish?.text).toContain('Kirjatut tunnit viime viikolla: 0');
  });

  it('sends ministry users a monthly national summary of aggregates only, matching the records', async () => {
    const thisMonth = `${today.slice(0, 7)}-01`;
    const lastMonthDay = addDays(thisMonth, -3);
    await finnishAgent
      .post('/api/v1/activities', {
        date: lastMonthDay,
        type: 'workshop',
        durationMinutes: 120,
        unitIds: [unit13.id],
        themeCodes: [],
        note: 'Salainen muistiinpano työpajasta',
      })
      .expect(201);
    const resolved = await newRequest(unit12.id, 'Viime kuussa ratkaistu');
    await testApp.dataSource.query(
      `UPDATE support_requests SET status = 'resolved', submitted_at = $2::date + time '10:00',
         first_responded_at = $2::date + time '11:00', resolved_at = $2::date + time '12:00' WHERE id = $1`,
      [resolved.id, lastMonthDay],
    );

    const { run, mails } = await runJob('monthly-summary');
    expect(run.result).toEqual({ emails: 1 });
    const [summary] = mails;
    expect(recipient(summary)).toBe(ministryUser.email);
    expect(summary.subject).toBe(`Månadsöversikt ${lastMonthDay.slice(0, 7)} – KEINO`);

    // Independently: units with an activity or a resolved request last month, among active units.
    const from = lastMonthDay.slice(0, 8) + '01';
    const to = addDays(thisMonth, -1);
    const units = (await testApp.dataSource.query('SELECT id FROM units WHERE is_active')) as {
      id: string;
    }[];
    const activityUnits = (await testApp.dataSource.query(
      `SELECT unit_id, to_char(activity_date, 'YYYY-MM-DD') AS date FROM activity_units`,
    )) as { unit_id: string; date: string }[];
    const requests = (await testApp.dataSource.query(
      `SELECT unit_id, to_char(submitted_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS submitted,
              to_char(resolved_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS resolved FROM support_requests`,
    )) as { unit_id: string; submitted: string; resolved: string | null }[];
    const inPeriod = (date: string | null) => date !== null && date >= from && date <= to;
    const reached = new Set([
      ...activityUnits.filter((row) => inPeriod(row.date)).map((row) => row.unit_id),
      ...requests.filter((row) => inPeriod(row.resolved)).map((row) => row.unit_id),
    ]);
    const reachedActive = units.filter((unit) => reached.has(unit.id)).length;
    expect(reachedActive).toBe(2);
    expect(summary.text).toContain(`Nådda upphandlande enheter: ${reachedActive} / ${units.length}`);
    expect(summary.text).toContain(
      `Mottagna begäranden om stöd: ${requests.filter((row) => inPeriod(row.submitted)).length}`,
    );
    expect(summary.text).toContain(
      `Lösta begäranden om stöd: ${requests.filter((row) => inPeriod(row.resolved)).length}`,
    );
    expect(summary.text).toContain('Rådgivningstimmar: 2');
    expect(summary.text).toContain('Landskap med förändringsagent: 2 / 19');
    expect(summary.text).toContain('Utan förändringsagent: ');

    // No personal data: no person's name or address, no note.
    const people = (await testApp.dataSource.query(
      `SELECT display_name AS text FROM users UNION SELECT email FROM users
       UNION SELECT requester_name FROM support_requests UNION SELECT requester_email FROM support_requests
       UNION SELECT note FROM activities WHERE note IS NOT NULL UNION SELECT note FROM follow_ups`,
    )) as { text: string }[];
    for (const { text } of people) {
      expect(summary.text).not.toContain(text);
      expect(summary.html).not.toContain(text);
    }
  });

  it('runs a scheduled slot once with three instances against one database', async () => {
    const others = await Promise.all([
      startTestApp({ SMTP_URL: smtp.url, PUBLIC_BASE_URL }, { databaseUrl: testApp.databaseUrl }),
      startTestApp({ SMTP_URL: smtp.url, PUBLIC_BASE_URL }, { databaseUrl: testApp.databaseUrl }),
    ]);
    try {
      const runners = [testApp, ...others].map((instance) => instance.app.get(JobRunnerService));
      // Monday 2026-11-16 07:00 Helsinki: each instance's cron fires within moments of it.
      const slot = new Date('2026-11-16T05:00:00.000Z');
      const outboxBefore = await accounts.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_emails WHERE template = 'weekly-digest'`,
      );
      const results = await Promise.all(
        runners.map((runner, index) => runner.tick('weekly-digest', new Date(slot.getTime() + index * 700))),
      );
      expect(results.filter((result) => result !== null)).toHaveLength(1);
      const runs = (await testApp.dataSource.query(
        `SELECT trigger, status FROM job_runs WHERE job_name = 'weekly-digest' AND slot = $1`,
        [slot],
      )) as { trigger: string; status: string }[];
      expect(runs).toEqual([{ trigger: 'schedule', status: 'succeeded' }]);
      const outboxAfter = await accounts.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_emails WHERE template = 'weekly-digest'`,
      );
      expect(outboxAfter[0].n - outboxBefore[0].n).toBe(2); // one per agent, not three
    } finally {
      await Promise.all(others.map((instance) => instance.close()));
    }
  });

  it('records a baseline on first start, and after downtime catches up each missed job once across three starting instances', async () => {
    const first = await startTestApp({ JOBS_ENABLED: 'true' });
    let firstOpen = true;
    let instances: TestApp[] = [];
    try {
      await first.app.get(JobRunnerService).caughtUp();
      const baseline = (await first.dataSource.query(
        `SELECT job_name, trigger, status FROM job_runs ORDER BY job_name`,
      )) as { job_name: string; trigger: string; status: string }[];
      expect(baseline).toHaveLength(JOB_NAMES.length);
      expect(baseline.every((run) => run.trigger === 'baseline' && run.status === 'skipped')).toBe(true);

      // Down for 40 days: every job missed at least one slot since its last one.
      await first.dataSource.query(`UPDATE job_runs SET slot = slot - interval '40 days'`);
      const lastSlots = (await first.dataSource.query(`SELECT job_name, slot FROM job_runs`)) as {
        job_name: string;
        slot: Date;
      }[];
      await first.close();
      firstOpen = false;
      const startedAt = new Date();
      instances = await Promise.all(
        [1, 2, 3].map(() => startTestApp({ JOBS_ENABLED: 'true' }, { databaseUrl: first.databaseUrl })),
      );
      await Promise.all(instances.map((instance) => instance.app.get(JobRunnerService).caughtUp()));
      const finishedAt = new Date();
      const caughtUp = (await instances[0].dataSource.query(
        `SELECT job_name, slot, status FROM job_runs WHERE trigger = 'catch_up' ORDER BY job_name`,
      )) as { job_name: string; slot: Date; status: string }[];
      expect(caughtUp.map((run) => run.job_name)).toEqual([...JOB_NAMES].sort());
      expect(caughtUp.every((run) => run.status === 'succeeded')).toBe(true);
      for (const run of caughtUp) {
        const job = (await instances[0].app.get(JobRunnerService).list()).find(
          (item) => item.name === run.job_name,
        );
        const since = lastSlots.find((slot) => slot.job_name === run.job_name)?.slot ?? startedAt;
        // The latest slot missed when the instances started, not every one of them (a slot may fall
        // between the start and the end of the start-up, hence the two candidates).
        const latest = [startedAt, finishedAt].map((at) =>
          latestSlotBetween(job?.cron ?? '', since, at)?.toISOString(),
        );
        expect(latest).toContain(run.slot.toISOString());
      }
      const jobs = await instances[0].app.get(JobRunnerService).list();
      expect(
        jobs.every((job) => job.lastRun?.trigger === 'catch_up' || job.lastRun?.trigger === 'schedule'),
      ).toBe(true);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      if (firstOpen) {
        await first.close();
      }
    }
  });
});

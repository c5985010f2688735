import type { ParsedMail } from 'mailparser';
import { MailDeliveryService } from '../src/mail/mail-delivery.service';
import { Accounts, type SignedInClient, signIn } from './support/accounts';
import { publicSubmission, requestIdOf, submitPublic } from './support/requests';
import { TestSmtpServer } from './support/smtp';
import { type TestApp, startTestApp } from './support/test-app';

const PUBLIC_BASE_URL = 'https://crm.example.test';

function recipient(mail: ParsedMail): string | undefined {
  return mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined;
}

describe('support request emails on a real SMTP server', () => {
  let smtp: TestSmtpServer;
  let testApp: TestApp;
  let accounts: Accounts;
  let agent: SignedInClient;
  let agentEmail: string;
  let unitId: string;
  let sequence = 0;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    testApp = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_BASE_URL });
    accounts = new Accounts(testApp.app);
    const agentUser = await accounts.agent(['06']);
    await testApp.dataSource.query(`UPDATE users SET preferred_language = 'en' WHERE id = $1`, [
      agentUser.id,
    ]);
    agentEmail = agentUser.email;
    agent = await signIn(testApp.app, agentEmail);
    unitId = (await accounts.unit('06', { nameFi: 'Tampereen kaupunki', nameSv: 'Tammerfors stad' })).id;
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.down();
  });

  const deliver = (app: TestApp = testApp): Promise<number> => app.app.get(MailDeliveryService).deliverDue();
  const newMail = async (action: () => Promise<unknown>): Promise<ParsedMail[]> => {
    const before = smtp.messages.length;
    await action();
    await deliver();
    return smtp.messages.slice(before);
  };
  const submitSwedish = async () => {
    sequence += 1;
    const email = `stina.${sequence}@example.test`;
    const response = await submitPublic(
      testApp.http,
      publicSubmission(unitId, {
        requester: { name: 'Stina Sjöberg', email, language: 'sv' },
        title: `Cirkulära möbler ${sequence}`,
      }),
    ).expect(201);
    return {
      email,
      number: response.body.number as number,
      id: await requestIdOf(testApp.dataSource, response.body.number),
    };
  };
  const version = async (id: string): Promise<number> =>
    ((await agent.get(`/api/v1/requests/${id}`).expect(200)).body as { version: number }).version;

  it('confirms to the requester in their language with a working private link, and tells the agent in theirs', async () => {
    let request = { email: '', number: 0, id: '' };
    const mails = await newMail(async () => {
      request = await submitSwedish();
    });
    const confirmation = mails.find((mail) => recipient(mail) === request.email);
    const assignment = mails.find((mail) => recipient(mail) === agentEmail);
    expect(mails).toHaveLength(2);
    expect(confirmation?.subject).toBe(`Begäran om stöd mottagen #${request.number} – KEINO`);
    expect(confirmation?.text).toContain('Hej Stina Sjöberg');
    const link = /https:\/\/crm\.example\.test\/request\/status\/([A-Za-z0-9_-]{43})/.exec(
      confirmation?.text ?? '',
    );
    expect(link).not.toBeNull();
    expect(confirmation?.html).toContain(`href="${link?.[0]}"`);
    expect(confirmation?.html).toContain('lang="sv"');
    const status = await testApp.http.get(`/api/v1/public/requests/status/${link?.[1]}`).expect(200);
    expect(status.body).toMatchObject({
      number: request.number,
      unitName: 'Tammerfors stad',
      language: 'sv',
    });

    expect(assignment?.subject).toBe(`New support request for you #${request.number} – KEINO`);
    expect(assignment?.text).toContain(`${PUBLIC_BASE_URL}/requests/${request.id}`);
    expect(assignment?.text).toContain('Tampereen kaupunki');
  });

  it('emails agent messages and the status changes the requester should know about, never internal notes', async () => {
    const request = await submitSwedish();
    await deliver();
    const note = await newMail(() =>
      agent
        .post(`/api/v1/requests/${request.id}/timeline`, { kind: 'note', body: 'Intern anteckning' })
        .expect(201),
    );
    expect(note).toEqual([]);
    const message = await newMail(() =>
      agent
        .post(`/api/v1/requests/${request.id}/timeline`, { kind: 'message', body: 'Vi hörs på torsdag.' })
        .expect(201),
    );
    expect(message.map(recipient)).toEqual([request.email]);
    expect(message[0].subject).toBe(`Meddelande om er begäran #${request.number} – KEINO`);
    expect(message[0].text).toContain('Vi hörs på torsdag.');
    expect(message[0].text).toMatch(/https:\/\/crm\.example\.test\/request\/status\/[A-Za-z0-9_-]{43}/);

    const started = await newMail(async () =>
      agent
        .post(`/api/v1/requests/${request.id}/transitions`, {
          to: 'in_progress',
          version: await version(request.id),
        })
        .expect(200),
    );
    expect(started).toEqual([]); // routine: not worth an email
    const waiting = await newMail(async () =>
      agent
        .post(`/api/v1/requests/${request.id}/transitions`, {
          to: 'waiting_for_unit',
          comment: 'Hur stort är kontraktsvärdet?',
          version: await version(request.id),
        })
        .expect(200),
    );
    expect(waiting.map(recipient)).toEqual([request.email]);
    expect(waiting[0].text).toContain('väntar på uppgifter från er');
    expect(waiting[0].text).toContain('Hur stort är kontraktsvärdet?');

    const resolved = await newMail(async () =>
      agent
        .post(`/api/v1/requests/${request.id}/transitions`, {
          to: 'resolved',
          comment: 'Kriterierna finns i bilagan.',
          version: await version(request.id),
        })
        .expect(200),
    );
    expect(resolved.map(recipient)).toEqual([request.email]);
    expect(resolved[0].subject).toBe(`Er begäran är löst – betygsätt hjälpen #${request.number} – KEINO`);
    const ratingLinks = [
      ...(resolved[0].text ?? '').matchAll(/\/request\/status\/([A-Za-z0-9_-]{43})\?rating=(\d)/g),
    ];
    expect(ratingLinks.map((match) => match[2])).toEqual(['1', '2', '3', '4', '5']);
    const rated = await testApp.http
      .post(`/api/v1/public/requests/status/${ratingLinks[4][1]}/rating`)
      .send({ rating: 5 })
      .expect(200);
    expect(rated.body.rating).toBe(5);
  });

  it('keeps request emails queued while SMTP is down and sends each once when it is back', async () => {
    await smtp.down();
    let request = { email: '', number: 0, id: '' };
    try {
      request = await submitSwedish();
      expect(await deliver()).toBe(0);
    } finally {
      await smtp.up();
    }
    const [queued] = (await testApp.dataSource.query(
      `SELECT status, attempts FROM outbox_emails WHERE to_address = $1`,
      [request.email],
    )) as { status: string; attempts: number }[];
    expect(queued).toEqual({ status: 'pending', attempts: 1 });
    await testApp.dataSource.query(
      `UPDATE outbox_emails SET next_attempt_at = now() WHERE status = 'pending'`,
    );
    const before = smtp.messages.length;
    expect(await deliver()).toBe(2); // the confirmation and the agent's assignment
    expect(await deliver()).toBe(0);
    expect(smtp.messages.slice(before).map(recipient).sort()).toEqual([agentEmail, request.email].sort());
  });

  it('never sends a request email twice when two API instances deliver at once', async () => {
    const second = await startTestApp(
      { SMTP_URL: smtp.url, PUBLIC_BASE_URL },
      { databaseUrl: testApp.databaseUrl },
    );
    try {
      const before = smtp.messages.length;
      const requests = [];
      for (let index = 0; index < 6; index += 1) {
        requests.push(await submitSwedish());
      }
      const [first, other] = await Promise.all([deliver(testApp), deliver(second)]);
      expect(first + other).toBe(12);
      const received = smtp.messages.slice(before).map(recipient);
      expect(received).toHaveLength(12);
      expect(new Set(requests.map((request) => request.email)).size).toBe(6);
      for (const request of requests) {
        expect(received.filter((address) => address === request.email)).toHaveLength(1);
      }
    } finally {
      await second.close();
    }
  });
});

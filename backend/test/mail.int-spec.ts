import { MailDeliveryService } from '../src/mail/mail-delivery.service';
import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { TestSmtpServer } from './support/smtp';
import { startTestApp, type TestApp } from './support/test-app';

const PUBLIC_BASE_URL = 'https://crm.example.test';

describe('outgoing email through the outbox', () => {
  let smtp: TestSmtpServer;
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;
  let suffix = 0;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    testApp = await startTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_BASE_URL,
      MAIL_FROM: 'KEINO CRM <crm@example.test>',
    });
    accounts = new Accounts(testApp.app);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.down();
  });

  const createUser = async (language: 'fi' | 'sv' | 'en') => {
    suffix += 1;
    const response = await coordinator
      .post('/api/v1/users', {
        email: `new.user.${suffix}@example.test`,
        displayName: `Uusi Käyttäjä ${suffix}`,
        role: 'ministry',
        preferredLanguage: language,
      })
      .expect(201);
    return response.body as { id: string; email: string };
  };
  const deliver = (app: TestApp = testApp): Promise<number> => app.app.get(MailDeliveryService).deliverDue();

  it('sends a new user their password link in their language, plain text and HTML, once', async () => {
    const user = await createUser('sv');
    const before = smtp.messages.length;
    expect(await deliver()).toBe(1);
    expect(await deliver()).toBe(0);
    expect(smtp.messages).toHaveLength(before + 1);
    const mail = smtp.messages[before];
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined).toBe(user.email);
    expect(mail.from?.value[0].address).toBe('crm@example.test');
    expect(mail.subject).toBe('Välj ditt lösenord – KEINO CRM');
    const link = /https:\/\/crm\.example\.test\/password-setup\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    expect(mail.html).toContain(`href="${link?.[0]}"`);
    expect(mail.html).toContain('lang="sv"');
    expect(mail.text).toContain('Hej Uusi Käyttäjä');

    await testApp.http
      .post('/api/v1/auth/password-setup')
      .send({ token: link?.[1], password: 'a fine new passphrase' })
      .expect(204);
    const [row] = await testApp.dataSource.query(
      'SELECT status, attempts, sent_at FROM outbox_emails WHERE to_address = $1',
      [user.email],
    );
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('keeps the email queued while SMTP is down and sends it once when it is back', async () => {
    await smtp.down();
    const user = await createUser('fi');
    expect(await deliver()).toBe(0);
    const [waiting] = await testApp.dataSource.query(
      'SELECT status, attempts, last_error, next_attempt_at > now() AS is_later FROM outbox_emails WHERE to_address = $1',
      [user.email],
    );
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, is_later: true });
    expect(waiting.last_error).toEqual(expect.any(String));

    await smtp.up();
    expect(await deliver()).toBe(0); // not due yet: back-off
    await testApp.dataSource.query('UPDATE outbox_emails SET next_attempt_at = now() WHERE to_address = $1', [
      user.email,
    ]);
    const before = smtp.messages.length;
    expect(await deliver()).toBe(1);
    expect(await deliver()).toBe(0);
    expect(smtp.messages.slice(before).map((mail) => mail.subject)).toEqual(['Aseta salasanasi – KEINO CRM']);
  });

  it('never sends one email twice when two API instances deliver at the same time', async () => {
    const second = await startTestApp(
      { SMTP_URL: smtp.url, PUBLIC_BASE_URL },
      { databaseUrl: testApp.databaseUrl },
    );
    try {
      const users = await Promise.all(Array.from({ length: 12 }, () => createUser('en')));
      const before = smtp.messages.length;
      const [first, other] = await Promise.all([deliver(), deliver(second)]);
      expect(first + other).toBe(12);
      const received = smtp.messages.slice(before);
      expect(received).toHaveLength(12);
      expect(new Set(received.map((mail) => mail.messageId)).size).toBe(12);
      const addresses = received.map((mail) =>
        mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : '',
      );
      expect(addresses.sort()).toEqual(users.map((user) => user.email).sort());
    } finally {
      await second.close();
    }
  });

  it('shows coordinators every outgoing email and its state, and no one else', async () => {
    const list = await coordinator.get('/api/v1/outbox-emails?status=sent').expect(200);
    expect(list.body.total).toBeGreaterThan(0);
    expect(list.body.items[0]).toMatchObject({ template: 'password_setup', status: 'sent' });
    expect(list.body.items[0]).not.toHaveProperty('textBody');
    const detail = await coordinator.get(`/api/v1/outbox-emails/${list.body.items[0].id}`).expect(200);
    expect(detail.body.textBody).toContain('/password-setup?token=');
    const agent = await signIn(testApp.app, (await accounts.agent(['01'])).email);
    await agent.get('/api/v1/outbox-emails').expect(403);
  });
});

describe('email without SMTP_URL', () => {
  it('is captured for developers to read, never sent', async () => {
    const testApp = await startTestApp();
    try {
      const accounts = new Accounts(testApp.app);
      const coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
      await coordinator
        .post('/api/v1/users', {
          email: 'captured@example.test',
          displayName: 'Talteen',
          role: 'ministry',
          preferredLanguage: 'en',
        })
        .expect(201);
      expect(await testApp.app.get(MailDeliveryService).deliverDue()).toBe(0);
      const list = await coordinator.get('/api/v1/outbox-emails').expect(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({ status: 'captured', subject: 'Set your password – KEINO CRM' }),
      ]);
    } finally {
      await testApp.close();
    }
  });
});

import { Accounts, signIn, type SignedInClient } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

describe('contact persons and their personal data', () => {
  let testApp: TestApp;
  let accounts: Accounts;
  let coordinator: SignedInClient;
  let agent01: SignedInClient;
  let agent02: SignedInClient;
  let ministry: SignedInClient;
  let unitId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    accounts = new Accounts(testApp.app);
    coordinator = await signIn(testApp.app, (await accounts.user('coordinator')).email);
    agent01 = await signIn(testApp.app, (await accounts.agent(['01'])).email);
    agent02 = await signIn(testApp.app, (await accounts.agent(['02'])).email);
    ministry = await signIn(testApp.app, (await accounts.user('ministry')).email);
    unitId = (await accounts.unit('01')).id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  const addContact = async (name = 'Maija Meikäläinen') =>
    (
      await agent01
        .post(`/api/v1/units/${unitId}/contacts`, {
          name,
          email: 'Maija.Meikalainen@Example.TEST',
          phone: '+358 40 123 4567',
          title: 'Hankintapäällikkö',
          preferredLanguage: 'sv',
        })
        .expect(201)
    ).body as { id: string; version: number };

  it('adds, lists, updates and removes contacts of a unit in the agent region, each audited', async () => {
    const contact = await addContact();
    const list = await agent01.get(`/api/v1/units/${unitId}/contacts`).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: contact.id,
        name: 'Maija Meikäläinen',
        email: 'maija.meikalainen@example.test',
        isErased: false,
      }),
    ]);
    const updated = await agent01
      .patch(`/api/v1/contacts/${contact.id}`, { version: contact.version, title: 'Hankintajohtaja' })
      .expect(200);
    expect(updated.body.title).toBe('Hankintajohtaja');
    await agent01
      .patch(`/api/v1/contacts/${contact.id}`, { version: contact.version, title: 'X' })
      .expect(409);
    await agent01
      .patch(`/api/v1/contacts/${contact.id}`, { version: updated.body.version, email: 'not an email' })
      .expect(400);
    await agent01.delete(`/api/v1/contacts/${contact.id}`).expect(204);
    const events = await testApp.dataSource.query(
      "SELECT action FROM audit_events WHERE entity_type = 'contact' AND entity_id = $1 ORDER BY occurred_at",
      [contact.id],
    );
    expect(events.map((event: { action: string }) => event.action)).toEqual(['create', 'update', 'delete']);
  });

  it('keeps another region agent and ministry users away from contacts', async () => {
    const contact = await addContact('Pekka Puupää');
    await agent02.get(`/api/v1/units/${unitId}/contacts`).expect(404);
    await agent02.patch(`/api/v1/contacts/${contact.id}`, { version: 1, name: 'X' }).expect(404);
    await agent02.post(`/api/v1/units/${unitId}/contacts`, { name: 'X' }).expect(404);
    await ministry.get(`/api/v1/units/${unitId}/contacts`).expect(403);
    await agent01.get(`/api/v1/contacts/${contact.id}/personal-data`).expect(403);
  });

  it('exports everything held about a person for a coordinator', async () => {
    const contact = await addContact('Liisa Laine');
    const exported = await coordinator.get(`/api/v1/contacts/${contact.id}/personal-data`).expect(200);
    expect(exported.body).toMatchObject({
      contact: {
        id: contact.id,
        name: 'Liisa Laine',
        email: 'maija.meikalainen@example.test',
        phone: '+358 40 123 4567',
      },
      unit: { id: unitId },
      auditEvents: [expect.objectContaining({ action: 'create' })],
    });
  });

  it('erases a person: personal fields gone, also from the audit trail; the record stays', async () => {
    const contact = await addContact('Erkki Esimerkki');
    await agent01
      .patch(`/api/v1/contacts/${contact.id}`, { version: contact.version, phone: '+358 50 765 4321' })
      .expect(200);
    const erased = await coordinator.post(`/api/v1/contacts/${contact.id}/erase`).expect(200);
    expect(erased.body).toMatchObject({
      id: contact.id,
      name: null,
      email: null,
      phone: null,
      title: null,
      isErased: true,
    });
    const list = await agent01.get(`/api/v1/units/${unitId}/contacts`).expect(200);
    expect(list.body.items.find((item: { id: string }) => item.id === contact.id)).toMatchObject({
      isErased: true,
      name: null,
    });
    const trail = await testApp.dataSource.query(
      'SELECT changes::text AS changes, action FROM audit_events WHERE entity_id = $1',
      [contact.id],
    );
    const text = trail.map((row: { changes: string }) => row.changes).join(' ');
    expect(text).not.toMatch(/Erkki|maija|358/);
    expect(trail.map((row: { action: string }) => row.action)).toContain('erase');
  });
});

import type { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent';

/** A valid public submission for the unit; override any field. */
export function publicSubmission(
  unitId: string | null,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...(unitId ? { unitId } : { unitDescription: 'Pikkukylän vesiosuuskunta, Y-tunnus 1234567-8' }),
    requester: { name: 'Riikka Pyytäjä', email: 'riikka.pyytaja@example.test', language: 'fi' },
    title: 'Vähähiilinen päiväkotirakentaminen',
    description: 'Tarvitsemme apua hiilijalanjäljen kriteereihin päiväkodin rakennushankkeessa.',
    themeCodes: ['climate_low_carbon'],
    cpvCode: '45214200-2',
    procurementStage: 'market_dialogue',
    urgency: 'normal',
    ...overrides,
  };
}

/** The private status-link token in the latest email of the template to the address (captured or sent). */
export async function latestStatusToken(
  dataSource: DataSource,
  address: string,
  template = 'request-confirmation',
): Promise<string> {
  const [row] = (await dataSource.query(
    `SELECT text_body FROM outbox_emails WHERE to_address = $1 AND template = $2 ORDER BY created_at DESC LIMIT 1`,
    [address, template],
  )) as { text_body: string }[];
  const match = /\/request\/status\/([A-Za-z0-9_-]+)/.exec(row?.text_body ?? '');
  if (!match) {
    throw new Error(`no ${template} email with a status link to ${address}`);
  }
  return match[1];
}

/** The id of the request with the number (as the public receipt gives it). */
export async function requestIdOf(dataSource: DataSource, number: number): Promise<string> {
  const [row] = (await dataSource.query('SELECT id FROM support_requests WHERE number = $1', [number])) as {
    id: string;
  }[];
  return row.id;
}

let keySequence = 0;
export function newIdempotencyKey(): string {
  keySequence += 1;
  return `test-key-${Date.now()}-${keySequence}`;
}

export function submitPublic(
  http: TestAgent,
  body: Record<string, unknown>,
  key: string = newIdempotencyKey(),
) {
  return http.post('/api/v1/public/requests').set('Idempotency-Key', key).send(body);
}

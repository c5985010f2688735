import type { OutboxEmailDetailDto } from '../../../core/api/generated/models/outbox-email-detail-dto';
import type { OutboxEmailDto } from '../../../core/api/generated/models/outbox-email-dto';

export const EMAIL_ID = '0d6f2a5e-1b3c-4d7e-8f90-a1b2c3d4e5f6';

export function outboxEmailFixture(overrides: Partial<OutboxEmailDto> = {}): OutboxEmailDto {
  return {
    id: EMAIL_ID,
    createdAt: '2026-03-02T08:15:00.000Z',
    template: 'request-confirmation',
    language: 'sv',
    toAddress: 'frida@example.fi',
    subject: 'Din begäran KEINO-2026-0001 har tagits emot',
    status: 'sent',
    attempts: 1,
    nextAttemptAt: '2026-03-02T08:15:00.000Z',
    lastError: null,
    sentAt: '2026-03-02T08:15:30.000Z',
    ...overrides,
  };
}

export function outboxEmailDetailFixture(
  overrides: Partial<OutboxEmailDetailDto> = {},
): OutboxEmailDetailDto {
  return {
    ...outboxEmailFixture(),
    textBody:
      'Hej Frida!\n\nFölj din begäran: https://keino.example/public/requests/status?token=abc.\n\n--\nKEINO',
    htmlBody: '<p>Hej Frida!</p>',
    ...overrides,
  };
}

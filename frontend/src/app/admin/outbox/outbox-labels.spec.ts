import { deliveryTime, templateKey } from './outbox-labels';

describe('outbox labels', () => {
  it.each([
    ['password_setup', 'admin.outbox.templates.password_setup'],
    ['request-confirmation', 'admin.outbox.templates.request-confirmation'],
    ['request-reply', 'admin.outbox.templates.request-reply'],
    ['newsletter', null],
  ])('names the template %p with %p', (template, expected) => {
    expect(templateKey(template)).toBe(expected);
  });

  const NEXT = '2026-03-02T10:00:00.000Z';
  const SENT = '2026-03-02T09:00:00.000Z';

  it.each([
    ['pending', null, { kind: 'next', at: NEXT }],
    ['sending', null, { kind: 'next', at: NEXT }],
    ['sent', SENT, { kind: 'sent', at: SENT }],
    ['captured', null, null],
    ['failed', null, null],
  ] as const)('shows a %s email’s delivery time', (status, sentAt, expected) => {
    expect(deliveryTime({ status, sentAt, nextAttemptAt: NEXT })).toEqual(expected);
  });
});

import type { OutboxStatus } from './outbox-query';

// The templates the backend writes (MailService.enqueue callers); a new one shows its raw name until named here.
const KNOWN_TEMPLATES: readonly string[] = [
  'password_setup',
  'request-confirmation',
  'request-assigned',
  'request-message',
  'request-status',
  'request-rating',
  'request-reply',
];

/** The translation key of a template's friendly name, or null for a template not known here. */
export function templateKey(template: string): string | null {
  return KNOWN_TEMPLATES.includes(template) ? `admin.outbox.templates.${template}` : null;
}

export function statusKey(status: OutboxStatus): string {
  return `admin.outbox.statuses.${status}`;
}

/** The badge's look; the status is always also written out, never shown by colour alone. */
export function statusBadgeClass(status: OutboxStatus): string {
  switch (status) {
    case 'sent':
      return 'badge badge--positive';
    case 'failed':
      return 'badge badge--warning';
    case 'captured':
      return 'badge badge--muted';
    default:
      return 'badge';
  }
}

/** When an email was sent, or when the next try is due; nothing when it will not be tried again. */
export function deliveryTime(email: {
  status: OutboxStatus;
  sentAt: string | null;
  nextAttemptAt: string;
}): { kind: 'sent' | 'next'; at: string } | null {
  if (email.status === 'sent' && email.sentAt) {
    return { kind: 'sent', at: email.sentAt };
  }
  if (email.status === 'pending' || email.status === 'sending') {
    return { kind: 'next', at: email.nextAttemptAt };
  }
  return null;
}

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '../common/i18n/language';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OutboxEmailEntity } from './outbox-email.entity';
import type { RenderedEmail } from './templates/email-layout';

export interface EmailRecipient {
  readonly address: string;
  readonly name?: string | null;
  readonly language: Language;
}

/**
 * Puts an email in the outbox in the caller's transaction: it is sent if and only if the change commits.
 * Without SMTP_URL the email is captured (stored, never sent) for developers to read.
 */
@Injectable()
export class MailService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async enqueue(
    manager: EntityManager,
    template: string,
    to: EmailRecipient,
    email: RenderedEmail,
  ): Promise<string> {
    const row = manager.create(OutboxEmailEntity, {
      template,
      language: to.language,
      toAddress: to.address,
      toName: to.name ?? null,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      status: this.config.smtpUrl ? 'pending' : 'captured',
      attempts: 0,
      nextAttemptAt: new Date(),
      leaseUntil: null,
      lastError: null,
      sentAt: null,
    });
    return (await manager.save(row)).id;
  }
}

import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Transporter, createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const BATCH_SIZE = 20;
const LEASE_SECONDS = 120;
const MAX_BACKOFF_SECONDS = 6 * 3600;

interface ClaimedEmail {
  id: string;
  to_address: string;
  to_name: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

/** Seconds before the next try after `attempts` failures: 30 s, 1 min, 2 min, … at most 6 hours. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_SECONDS);
}

/**
 * Sends due outbox email through SMTP. Rows are claimed with one UPDATE … FOR UPDATE SKIP LOCKED, so
 * concurrent workers (several API instances) never send the same email; a failed send is retried with
 * exponential back-off and never dropped; a claim whose worker died is retried after its lease ends.
 */
@Injectable()
export class MailDeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDeliveryService.name);
  private transporter?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.smtpUrl && this.config.mailPollSeconds > 0) {
      this.timer = setInterval(
        () => void this.deliverDue().catch(() => undefined),
        this.config.mailPollSeconds * 1000,
      );
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    this.transporter?.close();
  }

  /** Sends what is due now; returns how many were sent. One run at a time per instance. */
  deliverDue(): Promise<number> {
    if (!this.running) {
      this.running = this.deliverBatch().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async deliverBatch(): Promise<number> {
    if (!this.config.smtpUrl) {
      return 0;
    }
    const [claimed] = (await this.dataSource.query(
      `UPDATE outbox_emails SET status = 'sending', attempts = attempts + 1,
              lease_until = now() + make_interval(secs => $2)
       WHERE id IN (
         SELECT id FROM outbox_emails
         WHERE (status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now())
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, to_address, to_name, subject, text_body, html_body, attempts`,
      [BATCH_SIZE, LEASE_SECONDS],
    )) as [ClaimedEmail[], number];
    let sent = 0;
    for (const email of claimed) {
      try {
        await this.transport().sendMail({
          from: this.config.mailFrom,
          to: email.to_name ? { name: email.to_name, address: email.to_address } : email.to_address,
          subject: email.subject,
          text: email.text_body,
          html: email.html_body,
          messageId: `<${email.id}@keino-crm>`,
        });
        await this.dataSource.query(
          `UPDATE outbox_emails SET status = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL
           WHERE id = $1 AND status = 'sending'`,
          [email.id],
        );
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // The address is personal data: the log names the email by id only.
        this.logger.warn(`Delivery of email ${email.id} failed (attempt ${email.attempts}): ${message}`);
        await this.dataSource.query(
          `UPDATE outbox_emails SET status = 'pending', lease_until = NULL, last_error = $2,
                  next_attempt_at = now() + make_interval(secs => $3)
           WHERE id = $1 AND status = 'sending'`,
          [email.id, message.slice(0, 500), retryDelaySeconds(email.attempts)],
        );
      }
    }
    return sent;
  }

  private transport(): Transporter {
    this.transporter ??= createTransport(this.config.smtpUrl, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    return this.transporter;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '../common/i18n/language';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashSecret, newSecret } from '../credentials/secret-tokens';
import { MailService } from '../mail/mail.service';
import type { RenderedEmail } from '../mail/templates/email-layout';
import { UserEntity } from '../users/user.entity';
import { RequestAccessTokenEntity } from './request-access-token.entity';
import {
  requestAssignedEmail,
  requestConfirmationEmail,
  requestMessageEmail,
  requestRatingEmail,
  requestReplyEmail,
  requestStatusEmail,
} from './request-emails';
import type { RequestStatus } from './request-workflow';
import type { SupportRequestEntity } from './support-request.entity';

/** Status changes the requester is told about by email. */
const REQUESTER_NOTIFIED: readonly RequestStatus[] = ['waiting_for_unit', 'in_progress', 'cancelled'];

/**
 * Writes the emails of the request workflow to the outbox, in the caller's transaction. Every email to the
 * requester carries a fresh private status link (only its hash is stored).
 */
@Injectable()
export class RequestNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async confirmation(manager: EntityManager, request: SupportRequestEntity): Promise<void> {
    await this.toRequester(manager, request, 'request-confirmation', (language, statusLink) =>
      requestConfirmationEmail(language, {
        number: request.number,
        title: request.title,
        requesterName: request.requesterName ?? '',
        statusLink,
      }),
    );
  }

  async message(
    manager: EntityManager,
    request: SupportRequestEntity,
    authorName: string,
    body: string,
  ): Promise<void> {
    await this.toRequester(manager, request, 'request-message', (language, statusLink) =>
      requestMessageEmail(language, {
        number: request.number,
        title: request.title,
        authorName,
        body,
        statusLink,
      }),
    );
  }

  /** A status change; only those the requester should know about are emailed (resolution: see rating). */
  async statusChange(
    manager: EntityManager,
    request: SupportRequestEntity,
    from: RequestStatus,
    comment: string | null,
  ): Promise<void> {
    if (request.status === 'resolved') {
      await this.toRequester(manager, request, 'request-rating', (language, statusLink) =>
        requestRatingEmail(language, { number: request.number, title: request.title, comment, statusLink }),
      );
      return;
    }
    // Moving from assigned to in_progress is routine; a reopened request is worth telling.
    const notify =
      REQUESTER_NOTIFIED.includes(request.status) &&
      !(request.status === 'in_progress' && from !== 'resolved');
    if (notify) {
      await this.toRequester(manager, request, 'request-status', (language, statusLink) =>
        requestStatusEmail(language, {
          number: request.number,
          title: request.title,
          status: request.status,
          comment,
          statusLink,
        }),
      );
    }
  }

  async assigned(
    manager: EntityManager,
    request: SupportRequestEntity,
    agentUserId: string,
    unitName: string,
    reason: string | null,
  ): Promise<void> {
    await this.toAgent(manager, agentUserId, 'request-assigned', (language) =>
      requestAssignedEmail(language, {
        number: request.number,
        title: request.title,
        unitName,
        link: this.requestLink(request.id),
        reason,
      }),
    );
  }

  /** The requester added information: the assigned agent hears of it. */
  async reply(manager: EntityManager, request: SupportRequestEntity, body: string): Promise<void> {
    if (request.assignedAgentUserId) {
      await this.toAgent(manager, request.assignedAgentUserId, 'request-reply', (language) =>
        requestReplyEmail(language, {
          number: request.number,
          title: request.title,
          body,
          link: this.requestLink(request.id),
        }),
      );
    }
  }

  /** A new private status link of the request: the token, whose hash is stored. */
  async issueStatusToken(manager: EntityManager, requestId: string): Promise<string> {
    const token = newSecret();
    await manager.insert(RequestAccessTokenEntity, { tokenHash: hashSecret(token), requestId });
    return token;
  }

  private async toRequester(
    manager: EntityManager,
    request: SupportRequestEntity,
    template: string,
    render: (language: Language, statusLink: string) => RenderedEmail,
  ): Promise<void> {
    if (!request.requesterEmail) {
      return; // erased, or a request taken by phone without an address
    }
    const token = await this.issueStatusToken(manager, request.id);
    const language = request.requesterLanguage;
    await this.mail.enqueue(
      manager,
      template,
      { address: request.requesterEmail, name: request.requesterName, language },
      render(language, `${this.config.publicBaseUrl}/request/status/${token}`),
    );
  }

  private requestLink(requestId: string): string {
    return `${this.config.publicBaseUrl}/requests/${requestId}`;
  }

  /** An email to an (active) agent, in their language. */
  private async toAgent(
    manager: EntityManager,
    userId: string,
    template: string,
    render: (language: Language) => RenderedEmail,
  ): Promise<void> {
    const agent = await manager.findOne(UserEntity, {
      where: { id: userId, isActive: true },
      select: { id: true, email: true, displayName: true, preferredLanguage: true },
    });
    if (agent) {
      await this.mail.enqueue(
        manager,
        template,
        { address: agent.email, name: agent.displayName, language: agent.preferredLanguage },
        render(agent.preferredLanguage),
      );
    }
  }
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language';
import { PageOf } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { OUTBOX_STATUSES, type OutboxEmailEntity, type OutboxStatus } from '../outbox-email.entity';

export class OutboxEmailDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: 'password_setup' })
  template: string;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty()
  toAddress: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ enum: OUTBOX_STATUSES, description: 'captured: stored only, SMTP is not configured' })
  status: OutboxStatus;

  @ApiProperty()
  attempts: number;

  @ApiProperty({ format: 'date-time' })
  nextAttemptAt: string;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt: string | null;
}

export class OutboxEmailDetailDto extends OutboxEmailDto {
  @ApiProperty()
  textBody: string;

  @ApiProperty()
  htmlBody: string;
}

export const OutboxEmailPageDto = PageOf(OutboxEmailDto, 'OutboxEmailPage');

export class OutboxListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;
}

export function toOutboxEmailDto(email: OutboxEmailEntity): OutboxEmailDto {
  return {
    id: email.id,
    createdAt: email.createdAt.toISOString(),
    template: email.template,
    language: email.language,
    toAddress: email.toAddress,
    subject: email.subject,
    status: email.status,
    attempts: email.attempts,
    nextAttemptAt: email.nextAttemptAt.toISOString(),
    lastError: email.lastError,
    sentAt: email.sentAt?.toISOString() ?? null,
  };
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AllowRoles } from '../common/auth/access.decorators';
import { RecordNotFoundError } from '../common/errors/domain-error';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import {
  OutboxEmailDetailDto,
  type OutboxEmailDto,
  OutboxEmailPageDto,
  OutboxListQueryDto,
  toOutboxEmailDto,
} from './dto/outbox-email.dto';
import { OutboxEmailEntity } from './outbox-email.entity';

/** Coordinators see every outgoing email and its delivery state (and read captured ones in development). */
@ApiTags('mail')
@Controller('v1/outbox-emails')
@AllowRoles('coordinator')
export class OutboxController {
  constructor(@InjectRepository(OutboxEmailEntity) private readonly emails: Repository<OutboxEmailEntity>) {}

  @Get()
  @ApiOkResponse({ type: OutboxEmailPageDto })
  @ApiProblemResponses(400, 401, 403)
  async list(@Query() query: OutboxListQueryDto): Promise<Page<OutboxEmailDto>> {
    const [rows, total] = await this.emails.findAndCount({
      where: query.status ? { status: query.status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return { items: rows.map(toOutboxEmailDto), total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @ApiOkResponse({ type: OutboxEmailDetailDto })
  @ApiProblemResponses(400, 401, 403, 404)
  async get(@Param() { id }: UuidParamDto): Promise<OutboxEmailDetailDto> {
    const email = await this.emails.findOneBy({ id });
    if (!email) {
      throw new RecordNotFoundError('email', id);
    }
    return { ...toOutboxEmailDto(email), textBody: email.textBody, htmlBody: email.htmlBody };
  }
}

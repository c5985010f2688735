import { Controller, Get, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { AuditEventsService } from './audit-events.service';
import {
  type AuditEventDto,
  AuditEventListQueryDto,
  AuditEventPageDto,
  FieldChangeDto,
} from './dto/audit-event.dto';

@ApiTags('audit')
@ApiExtraModels(FieldChangeDto)
@Controller('v1/audit-events')
@AllowRoles('coordinator')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @ApiOkResponse({ type: AuditEventPageDto })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: AuditEventListQueryDto): Promise<Page<AuditEventDto>> {
    return this.events.list(query);
  }
}

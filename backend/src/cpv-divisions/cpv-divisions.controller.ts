import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/access.decorators';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { CpvDivisionsService } from './cpv-divisions.service';
import { type CpvDivisionDto, CpvDivisionPageDto } from './dto/cpv-division.dto';
import { CpvDivisionListQueryDto } from './dto/cpv-division-list-query.dto';

@ApiTags('reference data')
@Controller('v1/cpv-divisions')
@Public()
export class CpvDivisionsController {
  constructor(private readonly divisions: CpvDivisionsService) {}

  @Get()
  @ApiOkResponse({ type: CpvDivisionPageDto })
  @ApiProblemResponses(400)
  list(@Query() query: CpvDivisionListQueryDto): Promise<Page<CpvDivisionDto>> {
    return this.divisions.list(query);
  }
}

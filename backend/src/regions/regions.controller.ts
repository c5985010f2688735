import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/access.decorators';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { RegionDto, RegionPageDto } from './dto/region.dto';
import { RegionCodeParamDto } from './dto/region-code-param.dto';
import { RegionListQueryDto } from './dto/region-list-query.dto';
import { RegionsService } from './regions.service';

@ApiTags('reference data')
@Controller('v1/regions')
@Public()
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOkResponse({ type: RegionPageDto })
  @ApiProblemResponses(400)
  list(@Query() query: RegionListQueryDto): Promise<Page<RegionDto>> {
    return this.regions.list(query);
  }

  @Get(':code')
  @ApiOkResponse({ type: RegionDto })
  @ApiProblemResponses(400, 404)
  get(@Param() { code }: RegionCodeParamDto): Promise<RegionDto> {
    return this.regions.get(code);
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/access.decorators';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { MunicipalityDto, MunicipalityPageDto } from './dto/municipality.dto';
import { MunicipalityCodeParamDto } from './dto/municipality-code-param.dto';
import { MunicipalityListQueryDto } from './dto/municipality-list-query.dto';
import { MunicipalitiesService } from './municipalities.service';

@ApiTags('reference data')
@Controller('v1/municipalities')
@Public()
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @ApiOkResponse({ type: MunicipalityPageDto })
  @ApiProblemResponses(400)
  list(@Query() query: MunicipalityListQueryDto): Promise<Page<MunicipalityDto>> {
    return this.municipalities.list(query);
  }

  @Get(':code')
  @ApiOkResponse({ type: MunicipalityDto })
  @ApiProblemResponses(400, 404)
  get(@Param() { code }: MunicipalityCodeParamDto): Promise<MunicipalityDto> {
    return this.municipalities.get(code);
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { accessScopeOf } from '../common/auth/access-scope';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { UnitDto, UnitPageDto } from './dto/unit.dto';
import { UnitListQueryDto } from './dto/unit-list-query.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('v1/units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @AllowRoles('agent', 'unit', 'coordinator', 'ministry')
  @ApiOkResponse({ type: UnitPageDto })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: UnitListQueryDto, @CurrentActor() actor: Actor): Promise<Page<UnitDto>> {
    return this.units.list(query, accessScopeOf(actor.principal));
  }

  @Get(':id')
  @AllowRoles('agent', 'unit', 'coordinator', 'ministry')
  @ApiOkResponse({ type: UnitDto })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<UnitDto> {
    return this.units.get(id, accessScopeOf(actor.principal));
  }
}

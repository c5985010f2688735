import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { accessScopeOf } from '../common/auth/access-scope';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { UnitDeletionDto } from './dto/unit-deletion.dto';
import { UnitDto, UnitPageDto, UnitTypeaheadItemDto } from './dto/unit.dto';
import { UnitListQueryDto, UnitTypeaheadQueryDto } from './dto/unit-list-query.dto';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit-requests.dto';
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

  @Get('typeahead')
  @AllowRoles('agent', 'unit', 'coordinator', 'ministry')
  @ApiOkResponse({ type: [UnitTypeaheadItemDto] })
  @ApiProblemResponses(400, 401, 403)
  typeahead(
    @Query() query: UnitTypeaheadQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitTypeaheadItemDto[]> {
    return this.units.typeahead(query, accessScopeOf(actor.principal));
  }

  @Post()
  @AllowRoles('agent', 'coordinator')
  @ApiCreatedResponse({ type: UnitDto })
  @ApiProblemResponses(400, 401, 403, 409)
  create(@Body() body: CreateUnitDto, @CurrentActor() actor: Actor): Promise<UnitDto> {
    return this.units.create(body, actor, accessScopeOf(actor.principal));
  }

  @Get(':id')
  @AllowRoles('agent', 'unit', 'coordinator', 'ministry')
  @ApiOkResponse({ type: UnitDto })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<UnitDto> {
    return this.units.get(id, accessScopeOf(actor.principal));
  }

  @Patch(':id')
  @AllowRoles('agent', 'coordinator')
  @ApiOkResponse({ type: UnitDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() { id }: UuidParamDto,
    @Body() body: UpdateUnitDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitDto> {
    return this.units.update(id, body, actor, accessScopeOf(actor.principal));
  }

  @Delete(':id')
  @AllowRoles('agent', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: UnitDeletionDto, description: 'Deleted, or deactivated when the unit has history' })
  @ApiProblemResponses(400, 401, 403, 404)
  remove(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<UnitDeletionDto> {
    return this.units.remove(id, actor, accessScopeOf(actor.principal));
  }
}

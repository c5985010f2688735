import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { activityScopeOf } from './activity-scope';
import { ActivitiesService } from './activities.service';
import { CreateActivityDto, UpdateActivityDto } from './dto/activity-commands.dto';
import { ActivityFiltersDto, ActivityListQueryDto } from './dto/activity-list-query.dto';
import { ActivityDto, ActivityPageDto, ActivitySummaryDto } from './dto/activity.dto';

/**
 * The advice log. Agents and coordinators only: notes are internal, and ministry users see activities
 * only as aggregates in the dashboards.
 */
@ApiTags('activities')
@Controller('v1/activities')
@AllowRoles('agent', 'coordinator')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  @ApiOkResponse({ type: ActivityPageDto })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: ActivityListQueryDto, @CurrentActor() actor: Actor): Promise<Page<ActivityDto>> {
    return this.activities.list(query, activityScopeOf(actor.principal));
  }

  @Get('summary')
  @ApiOkResponse({ type: ActivitySummaryDto, description: 'Totals of the activities matching the filters' })
  @ApiProblemResponses(400, 401, 403)
  summary(@Query() query: ActivityFiltersDto, @CurrentActor() actor: Actor): Promise<ActivitySummaryDto> {
    return this.activities.summary(query, activityScopeOf(actor.principal));
  }

  @Post()
  @ApiCreatedResponse({ type: ActivityDto })
  @ApiProblemResponses(400, 401, 403)
  create(@Body() body: CreateActivityDto, @CurrentActor() actor: Actor): Promise<ActivityDto> {
    return this.activities.create(body, actor, activityScopeOf(actor.principal));
  }

  @Get(':id')
  @ApiOkResponse({ type: ActivityDto })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<ActivityDto> {
    return this.activities.get(id, activityScopeOf(actor.principal));
  }

  @Patch(':id')
  @ApiOkResponse({ type: ActivityDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() { id }: UuidParamDto,
    @Body() body: UpdateActivityDto,
    @CurrentActor() actor: Actor,
  ): Promise<ActivityDto> {
    return this.activities.update(id, body, actor, activityScopeOf(actor.principal));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 401, 403, 404)
  async delete(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<void> {
    await this.activities.delete(id, actor, activityScopeOf(actor.principal));
  }
}

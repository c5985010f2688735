import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import {
  AssignRequestDto,
  CreateRequestDto,
  RatingDto,
  TimelineEntryDto,
  TransitionRequestDto,
  UpdateRequestDto,
} from './dto/request-commands.dto';
import { RequestListQueryDto } from './dto/request-list-query.dto';
import { RequestDto, type RequestListItemDto, RequestPageDto } from './dto/request.dto';
import { RequestActionsService } from './request-actions.service';
import { requestScopeOf } from './request-scope';
import { RequestsService } from './requests.service';

/**
 * Support requests in the app: staff see those of their regions (coordinators all), unit users their
 * unit's. Ministry users see no individual request (only aggregates, in the dashboards).
 */
@ApiTags('requests')
@Controller('v1/requests')
@AllowRoles('agent', 'unit', 'coordinator')
export class RequestsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly actions: RequestActionsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: RequestPageDto })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: RequestListQueryDto, @CurrentActor() actor: Actor): Promise<Page<RequestListItemDto>> {
    return this.requests.list(query, requestScopeOf(actor.principal));
  }

  @Post()
  @ApiCreatedResponse({ type: RequestDto, description: 'Routed to the region agent, or to the queue' })
  @ApiProblemResponses(400, 401, 403)
  create(@Body() body: CreateRequestDto, @CurrentActor() actor: Actor): Promise<RequestDto> {
    return this.requests.create(body, actor, requestScopeOf(actor.principal));
  }

  @Get(':id')
  @ApiOkResponse({ type: RequestDto })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<RequestDto> {
    return this.requests.get(id, requestScopeOf(actor.principal));
  }

  @Patch(':id')
  @AllowRoles('agent', 'coordinator')
  @ApiOkResponse({ type: RequestDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() { id }: UuidParamDto,
    @Body() body: UpdateRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<RequestDto> {
    return this.requests.update(id, body, actor, requestScopeOf(actor.principal));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto, description: 'The request after the change' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  transition(
    @Param() { id }: UuidParamDto,
    @Body() body: TransitionRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<RequestDto> {
    return this.actions.transition(id, body, actor, requestScopeOf(actor.principal));
  }

  @Post(':id/assignment')
  @AllowRoles('coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto, description: 'Reassigned; the timeline records it with the reason' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  assign(
    @Param() { id }: UuidParamDto,
    @Body() body: AssignRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<RequestDto> {
    return this.actions.assign(id, body, actor, requestScopeOf(actor.principal));
  }

  @Post(':id/timeline')
  @ApiCreatedResponse({ type: RequestDto, description: 'The request with the new entry' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  addEntry(
    @Param() { id }: UuidParamDto,
    @Body() body: TimelineEntryDto,
    @CurrentActor() actor: Actor,
  ): Promise<RequestDto> {
    return this.actions.addEntry(id, body, actor, requestScopeOf(actor.principal));
  }

  @Post(':id/rating')
  @AllowRoles('unit')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  rate(
    @Param() { id }: UuidParamDto,
    @Body() body: RatingDto,
    @CurrentActor() actor: Actor,
  ): Promise<RequestDto> {
    return this.actions.rateInApp(id, body, actor, requestScopeOf(actor.principal));
  }
}

import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { CreateFollowUpDto, UpdateFollowUpDto } from './dto/follow-up-commands.dto';
import { FollowUpListQueryDto } from './dto/follow-up-list-query.dto';
import { FollowUpDto, FollowUpPageDto } from './dto/follow-up.dto';
import { followUpScopeOf } from './follow-up-scope';
import { FollowUpsService } from './follow-ups.service';

@ApiTags('follow-ups')
@Controller('v1/follow-ups')
@AllowRoles('agent', 'coordinator')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @ApiOkResponse({ type: FollowUpPageDto })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: FollowUpListQueryDto, @CurrentActor() actor: Actor): Promise<Page<FollowUpDto>> {
    return this.followUps.list(query, followUpScopeOf(actor.principal));
  }

  @Post()
  @ApiCreatedResponse({ type: FollowUpDto })
  @ApiProblemResponses(400, 401, 403)
  create(@Body() body: CreateFollowUpDto, @CurrentActor() actor: Actor): Promise<FollowUpDto> {
    return this.followUps.create(body, actor, followUpScopeOf(actor.principal));
  }

  @Get(':id')
  @ApiOkResponse({ type: FollowUpDto })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<FollowUpDto> {
    return this.followUps.get(id, followUpScopeOf(actor.principal));
  }

  @Patch(':id')
  @ApiOkResponse({
    type: FollowUpDto,
    description: 'Done on a recurring follow-up also creates the next one',
  })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() { id }: UuidParamDto,
    @Body() body: UpdateFollowUpDto,
    @CurrentActor() actor: Actor,
  ): Promise<FollowUpDto> {
    return this.followUps.update(id, body, actor, followUpScopeOf(actor.principal));
  }
}

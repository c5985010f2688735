import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { AgentsService } from './agents.service';
import { AgentDto, AgentPageDto } from './dto/agent.dto';
import { AgentListQueryDto, CreateAssignmentDto, UpdateAgentDto } from './dto/agent-requests.dto';
import { AssignmentDto } from './dto/assignment.dto';

@ApiTags('agents')
@Controller('v1/agents')
@AllowRoles('coordinator')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  @Get()
  @ApiOkResponse({ type: AgentPageDto })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: AgentListQueryDto): Promise<Page<AgentDto>> {
    return this.agents.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AgentDto })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() { id }: UuidParamDto): Promise<AgentDto> {
    return this.agents.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AgentDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() { id }: UuidParamDto,
    @Body() body: UpdateAgentDto,
    @CurrentActor() actor: Actor,
  ): Promise<AgentDto> {
    return this.agents.update(id, body, actor);
  }

  @Post(':id/assignments')
  @ApiCreatedResponse({ type: AssignmentDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  createAssignment(
    @Param() { id }: UuidParamDto,
    @Body() body: CreateAssignmentDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentDto> {
    return this.agents.createAssignment(id, body, actor);
  }
}

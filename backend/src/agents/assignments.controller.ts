import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { AgentsService } from './agents.service';
import { AssignmentListQueryDto, UpdateAssignmentDto } from './dto/agent-requests.dto';
import { AssignmentDto, AssignmentPageDto } from './dto/assignment.dto';

@ApiTags('assignments')
@Controller('v1/assignments')
@AllowRoles('coordinator')
export class AssignmentsController {
  constructor(private readonly agents: AgentsService) {}

  @Get()
  @ApiOkResponse({ type: AssignmentPageDto })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: AssignmentListQueryDto): Promise<Page<AssignmentDto>> {
    return this.agents.listAssignments(query);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AssignmentDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() { id }: UuidParamDto,
    @Body() body: UpdateAssignmentDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentDto> {
    return this.agents.updateAssignment(id, body, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 401, 403, 404)
  remove(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.agents.removeAssignment(id, actor);
  }
}

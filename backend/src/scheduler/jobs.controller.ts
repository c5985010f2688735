import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { JobDto, JobNameParamDto, JobRunDto } from './dto/job.dto';
import { JobRunnerService } from './job-runner.service';

/** The scheduled jobs: when each last ran and what it did; coordinators can run one now. */
@ApiTags('jobs')
@Controller('v1/jobs')
@AllowRoles('coordinator')
export class JobsController {
  constructor(private readonly runner: JobRunnerService) {}

  @Get()
  @ApiOkResponse({ type: [JobDto] })
  @ApiProblemResponses(401, 403)
  list(): Promise<JobDto[]> {
    return this.runner.list();
  }

  @Post(':name/run')
  @HttpCode(200)
  @ApiOkResponse({ type: JobRunDto, description: 'The run, finished (succeeded or failed)' })
  @ApiProblemResponses(400, 401, 403, 404)
  run(@Param() { name }: JobNameParamDto, @CurrentActor() actor: Actor): Promise<JobRunDto> {
    return this.runner.runNow(name, actor);
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { JOB_RUN_STATUSES, JOB_RUN_TRIGGERS, type JobRunStatus, type JobRunTrigger } from '../job-run.entity';
import { JOB_NAMES, type JobName } from '../scheduled-job';

export class JobRunDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: JOB_NAMES })
  jobName: JobName;

  @ApiProperty({ enum: JOB_RUN_TRIGGERS, description: 'baseline: recorded at first start, nothing was run' })
  trigger: JobRunTrigger;

  @ApiProperty({ enum: JOB_RUN_STATUSES })
  status: JobRunStatus;

  @ApiProperty({ format: 'date-time', description: 'The scheduled instant the run was for' })
  slot: string;

  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    example: { emails: 3 },
  })
  result: Record<string, number> | null;

  @ApiProperty({ type: String, nullable: true })
  error: string | null;
}

export class JobDto {
  @ApiProperty({ enum: JOB_NAMES })
  name: JobName;

  @ApiProperty({ example: '0 7 * * 1', description: 'Cron expression, Europe/Helsinki' })
  cron: string;

  @ApiProperty({ format: 'date-time' })
  nextRunAt: string;

  @ApiProperty({ type: JobRunDto, nullable: true })
  lastRun: JobRunDto | null;

  @ApiProperty({ type: [JobRunDto], description: 'The latest runs, newest first (at most 10)' })
  recentRuns: JobRunDto[];
}

export class JobNameParamDto {
  @ApiProperty({ enum: JOB_NAMES })
  @IsString()
  @MaxLength(40)
  name: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../common/i18n/localized-text.dto';
import { REQUEST_STATUSES } from '../../requests/request-workflow';

export class AgentDashboardQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Coordinators only: the agent whose dashboard to show',
  })
  @IsOptional()
  @IsUUID('all')
  agentId?: string;
}

export const REQUEST_AGE_BUCKETS = [
  'underOneWeek',
  'oneToFourWeeks',
  'oneToThreeMonths',
  'overThreeMonths',
] as const;
export type RequestAgeBucket = (typeof REQUEST_AGE_BUCKETS)[number];

export class StatusCountDto {
  @ApiProperty({ enum: REQUEST_STATUSES })
  status: string;

  @ApiProperty()
  count: number;
}

export class AgeCountDto {
  @ApiProperty({
    enum: REQUEST_AGE_BUCKETS,
    description: 'Days since submission: under 7, 7–27, 28–89, 90 or more',
  })
  bucket: RequestAgeBucket;

  @ApiProperty({
    format: 'date',
    description: 'Submitted on or after (inclusive)',
    nullable: true,
    type: String,
  })
  submittedFrom: string | null;

  @ApiProperty({
    format: 'date',
    description: 'Submitted on or before (inclusive)',
    nullable: true,
    type: String,
  })
  submittedTo: string | null;

  @ApiProperty()
  count: number;
}

export class OpenRequestsDto {
  @ApiProperty()
  total: number;

  @ApiProperty({ type: [StatusCountDto], description: 'Every open status, zero included' })
  byStatus: StatusCountDto[];

  @ApiProperty({ type: [AgeCountDto], description: 'Every age bucket, zero included' })
  byAge: AgeCountDto[];
}

export class SlaClockCountsDto {
  @ApiProperty()
  atRisk: number;

  @ApiProperty()
  breached: number;
}

export class AgentSlaDto {
  @ApiProperty({ description: 'Open requests at risk (either clock, not breached)' })
  atRisk: number;

  @ApiProperty({ description: 'Open requests breached (either clock)' })
  breached: number;

  @ApiProperty({ type: SlaClockCountsDto })
  firstResponse: SlaClockCountsDto;

  @ApiProperty({ type: SlaClockCountsDto })
  resolution: SlaClockCountsDto;
}

export class AgentFollowUpCountsDto {
  @ApiProperty()
  overdue: number;

  @ApiProperty()
  dueToday: number;

  @ApiProperty({ description: 'Due from tomorrow to Sunday' })
  dueLaterThisWeek: number;
}

export class AgentHoursDto {
  @ApiProperty({ example: '2026-11' })
  month: string;

  @ApiProperty({ description: 'Hours logged by the agent this month (one decimal)' })
  logged: number;

  @ApiProperty({ description: 'Monthly capacity in hours' })
  capacity: number;
}

export class AgentRegionCoverageDto {
  @ApiProperty({ example: '14' })
  code: string;

  @ApiProperty({ type: LocalizedTextDto })
  names: LocalizedTextDto;

  @ApiProperty()
  activeUnits: number;

  @ApiProperty()
  reachedUnits: number;
}

export class AgentCoverageDto {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ description: "Active units of the agent's regions" })
  activeUnits: number;

  @ApiProperty({ description: 'Of those, reached this year (by anyone)' })
  reachedUnits: number;

  @ApiProperty({ nullable: true, type: Number })
  coverage: number | null;

  @ApiProperty({ type: [AgentRegionCoverageDto] })
  regions: AgentRegionCoverageDto[];
}

export class ThemeReachDto {
  @ApiProperty()
  themeCode: string;

  @ApiProperty({ type: LocalizedTextDto })
  labels: LocalizedTextDto;

  @ApiProperty()
  reachedUnits: number;
}

export class WhiteSpotDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameFi: string;

  @ApiProperty({ nullable: true, type: String })
  nameSv: string | null;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  type: string;

  @ApiProperty({ nullable: true, type: Number })
  estimatedAnnualSpend: number | null;

  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Last reached ever, if at all' })
  lastReachedOn: string | null;
}

export class WhiteSpotsDto {
  @ApiProperty({ format: 'date', description: 'Not reached since this date (12 months back)' })
  since: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ description: 'All white spots of the regions' })
  total: number;

  @ApiProperty({ type: [WhiteSpotDto], description: 'The 10 with the largest estimated spend' })
  top: WhiteSpotDto[];
}

/** An agent's workload at a glance (SPEC §4), seen on today (Europe/Helsinki). */
export class AgentDashboardDto {
  @ApiProperty({ format: 'uuid' })
  agentUserId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ format: 'date' })
  today: string;

  @ApiProperty({ type: OpenRequestsDto })
  openRequests: OpenRequestsDto;

  @ApiProperty({ type: AgentSlaDto })
  sla: AgentSlaDto;

  @ApiProperty({ type: AgentFollowUpCountsDto })
  followUps: AgentFollowUpCountsDto;

  @ApiProperty({ type: AgentHoursDto })
  hours: AgentHoursDto;

  @ApiProperty({ type: AgentCoverageDto })
  coverage: AgentCoverageDto;

  @ApiProperty({
    type: [ThemeReachDto],
    description: "Units of the agent's regions reached this year, per theme",
  })
  reachByTheme: ThemeReachDto[];

  @ApiProperty({ type: WhiteSpotsDto })
  whiteSpots: WhiteSpotsDto;
}

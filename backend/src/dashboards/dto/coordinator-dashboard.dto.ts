import { ApiProperty } from '@nestjs/swagger';

export class AgentWorkloadDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ type: [String], description: 'Regions covered today', example: ['14'] })
  regionCodes: string[];

  @ApiProperty()
  openRequests: number;

  @ApiProperty()
  atRisk: number;

  @ApiProperty()
  breached: number;

  @ApiProperty()
  overdueFollowUps: number;

  @ApiProperty({ description: 'Hours logged this month (one decimal)' })
  hoursThisMonth: number;

  @ApiProperty()
  capacityHours: number;
}

export class QueueItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  number: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ nullable: true, type: String })
  regionCode: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The unit, or what the requester wrote of it' })
  unitName: string | null;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ format: 'date-time' })
  firstResponseDueAt: string;

  @ApiProperty({ enum: ['onTrack', 'atRisk', 'breached'] })
  slaState: 'onTrack' | 'atRisk' | 'breached';
}

export class RequestQueueDto {
  @ApiProperty({ description: 'New requests with no agent' })
  total: number;

  @ApiProperty()
  atRisk: number;

  @ApiProperty()
  breached: number;

  @ApiProperty({ type: [QueueItemDto], description: 'The 25 oldest' })
  items: QueueItemDto[];
}

/** Workload per agent and the unassigned queue, for rebalancing work. */
export class CoordinatorDashboardDto {
  @ApiProperty({ format: 'date' })
  today: string;

  @ApiProperty({ example: '2026-11' })
  month: string;

  @ApiProperty({ type: [AgentWorkloadDto], description: 'Active agents, by name' })
  agents: AgentWorkloadDto[];

  @ApiProperty({ type: [String], description: 'Regions with no active agent today' })
  regionsWithoutAgent: string[];

  @ApiProperty({ type: RequestQueueDto })
  queue: RequestQueueDto;
}

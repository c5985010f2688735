import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../common/i18n/localized-text.dto';

/** Reach, requests, hours and service levels of a period, for the nation, a region or a slice (SPEC §4). */
export class PeriodFiguresDto {
  @ApiProperty({ description: 'Active units (today)' })
  activeUnits: number;

  @ApiProperty({ description: 'Active units with an activity or a resolved request in the period' })
  reachedUnits: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'reachedUnits / activeUnits (0–1); null without units',
  })
  coverage: number | null;

  @ApiProperty({ description: 'Requests submitted in the period' })
  requestsReceived: number;

  @ApiProperty({ description: 'Requests resolved in the period' })
  requestsResolved: number;

  @ApiProperty({
    description:
      'Hours of advice logged in the period (one decimal). An activity reaching units of several regions counts in each region in equal shares.',
  })
  hours: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Median first-response time in Finnish business days of the requests first answered in the period; null when none',
  })
  medianFirstResponseBusinessDays: number | null;

  @ApiProperty({
    description: 'Requests resolved in the period whose first response and resolution were on time',
  })
  slaMet: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'slaMet / requestsResolved (0–1); null when none',
  })
  slaCompliance: number | null;
}

export class PeriodDto {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date', description: 'Inclusive' })
  to: string;
}

export class ReachByUnitTypeDto {
  @ApiProperty({ example: 'municipality' })
  type: string;

  @ApiProperty()
  activeUnits: number;

  @ApiProperty()
  reachedUnits: number;
}

export class ReachByThemeDto {
  @ApiProperty({ example: 'climate_low_carbon' })
  themeCode: string;

  @ApiProperty({ type: LocalizedTextDto })
  labels: LocalizedTextDto;

  @ApiProperty({
    description: 'Active units reached on the theme (an activity or a resolved request with it)',
  })
  reachedUnits: number;

  @ApiProperty({ description: 'Activities with the theme' })
  activities: number;

  @ApiProperty({ description: 'Requests received with the theme' })
  requestsReceived: number;
}

export class MonthlyTrendDto {
  @ApiProperty({ example: '2026-03' })
  month: string;

  @ApiProperty({ description: 'Active units reached in the month (within the period)' })
  reachedUnits: number;

  @ApiProperty()
  requestsReceived: number;

  @ApiProperty()
  requestsResolved: number;

  @ApiProperty()
  hours: number;
}

export class AgentRefDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;
}

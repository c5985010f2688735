import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../common/i18n/localized-text.dto';
import {
  AgentRefDto,
  MonthlyTrendDto,
  PeriodDto,
  PeriodFiguresDto,
  ReachByThemeDto,
  ReachByUnitTypeDto,
} from './dashboard-figures.dto';

export class RegionFiguresDto extends PeriodFiguresDto {
  @ApiProperty({ example: '01' })
  code: string;

  @ApiProperty({ type: LocalizedTextDto })
  names: LocalizedTextDto;

  @ApiProperty({ description: "An active agent covers the region on the period's last day (or today)" })
  hasAgent: boolean;

  @ApiPropertyOptional({ type: AgentRefDto, nullable: true, description: 'Who: coordinators only' })
  agent?: AgentRefDto | null;
}

export class NationalTotalsDto extends PeriodFiguresDto {
  @ApiProperty({ description: 'Regions with an active agent' })
  regionsWithAgent: number;

  @ApiProperty()
  regionCount: number;
}

/** National coverage (SPEC §4): aggregates only, the same for ministry users and coordinators but for `agent`. */
export class NationalDashboardDto {
  @ApiProperty({ type: PeriodDto })
  period: PeriodDto;

  @ApiProperty({ type: PeriodDto, description: 'The previous period of the same length' })
  previousPeriod: PeriodDto;

  @ApiProperty({ type: NationalTotalsDto })
  totals: NationalTotalsDto;

  @ApiProperty({ type: NationalTotalsDto })
  previousTotals: NationalTotalsDto;

  @ApiProperty({ type: [RegionFiguresDto] })
  regions: RegionFiguresDto[];

  @ApiProperty({ type: [ReachByUnitTypeDto] })
  byUnitType: ReachByUnitTypeDto[];

  @ApiProperty({ type: [ReachByThemeDto] })
  byTheme: ReachByThemeDto[];

  @ApiProperty({ type: [MonthlyTrendDto] })
  trend: MonthlyTrendDto[];
}

export class AgentPeriodDto {
  @ApiProperty({ format: 'date' })
  validFrom: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  validTo: string | null;

  @ApiPropertyOptional({ type: AgentRefDto, description: 'Who: coordinators only' })
  agent?: AgentRefDto;
}

/** One region's figures over time and its agents' history. */
export class RegionDashboardDto {
  @ApiProperty({ example: '01' })
  code: string;

  @ApiProperty({ type: LocalizedTextDto })
  names: LocalizedTextDto;

  @ApiProperty({ type: PeriodDto })
  period: PeriodDto;

  @ApiProperty({ type: PeriodDto })
  previousPeriod: PeriodDto;

  @ApiProperty({ type: PeriodFiguresDto })
  totals: PeriodFiguresDto;

  @ApiProperty({ type: PeriodFiguresDto })
  previousTotals: PeriodFiguresDto;

  @ApiProperty({ type: [ReachByUnitTypeDto] })
  byUnitType: ReachByUnitTypeDto[];

  @ApiProperty({ type: [ReachByThemeDto] })
  byTheme: ReachByThemeDto[];

  @ApiProperty({ type: [MonthlyTrendDto] })
  trend: MonthlyTrendDto[];

  @ApiProperty({ type: [AgentPeriodDto], description: 'Assignment periods of the region, newest first' })
  agents: AgentPeriodDto[];
}

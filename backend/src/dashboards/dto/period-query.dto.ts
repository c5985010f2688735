import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../../exports/tabular-export';
import { IsCalendarDate } from '../../common/validation/calendar-date.decorator';

export class PeriodQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Default: 1 January of the current year' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Inclusive. Default: 31 December of the year of `from`',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class NationalExportQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat = 'csv';
}

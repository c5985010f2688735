import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { IsCalendarDate } from '../../common/validation/calendar-date.decorator';
import { Transform } from 'class-transformer';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

export class AgentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: '01', description: 'Agents assigned to this region today' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  isActive?: boolean;
}

export class UpdateAgentDto {
  @ApiProperty({ description: 'The version you loaded (optimistic locking)' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  hostOrganisation?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 744 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(744)
  monthlyCapacityHours?: number;
}

export class CreateAssignmentDto {
  @ApiProperty({ example: '01' })
  @IsRegionCode()
  regionCode: string;

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: 'Inclusive; omit for open-ended',
  })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;
}

export class UpdateAssignmentDto {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: 'null makes it open-ended',
  })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsCalendarDate()
  validTo?: string | null;
}

export class AssignmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Type(() => String)
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'agentUserId must be a UUID' })
  agentUserId?: string;
}

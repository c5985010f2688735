import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsFinnishBusinessId } from '../../common/validation/business-id.decorator';
import { UNIT_TYPES, type UnitType } from '../unit-types';
import { trimmed } from '../../common/validation/transforms';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

export class CreateUnitDto {
  @ApiProperty({ example: 'Helsingin kaupunki' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  nameFi: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Helsingfors stad' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(300)
  nameSv?: string | null;

  @ApiProperty({ example: '0201256-6' })
  @Transform(trimmed)
  @IsFinnishBusinessId()
  businessId: string;

  @ApiProperty({ enum: UNIT_TYPES })
  @IsIn(UNIT_TYPES)
  type: UnitType;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '091',
    description: 'The region is derived from it',
  })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be a three-digit municipality code' })
  municipalityCode?: string | null;

  @ApiPropertyOptional({
    example: '01',
    description: 'Only when it differs from the municipality region or no municipality',
  })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1250000.00',
    description: 'Euros as a decimal string',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Matches(MONEY, { message: 'estimatedAnnualSpend must be euros as a decimal string, e.g. 1250000.00' })
  estimatedAnnualSpend?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.hel.fi' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address' },
  )
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;
}

export class UpdateUnitDto {
  @ApiProperty({ description: 'The version you loaded (optimistic locking)' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  nameFi?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Transform(trimmed)
  @IsString()
  @MaxLength(300)
  nameSv?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsFinnishBusinessId()
  businessId?: string;

  @ApiPropertyOptional({ enum: UNIT_TYPES })
  @IsOptional()
  @IsIn(UNIT_TYPES)
  type?: UnitType;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be a three-digit municipality code' })
  municipalityCode?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Matches(MONEY, { message: 'estimatedAnnualSpend must be euros as a decimal string, e.g. 1250000.00' })
  estimatedAnnualSpend?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address' },
  )
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;
}

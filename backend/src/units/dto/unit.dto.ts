import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination/page.dto';
import { UNIT_TYPES, type UnitType } from '../unit-types';
import type { UnitEntity } from '../unit.entity';

export class UnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Helsingin kaupunki' })
  nameFi: string;

  @ApiProperty({ type: String, nullable: true, example: 'Helsingfors stad' })
  nameSv: string | null;

  @ApiProperty({ example: '0201256-6', description: 'Finnish business ID (Y-tunnus)' })
  businessId: string;

  @ApiProperty({ enum: UNIT_TYPES })
  type: UnitType;

  @ApiProperty({ type: String, nullable: true, example: '091' })
  municipalityCode: string | null;

  @ApiProperty({ example: '01' })
  regionCode: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '125000000.00',
    description: 'Euros, decimal string',
  })
  estimatedAnnualSpend: string | null;

  @ApiProperty({ type: String, nullable: true })
  website: string | null;

  @ApiProperty()
  isActive: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ description: 'Send it back when updating (optimistic locking)' })
  version: number;
}

export class UnitTypeaheadItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameFi: string;

  @ApiProperty({ type: String, nullable: true })
  nameSv: string | null;

  @ApiProperty()
  businessId: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  isActive: boolean;
}

export const UnitPageDto = PageOf(UnitDto, 'UnitPage');

export function toUnitDto(unit: UnitEntity): UnitDto {
  return {
    id: unit.id,
    nameFi: unit.nameFi,
    nameSv: unit.nameSv,
    businessId: unit.businessId,
    type: unit.type,
    municipalityCode: unit.municipalityCode,
    regionCode: unit.regionCode,
    estimatedAnnualSpend: unit.estimatedAnnualSpend,
    website: unit.website,
    isActive: unit.isActive,
    createdAt: unit.createdAt.toISOString(),
    updatedAt: unit.updatedAt.toISOString(),
    version: unit.version,
  };
}

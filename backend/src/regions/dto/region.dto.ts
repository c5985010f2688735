import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../common/i18n/localized-text.dto';
import { PageOf } from '../../common/pagination/page.dto';
import type { RegionEntity } from '../region.entity';

export class RegionDto {
  @ApiProperty({
    example: '01',
    description:
      "Region code: Finland's official two-digit maakunta code, or a NUTS-3-like code (2–5 characters)",
  })
  code: string;

  @ApiProperty({ example: 'FI1B1', description: 'NUTS-3 code (2024 classification)' })
  nuts3Code: string;

  @ApiProperty({ type: LocalizedTextDto })
  names: LocalizedTextDto;
}

export const RegionPageDto = PageOf(RegionDto, 'RegionPage');

export function toRegionDto(region: RegionEntity): RegionDto {
  return {
    code: region.code,
    nuts3Code: region.nuts3Code,
    names: { fi: region.nameFi, sv: region.nameSv, en: region.nameEn },
  };
}

import { ApiProperty } from '@nestjs/swagger';
import { BilingualTextDto } from '../../common/i18n/localized-text.dto';
import { PageOf } from '../../common/pagination/page.dto';
import type { MunicipalityEntity } from '../municipality.entity';

export class MunicipalityDto {
  @ApiProperty({ example: '091', description: 'Official three-digit municipality code' })
  code: string;

  @ApiProperty({ type: BilingualTextDto })
  names: BilingualTextDto;

  @ApiProperty({ example: '01' })
  regionCode: string;
}

export const MunicipalityPageDto = PageOf(MunicipalityDto, 'MunicipalityPage');

export function toMunicipalityDto(municipality: MunicipalityEntity): MunicipalityDto {
  return {
    code: municipality.code,
    names: { fi: municipality.nameFi, sv: municipality.nameSv },
    regionCode: municipality.regionCode,
  };
}

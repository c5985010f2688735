import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../common/i18n/localized-text.dto';
import { PageOf } from '../../common/pagination/page.dto';
import type { CpvDivisionEntity } from '../cpv-division.entity';

export class CpvDivisionDto {
  @ApiProperty({ example: '45', description: 'Two-digit CPV division' })
  code: string;

  @ApiProperty({ example: '45000000-7', description: 'The division as a full CPV code with check digit' })
  cpvCode: string;

  @ApiProperty({ type: LocalizedTextDto })
  labels: LocalizedTextDto;
}

export const CpvDivisionPageDto = PageOf(CpvDivisionDto, 'CpvDivisionPage');

export function toCpvDivisionDto(division: CpvDivisionEntity): CpvDivisionDto {
  return {
    code: division.code,
    cpvCode: division.cpvCode,
    labels: { fi: division.labelFi, sv: division.labelSv, en: division.labelEn },
  };
}

import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../common/i18n/localized-text.dto';
import { PageOf } from '../../common/pagination/page.dto';
import type { ThemeEntity } from '../theme.entity';

export class ThemeDto {
  @ApiProperty({ example: 'circular_economy', description: 'Stable theme code' })
  code: string;

  @ApiProperty({ type: LocalizedTextDto })
  labels: LocalizedTextDto;
}

export const ThemePageDto = PageOf(ThemeDto, 'ThemePage');

export function toThemeDto(theme: ThemeEntity): ThemeDto {
  return { code: theme.code, labels: { fi: theme.labelFi, sv: theme.labelSv, en: theme.labelEn } };
}

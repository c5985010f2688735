import { ApiProperty } from '@nestjs/swagger';

/** A text in each of the three UI languages. */
export class LocalizedTextDto {
  @ApiProperty({ example: 'Uusimaa' })
  fi: string;

  @ApiProperty({ example: 'Nyland' })
  sv: string;

  @ApiProperty({ example: 'Uusimaa' })
  en: string;
}

/** A name that exists in Finnish and Swedish (municipality names have no English form). */
export class BilingualTextDto {
  @ApiProperty({ example: 'Helsinki' })
  fi: string;

  @ApiProperty({ example: 'Helsingfors' })
  sv: string;
}

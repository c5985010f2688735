import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class RegionCodeParamDto {
  @ApiProperty({ example: '01' })
  @Matches(/^\d{2}$/, { message: 'code must be a two-digit region code' })
  code: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class MunicipalityCodeParamDto {
  @ApiProperty({ example: '091' })
  @Matches(/^\d{3}$/, { message: 'code must be a three-digit municipality code' })
  code: string;
}

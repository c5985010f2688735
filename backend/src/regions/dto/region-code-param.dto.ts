import { ApiProperty } from '@nestjs/swagger';
import { IsRegionCode } from '../../common/validation/region-code.decorator';

export class RegionCodeParamDto {
  @ApiProperty({ example: '01' })
  @IsRegionCode()
  code: string;
}

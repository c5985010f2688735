import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

export class CpvDivisionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Code prefix or words of the label in any language',
    example: 'rakennus',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

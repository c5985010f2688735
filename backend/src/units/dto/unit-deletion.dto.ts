import { ApiProperty } from '@nestjs/swagger';

export class UnitDeletionDto {
  @ApiProperty({ description: 'true: the unit has history and was deactivated instead of deleted' })
  deactivated: boolean;
}

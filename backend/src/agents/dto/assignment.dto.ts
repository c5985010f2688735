import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination/page.dto';

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  agentUserId: string;

  @ApiProperty({ example: 'Aino Agentti' })
  agentDisplayName: string;

  @ApiProperty({ example: '01' })
  regionCode: string;

  @ApiProperty({ example: '2020-01-01', format: 'date' })
  validFrom: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    format: 'date',
    description: 'Inclusive; null: open-ended',
  })
  validTo: string | null;

  @ApiProperty({ description: 'Whether the assignment covers today (Europe/Helsinki)' })
  isCurrent: boolean;
}

export const AssignmentPageDto = PageOf(AssignmentDto, 'AssignmentPage');

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination/page.dto';
import { AssignmentDto } from './assignment.dto';

export class AgentDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  isActive: boolean;

  @ApiProperty({ example: 'Uudenmaan liitto' })
  hostOrganisation: string;

  @ApiProperty({ example: 40 })
  monthlyCapacityHours: number;

  @ApiProperty({ type: [String], example: ['01'], description: 'Regions assigned today' })
  regionCodes: string[];

  @ApiProperty()
  version: number;

  @ApiPropertyOptional({
    type: [AssignmentDto],
    description: 'Every assignment, newest first (single agent only)',
  })
  assignments?: AssignmentDto[];
}

export const AgentPageDto = PageOf(AgentDto, 'AgentPage');

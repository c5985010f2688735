import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageOf } from '../../common/pagination/page.dto';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

export class AuditActorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

export class FieldChangeDto {
  @ApiProperty({ nullable: true, description: 'Any JSON value' })
  old: unknown;

  @ApiProperty({ nullable: true, description: 'Any JSON value' })
  new: unknown;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ type: AuditActorDto, nullable: true })
  actor: AuditActorDto | null;

  @ApiProperty({ example: 'update' })
  action: string;

  @ApiProperty({ example: 'user' })
  entityType: string;

  @ApiProperty()
  entityId: string;

  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/FieldChangeDto' } })
  changes: Record<string, FieldChangeDto>;

  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;
}

export const AuditEventPageDto = PageOf(AuditEventDto, 'AuditEventPage');

export class AuditEventListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, {
    message: 'entityType must be a record type such as user, agent or assignment',
  })
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant (inclusive)' })
  @IsOptional()
  @Type(() => String)
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant (exclusive)' })
  @IsOptional()
  @Type(() => String)
  @IsISO8601({ strict: true })
  to?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '../../common/auth/roles';
import { LANGUAGES, type Language } from '../../common/i18n/language';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { sortValues } from '../../common/pagination/sort';
import { trimmed } from '../../common/validation/transforms';

export const USER_SORT_FIELDS = ['displayName', 'email', 'createdAt'] as const;
const USER_SORTS = sortValues(USER_SORT_FIELDS);

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ enum: USER_SORTS, default: 'displayName' })
  @IsOptional()
  @IsIn(USER_SORTS)
  sort: string = 'displayName';
}

export class CreateUserDto {
  @ApiProperty({ example: 'aino.agentti@example.fi' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Aino Agentti' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  preferredLanguage: Language;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for role unit' })
  @IsOptional()
  @IsUUID('all')
  unitId?: string;

  @ApiPropertyOptional({ description: 'Required for role agent' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  hostOrganisation?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 744, description: 'Required for role agent' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(744)
  monthlyCapacityHours?: number;
}

export class UpdateUserDto {
  @ApiProperty({ description: 'The version you loaded (optimistic locking)' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;

  @ApiPropertyOptional({ description: 'false deactivates: every session and API token of the user ends' })
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  unitId?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../common/auth/roles';
import { LANGUAGES, type Language } from '../../common/i18n/language';
import { PageOf } from '../../common/pagination/page.dto';
import type { UserEntity } from '../user.entity';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'aino.agentti@example.fi' })
  email: string;

  @ApiProperty({ example: 'Aino Agentti' })
  displayName: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ enum: LANGUAGES })
  preferredLanguage: Language;

  @ApiProperty()
  isActive: boolean;

  @ApiProperty({ description: 'Whether the user has set a password' })
  hasPassword: boolean;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The contracting unit of a unit user',
  })
  unitId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ description: 'Send it back when updating (optimistic locking)' })
  version: number;
}

export const UserPageDto = PageOf(UserDto, 'UserPage');

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    preferredLanguage: user.preferredLanguage,
    isActive: user.isActive,
    hasPassword: user.passwordHash !== null,
    unitId: user.unitId,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language';
import { PageOf } from '../../common/pagination/page.dto';
import type { ContactEntity } from '../contact.entity';
import { trimmed } from '../../common/validation/transforms';

const PHONE = /^\+?[0-9 ()-]{5,30}$/;

export class ContactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  unitId: string;

  @ApiProperty({ type: String, nullable: true, description: 'null once erased' })
  name: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ enum: LANGUAGES })
  preferredLanguage: Language;

  @ApiProperty()
  isErased: boolean;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty()
  version: number;
}

export const ContactPageDto = PageOf(ContactDto, 'ContactPage');

export function toContactDto(contact: ContactEntity): ContactDto {
  return {
    id: contact.id,
    unitId: contact.unitId,
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    title: contact.title,
    preferredLanguage: contact.preferredLanguage,
    isErased: contact.erasedAt !== null,
    updatedAt: contact.updatedAt.toISOString(),
    version: contact.version,
  };
}

export class CreateContactDto {
  @ApiProperty({ example: 'Maija Meikäläinen' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'maija.meikalainen@example.fi' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null && value !== '')
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+358 40 123 4567' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null && value !== '')
  @Transform(trimmed)
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Hankintapäällikkö' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fi' })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;
}

export class UpdateContactDto {
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
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null && value !== '')
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null && value !== '')
  @Transform(trimmed)
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;
}

export class PersonalDataExportDto {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: ContactDto })
  contact: ContactDto;

  @ApiProperty({ description: 'The unit the person is a contact of' })
  unit: { id: string; nameFi: string; businessId: string };

  @ApiProperty({
    description: 'The support requests the person made, with what they hold about the person',
    type: 'array',
    items: { type: 'object' },
  })
  supportRequests: {
    number: number;
    title: string;
    status: string;
    submittedAt: string;
    requesterName: string | null;
    requesterEmail: string | null;
    requesterLanguage: string;
  }[];

  @ApiProperty({
    description: 'Every audit event about the person',
    type: 'array',
    items: { type: 'object' },
  })
  auditEvents: { occurredAt: string; action: string; changes: Record<string, unknown> }[];
}

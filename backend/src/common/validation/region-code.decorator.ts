import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** Finland's two-digit codes ('01') and NUTS-3-like codes ('DE111', 'FI1B1'); regions.code is varchar(5). */
export const REGION_CODE_PATTERN = /^[0-9A-Z]{2,5}$/;

/** A region code; the pattern also goes into the property's OpenAPI schema. */
export function IsRegionCode(): PropertyDecorator {
  return applyDecorators(
    Matches(REGION_CODE_PATTERN, {
      message: ({ property }) => `${property} must be a region code (2–5 digits or capital letters)`,
    }),
    ApiProperty({ pattern: REGION_CODE_PATTERN.source }),
  );
}

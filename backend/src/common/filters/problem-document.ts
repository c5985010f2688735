import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError } from '../errors/domain-error';

/** Problem types are documented in docs/api-errors.md; the relative URI names the stable code. */
export function problemTypeUri(code: string): string {
  return `/api/problems/${code.toLowerCase().replaceAll('_', '-')}`;
}

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'pageSize' })
  field: string;

  @ApiProperty({ example: 'max' })
  code: string;

  @ApiProperty({ example: 'pageSize must not be greater than 100' })
  message: string;
}

/** RFC 9457 problem details with the project's extensions `code`, `errors` and `requestId`. */
export class ProblemDocument {
  @ApiProperty({ example: '/api/problems/validation-failed' })
  type: string;

  @ApiProperty({ example: 'Validation failed' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiPropertyOptional()
  detail?: string;

  @ApiPropertyOptional({ example: '/api/v1/regions' })
  instance?: string;

  @ApiProperty({ example: 'VALIDATION_FAILED' })
  code: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: readonly FieldError[];

  @ApiProperty({ example: '5f0c6c1e-4c5b-4bb4-9a4e-6c1f1b0e2d3a' })
  requestId: string;
}

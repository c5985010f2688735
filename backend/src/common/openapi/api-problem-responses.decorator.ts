import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const descriptions: Record<number, string> = {
  400: 'Invalid input; `errors[]` names each field',
  401: 'Not signed in',
  403: 'Not allowed for this role',
  404: 'No such record (or not visible to the caller)',
  409: 'Conflict with the current state',
  429: 'Too many requests',
};

/** Declares the problem+json error responses an endpoint can give, for the OpenAPI document. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDocument' } } },
      }),
    ),
  );
}

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../common/auth/principal';

/**
 * Which follow-ups a caller may see and change: coordinators all; an agent those of the regions assigned
 * to them today and any assigned to them. Unit and ministry users none (refused at the controller).
 */
export type FollowUpScope =
  | { readonly kind: 'all'; readonly userId: string }
  | { readonly kind: 'agent'; readonly userId: string; readonly regionCodes: readonly string[] };

export function followUpScopeOf(principal: Principal): FollowUpScope {
  return principal.role === 'coordinator'
    ? { kind: 'all', userId: principal.userId }
    : { kind: 'agent', userId: principal.userId, regionCodes: principal.regionCodes };
}

export function whereFollowUpInScope<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  scope: FollowUpScope,
): SelectQueryBuilder<T> {
  if (scope.kind === 'all') {
    return builder;
  }
  return scope.regionCodes.length === 0
    ? builder.andWhere(`${alias}.assigneeUserId = :scopeUserId`, { scopeUserId: scope.userId })
    : builder.andWhere(
        `(${alias}.regionCode IN (:...scopeRegionCodes) OR ${alias}.assigneeUserId = :scopeUserId)`,
        {
          scopeRegionCodes: scope.regionCodes,
          scopeUserId: scope.userId,
        },
      );
}

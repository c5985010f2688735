import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../common/auth/principal';

/**
 * Which requests a caller may see: coordinators all; an agent those of the regions assigned to them today
 * and any assigned to them; a unit user their own unit's. Ministry users see no individual request.
 */
export type RequestScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'agent'; readonly userId: string; readonly regionCodes: readonly string[] }
  | { readonly kind: 'unit'; readonly unitId: string }
  | { readonly kind: 'none' };

export function requestScopeOf(principal: Principal): RequestScope {
  switch (principal.role) {
    case 'coordinator':
      return { kind: 'all' };
    case 'agent':
      return { kind: 'agent', userId: principal.userId, regionCodes: principal.regionCodes };
    case 'unit':
      return principal.unitId ? { kind: 'unit', unitId: principal.unitId } : { kind: 'none' };
    case 'ministry':
      return { kind: 'none' };
  }
}

/** Restricts a query of requests (alias `alias`) to the scope. */
export function whereRequestInScope<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  scope: RequestScope,
): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'all':
      return builder;
    case 'agent':
      return scope.regionCodes.length === 0
        ? builder.andWhere(`${alias}.assignedAgentUserId = :scopeUserId`, { scopeUserId: scope.userId })
        : builder.andWhere(
            `(${alias}.regionCode IN (:...scopeRegionCodes) OR ${alias}.assignedAgentUserId = :scopeUserId)`,
            { scopeRegionCodes: scope.regionCodes, scopeUserId: scope.userId },
          );
    case 'unit':
      return builder.andWhere(`${alias}.unitId = :scopeUnitId`, { scopeUnitId: scope.unitId });
    case 'none':
      return builder.andWhere('1 = 0');
  }
}

/** Staff (agents and coordinators) work on requests; unit users only ask, reply, cancel and rate. */
export function isStaffScope(scope: RequestScope): boolean {
  return scope.kind === 'all' || scope.kind === 'agent';
}

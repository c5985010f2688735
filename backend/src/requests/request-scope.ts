import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import { type Bind, namedBinder } from '../common/sql/sql-parameters';

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

/** Which requests a scope may see, over the requests aliased `alias`, as an SQL condition. */
export function requestScopeSql(alias: string, scope: RequestScope, bind: Bind): string {
  switch (scope.kind) {
    case 'all':
      return 'TRUE';
    case 'agent': {
      const own = `${alias}.assigned_agent_user_id = ${bind(scope.userId)}::uuid`;
      return scope.regionCodes.length === 0
        ? own
        : `(${alias}.region_code = ANY(${bind(scope.regionCodes)}::text[]) OR ${own})`;
    }
    case 'unit':
      return `${alias}.unit_id = ${bind(scope.unitId)}::uuid`;
    case 'none':
      return 'FALSE';
  }
}

/** Restricts a query of requests (alias `alias`) to the scope. */
export function whereRequestInScope<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  scope: RequestScope,
): SelectQueryBuilder<T> {
  const parameters: Record<string, unknown> = {};
  return builder.andWhere(requestScopeSql(alias, scope, namedBinder('scope', parameters)), parameters);
}

/** Staff (agents and coordinators) work on requests; unit users only ask, reply, cancel and rate. */
export function isStaffScope(scope: RequestScope): boolean {
  return scope.kind === 'all' || scope.kind === 'agent';
}

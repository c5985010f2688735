import type { Principal } from '../common/auth/principal';

/**
 * Which activities a caller may see: coordinators all; an agent their own and those that reached a unit
 * of the regions assigned to them today. Unit and ministry users see none (refused at the controller).
 */
export type ActivityScope =
  | { readonly kind: 'all'; readonly userId: string }
  | { readonly kind: 'agent'; readonly userId: string; readonly regionCodes: readonly string[] };

export function activityScopeOf(principal: Principal): ActivityScope {
  return principal.role === 'coordinator'
    ? { kind: 'all', userId: principal.userId }
    : { kind: 'agent', userId: principal.userId, regionCodes: principal.regionCodes };
}

/** Only the agent whose work it was, or a coordinator, changes an activity. */
export function canEditActivity(scope: ActivityScope, agentUserId: string): boolean {
  return scope.kind === 'all' || scope.userId === agentUserId;
}

import type { Principal } from './principal';

/**
 * Which records a caller may see. Every service query takes one, so data outside it is never read:
 * coordinators and ministry users see every region, an agent the regions assigned today, a unit contact
 * their own unit.
 */
export type AccessScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'regions'; readonly regionCodes: readonly string[] }
  | { readonly kind: 'unit'; readonly unitId: string };

export function accessScopeOf(principal: Principal): AccessScope {
  switch (principal.role) {
    case 'coordinator':
    case 'ministry':
      return { kind: 'all' };
    case 'agent':
      return { kind: 'regions', regionCodes: principal.regionCodes };
    case 'unit':
      return principal.unitId
        ? { kind: 'unit', unitId: principal.unitId }
        : { kind: 'regions', regionCodes: [] };
  }
}

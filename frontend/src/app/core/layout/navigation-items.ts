import type { Role } from '../auth/role';

export interface NavigationItem {
  /** Absolute router path. */
  path: string;
  /** Translation key of the label. */
  labelKey: string;
  /** The roles that see the item; every signed-in user when absent. */
  roles?: readonly Role[];
}

/** The main navigation, in display order; shown only to signed-in users. */
export const NAVIGATION_ITEMS: readonly NavigationItem[] = [
  { path: '/workload', labelKey: 'nav.workload', roles: ['agent'] },
  { path: '/balance', labelKey: 'nav.balance', roles: ['coordinator'] },
  { path: '/coverage', labelKey: 'nav.nationalCoverage', roles: ['ministry', 'coordinator'] },
  { path: '/regions', labelKey: 'nav.regions' },
  { path: '/units', labelKey: 'nav.units' },
  { path: '/requests', labelKey: 'nav.requests', roles: ['agent', 'unit', 'coordinator'] },
  { path: '/activities', labelKey: 'nav.activities', roles: ['agent', 'coordinator'] },
  { path: '/follow-ups', labelKey: 'nav.followUps', roles: ['agent', 'coordinator'] },
  { path: '/admin/users', labelKey: 'nav.users', roles: ['coordinator'] },
  { path: '/admin/agents', labelKey: 'nav.agents', roles: ['coordinator'] },
  { path: '/admin/regions', labelKey: 'nav.coverage', roles: ['coordinator'] },
  { path: '/admin/audit', labelKey: 'nav.audit', roles: ['coordinator'] },
  { path: '/admin/outbox', labelKey: 'nav.outbox', roles: ['coordinator'] },
  { path: '/admin/jobs', labelKey: 'nav.jobs', roles: ['coordinator'] },
  { path: '/profile', labelKey: 'nav.profile' },
];

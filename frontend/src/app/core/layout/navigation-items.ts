export interface NavigationItem {
  /** Absolute router path. */
  path: string;
  /** Translation key of the label. */
  labelKey: string;
}

/** The main navigation, in display order. */
export const NAVIGATION_ITEMS: readonly NavigationItem[] = [{ path: '/regions', labelKey: 'nav.regions' }];

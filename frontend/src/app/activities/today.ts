import { InjectionToken } from '@angular/core';
import { todayInHelsinki } from '../core/i18n/date-format';

/** Today's date in Helsinki ("YYYY-MM-DD"), asked when needed; tests fix the day with their own. */
export const TODAY = new InjectionToken<() => string>('TODAY', {
  providedIn: 'root',
  factory: () => () => todayInHelsinki(),
});

import { InjectionToken } from '@angular/core';
import { todayInHelsinki } from '../core/i18n/date-format';

/** Helsinki's today ("YYYY-MM-DD") when asked: "this year" and the months so far depend on it. */
export const COVERAGE_TODAY = new InjectionToken<() => string>('COVERAGE_TODAY', {
  providedIn: 'root',
  factory: () => () => todayInHelsinki(),
});

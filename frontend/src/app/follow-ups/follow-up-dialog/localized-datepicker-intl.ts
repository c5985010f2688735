import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';
import { FOLLOW_UPS_SCOPE } from '../follow-ups-translations';

type Label =
  | 'calendarLabel'
  | 'openCalendarLabel'
  | 'closeCalendarLabel'
  | 'prevMonthLabel'
  | 'nextMonthLabel'
  | 'prevYearLabel'
  | 'nextYearLabel'
  | 'prevMultiYearLabel'
  | 'nextMultiYearLabel'
  | 'switchToMonthViewLabel'
  | 'switchToMultiYearViewLabel';

export const DATEPICKER_LABELS: readonly Label[] = [
  'calendarLabel',
  'openCalendarLabel',
  'closeCalendarLabel',
  'prevMonthLabel',
  'nextMonthLabel',
  'prevYearLabel',
  'nextYearLabel',
  'prevMultiYearLabel',
  'nextMultiYearLabel',
  'switchToMonthViewLabel',
  'switchToMultiYearViewLabel',
];

/** The datepicker's labels (its buttons' names) in the interface language, following language changes. */
@Injectable()
export class LocalizedDatepickerIntl extends MatDatepickerIntl {
  constructor() {
    super();
    inject(TranslocoService)
      .selectTranslateObject<Record<string, string>>('datepicker', {}, FOLLOW_UPS_SCOPE)
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((labels) => {
        for (const label of DATEPICKER_LABELS) {
          this[label] = labels[label] ?? this[label];
        }
        this.changes.next();
      });
  }
}

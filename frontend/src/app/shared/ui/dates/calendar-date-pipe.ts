import { Pipe, type PipeTransform } from '@angular/core';
import { formatCalendarDate } from '../../../core/i18n/date-format';

/** `{{ assignment.validFrom | calendarDate: locale() }}`: a "YYYY-MM-DD" date in the locale's format. */
@Pipe({ name: 'calendarDate' })
export class CalendarDatePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: string): string {
    return formatCalendarDate(value, locale);
  }
}

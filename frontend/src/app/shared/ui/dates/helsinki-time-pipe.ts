import { Pipe, type PipeTransform } from '@angular/core';
import { formatInstant } from '../../../core/i18n/date-format';

/** `{{ event.occurredAt | helsinkiTime: locale() }}`: an instant as Helsinki date and time. */
@Pipe({ name: 'helsinkiTime' })
export class HelsinkiTimePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: string): string {
    return formatInstant(value, locale);
  }
}

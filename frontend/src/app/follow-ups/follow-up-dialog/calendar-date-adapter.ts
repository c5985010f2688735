import { Injectable } from '@angular/core';
import { NativeDateAdapter } from '@angular/material/core';

type DatePart = 'day' | 'month' | 'year';

/** The order of day, month and year in the locale's numeric dates: fi d.M.y, sv y-M-d, en M/d/y. */
export function datePartOrder(locale: string): readonly DatePart[] {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(2001, 10, 22))
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
}

/**
 * A typed date ("15.3.2026" in Finnish, "2026-03-15" in Swedish, "3/15/2026" in English; "2026-03-15" in
 * any language) as a local Date; null when it is no date. Two-digit years are this century's.
 */
export function parseTypedDate(text: string, locale: string): Date | null {
  const numbers = text
    .trim()
    .split(/[^0-9]+/)
    .filter(Boolean);
  if (numbers.length !== 3) {
    return null;
  }
  const order: readonly DatePart[] =
    numbers[0].length === 4 ? ['year', 'month', 'day'] : datePartOrder(locale);
  const value = (part: DatePart): number => Number(numbers[order.indexOf(part)]);
  const yearText = numbers[order.indexOf('year')];
  const year = yearText.length <= 2 ? 2000 + value('year') : value('year');
  const month = value('month');
  const day = value('day');
  const date = new Date(year, month - 1, day);
  // 31.2. rolls over to March: not a date.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  return date;
}

/**
 * The native adapter reads typed dates with `Date.parse`, which knows no Finnish or Swedish formats; this
 * one reads them in the order the locale writes them.
 */
@Injectable()
export class CalendarDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      if (value.trim() === '') {
        return null;
      }
      return parseTypedDate(value, this.locale) ?? this.invalid();
    }
    return super.parse(value, parseFormat);
  }
}

import { datePartOrder, parseTypedDate } from './calendar-date-adapter';

describe('parseTypedDate', () => {
  it.each([
    ['15.3.2026', 'fi', [2026, 2, 15]],
    ['15.03.26', 'fi', [2026, 2, 15]],
    ['2026-03-15', 'sv', [2026, 2, 15]],
    ['3/15/2026', 'en', [2026, 2, 15]],
    // The ISO form is understood whatever the language.
    ['2026-03-15', 'fi', [2026, 2, 15]],
    ['2026-03-15', 'en', [2026, 2, 15]],
    [' 1.12.2026 ', 'fi', [2026, 11, 1]],
  ])('reads %s in %s', (text, locale, [year, month, day]) => {
    const date = parseTypedDate(text, locale);
    expect(date?.getFullYear()).toBe(year);
    expect(date?.getMonth()).toBe(month);
    expect(date?.getDate()).toBe(day);
  });

  it.each([
    ['31.2.2026', 'fi'],
    ['15/3/2026', 'en'],
    ['15.3.', 'fi'],
    ['huomenna', 'fi'],
    ['1.2.3.2026', 'fi'],
  ])('refuses %s in %s', (text, locale) => {
    expect(parseTypedDate(text, locale)).toBeNull();
  });

  it.each([
    ['fi', ['day', 'month', 'year']],
    ['sv', ['year', 'month', 'day']],
    ['en', ['month', 'day', 'year']],
  ])('knows the order of %s dates', (locale, order) => {
    expect(datePartOrder(locale)).toEqual(order);
  });
});

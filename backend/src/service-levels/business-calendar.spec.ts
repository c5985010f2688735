import {
  businessDaysBetween,
  dueAfterBusinessDays,
  endOfHelsinkiDay,
  isBusinessDay,
} from './business-calendar';

describe('Finnish business calendar', () => {
  it.each([
    ['2026-11-23', true, 'a Monday'],
    ['2026-11-21', false, 'a Saturday'],
    ['2026-11-22', false, 'a Sunday'],
    ['2026-06-19', false, 'Midsummer Eve (Friday)'],
    ['2026-06-18', true, 'the Thursday before Midsummer'],
    ['2026-12-24', false, 'Christmas Eve'],
    ['2026-12-25', false, 'Christmas Day'],
    ['2026-12-31', true, "New Year's Eve (a working day)"],
    ['2027-01-01', false, "New Year's Day"],
    ['2027-01-06', false, 'Epiphany'],
    ['2026-04-03', false, 'Good Friday 2026'],
    ['2026-04-06', false, 'Easter Monday 2026'],
    ['2027-03-26', false, 'Good Friday 2027 (computed, not listed)'],
    ['2027-05-06', false, 'Ascension Day 2027'],
    ['2026-05-01', false, 'May Day'],
    ['2026-12-07', true, 'the Monday after Independence Day on a Sunday'],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it.each([
    // [submitted at (UTC), business days, due (UTC), why]
    [
      '2026-11-20T18:00:00Z',
      3,
      '2026-11-25T22:00:00Z',
      'Friday evening: Mon, Tue, Wed; due when Wednesday ends',
    ],
    [
      '2026-11-23T21:59:00Z',
      3,
      '2026-11-26T22:00:00Z',
      'Monday 23:59 Helsinki counts Monday as the start day',
    ],
    ['2026-11-23T22:00:00Z', 3, '2026-11-27T22:00:00Z', 'Tuesday 00:00 Helsinki starts from Tuesday'],
    ['2026-06-17T09:00:00Z', 3, '2026-06-23T21:00:00Z', 'over Midsummer: Thu, Mon, Tue (summer time)'],
    ['2026-12-22T09:00:00Z', 3, '2026-12-29T22:00:00Z', 'over Christmas: Wed 23rd, Mon 28th, Tue 29th'],
    ['2026-12-30T09:00:00Z', 3, '2027-01-05T22:00:00Z', 'over New Year: Dec 31st, Jan 4th, Jan 5th'],
    ['2027-01-05T09:00:00Z', 1, '2027-01-07T22:00:00Z', 'over Epiphany: Jan 6th is off, so Jan 7th'],
  ])('a request submitted %s with %i business days is due %s (%s)', (submitted, days, due) => {
    expect(dueAfterBusinessDays(new Date(submitted), days).toISOString()).toBe(new Date(due).toISOString());
  });

  it('counts 20 business days over Easter and May Day', () => {
    // From Wed 1 April 2026: Good Friday, Easter Monday and May Day are off; the 20th is Monday 4 May.
    expect(dueAfterBusinessDays(new Date('2026-04-01T08:00:00Z'), 20).toISOString()).toBe(
      '2026-05-04T21:00:00.000Z',
    );
  });

  it('ends Helsinki days at local midnight across the DST changes', () => {
    expect(endOfHelsinkiDay('2026-03-28').toISOString()).toBe('2026-03-28T22:00:00.000Z'); // DST starts on 29 March
    expect(endOfHelsinkiDay('2026-03-29').toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(endOfHelsinkiDay('2026-10-24').toISOString()).toBe('2026-10-24T21:00:00.000Z'); // DST ends on 25 October
    expect(endOfHelsinkiDay('2026-10-25').toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });

  it('counts business days between two dates, the first excluded', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(businessDaysBetween('2026-12-23', '2026-12-28')).toBe(1);
    expect(businessDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
  });
});

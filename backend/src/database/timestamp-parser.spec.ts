import { types } from 'pg';
import { parseTimestamptz } from './timestamp-parser';

const pgParser = types.getTypeParser(1184, 'text') as (value: string) => Date | number;

/** pg's own reading of a value, as a number of milliseconds (Infinity stays itself). */
const byPg = (value: string): number => {
  const parsed = pgParser(value);
  return typeof parsed === 'number' ? parsed : parsed.getTime();
};

describe('parseTimestamptz', () => {
  it('reads what pg reads, to the millisecond, for the forms PostgreSQL writes', () => {
    const values = [
      '2026-11-22 14:05:09.123456+02',
      '2026-06-30 23:59:59+03',
      '2026-03-29 03:00:00.5+03',
      '1999-12-31 00:00:00.999999-05:30',
      '2026-01-01 00:00:00+00',
      '0900-01-01 00:00:00+01:39',
    ];
    // Many instants across two centuries, with fractions of every length and offsets east and west.
    for (let index = 0; index < 2000; index += 1) {
      const instant = new Date(Date.UTC(1950, 0, 1) + index * 3_155_760_013);
      const fraction =
        index % 4 === 0
          ? ''
          : `.${String(index * 7919)
              .padStart(6, '0')
              .slice(0, 1 + (index % 6))}`;
      const offsetMinutes = ((index * 37) % 27) * 30 - 360;
      const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString();
      const sign = offsetMinutes < 0 ? '-' : '+';
      const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
      const minutes = Math.abs(offsetMinutes) % 60;
      const offset =
        minutes === 0 ? `${sign}${hours}` : `${sign}${hours}:${String(minutes).padStart(2, '0')}`;
      values.push(`${local.slice(0, 10)} ${local.slice(11, 19)}${fraction}${offset}`);
    }
    for (const value of values) {
      expect([value, parseTimestamptz(value, () => new Date(Number.NaN)).getTime()]).toEqual([
        value,
        byPg(value),
      ]);
    }
  });

  it('leaves every other form to the fallback', () => {
    const fallback = jest.fn(() => new Date(0));
    for (const value of [
      'infinity',
      '-infinity',
      '0044-03-15 12:00:00+00 BC',
      '10000-01-01 00:00:00+00',
      '2026-01-01 10:00:00+02:00:30',
      '0050-06-01 00:00:00+00',
      '2026-01-01 10:00:00.+02',
      '2026-01-01 10:00:00 02',
      '2026-1x-01 10:00:00+02',
    ]) {
      parseTimestamptz(value, fallback);
    }
    expect(fallback).toHaveBeenCalledTimes(9);
  });
});

import { convertToParamMap } from '@angular/router';
import {
  type PeriodChoice,
  choiceOf,
  isCalendarDate,
  periodError,
  periodFromParams,
  periodOf,
  periodToParams,
  quarterOf,
} from './coverage-period';

const TODAY = '2026-11-22';

describe('periodOf', () => {
  it.each<[string, PeriodChoice, string, string]>([
    ['this year', { kind: 'thisYear' }, '2026-01-01', '2026-12-31'],
    ['Q1', { kind: 'quarter', year: 2026, quarter: 1 }, '2026-01-01', '2026-03-31'],
    ['Q2', { kind: 'quarter', year: 2026, quarter: 2 }, '2026-04-01', '2026-06-30'],
    ['Q3', { kind: 'quarter', year: 2026, quarter: 3 }, '2026-07-01', '2026-09-30'],
    ['Q4', { kind: 'quarter', year: 2025, quarter: 4 }, '2025-10-01', '2025-12-31'],
    ['a year', { kind: 'year', year: 2024 }, '2024-01-01', '2024-12-31'],
    ['custom days', { kind: 'custom', from: '2025-11-15', to: '2026-02-14' }, '2025-11-15', '2026-02-14'],
  ])('%s', (_name, choice, from, to) => {
    expect(periodOf(choice, TODAY)).toEqual({ from, to });
  });

  it.each([
    ['2026-12-31', '2026-01-01', '2026-12-31'],
    ['2027-01-01', '2027-01-01', '2027-12-31'],
  ])('"this year" on %s is %s–%s', (today, from, to) => {
    expect(periodOf({ kind: 'thisYear' }, today)).toEqual({ from, to });
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ])('%s is in Q%s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });
});

describe('choiceOf', () => {
  it.each<[string, string, PeriodChoice]>([
    ['2026-01-01', '2026-12-31', { kind: 'thisYear' }],
    ['2025-01-01', '2025-12-31', { kind: 'year', year: 2025 }],
    ['2026-04-01', '2026-06-30', { kind: 'quarter', year: 2026, quarter: 2 }],
    ['2025-10-01', '2025-12-31', { kind: 'quarter', year: 2025, quarter: 4 }],
    ['2025-10-01', '2026-03-31', { kind: 'custom', from: '2025-10-01', to: '2026-03-31' }],
    ['2026-04-02', '2026-06-30', { kind: 'custom', from: '2026-04-02', to: '2026-06-30' }],
  ])('%s–%s is %j', (from, to, choice) => {
    expect(choiceOf({ from, to }, TODAY)).toEqual(choice);
  });

  it.each<PeriodChoice>([
    { kind: 'quarter', year: 2024, quarter: 3 },
    { kind: 'year', year: 2023 },
    { kind: 'custom', from: '2026-02-03', to: '2026-05-06' },
  ])('gives back the choice %j from its period', (choice) => {
    expect(choiceOf(periodOf(choice, TODAY), TODAY)).toEqual(choice);
  });
});

describe('periodFromParams', () => {
  it.each([
    ['nothing: this year', {}, '2026-01-01', '2026-12-31'],
    ['both ends', { from: '2026-04-01', to: '2026-06-30' }, '2026-04-01', '2026-06-30'],
    ['only from: to the end of its year', { from: '2025-03-01' }, '2025-03-01', '2025-12-31'],
    ['only to: from the start of its year', { to: '2025-03-31' }, '2025-01-01', '2025-03-31'],
    ['not a date', { from: '2026-02-30', to: '2026-03-31' }, '2026-01-01', '2026-03-31'],
    ['an end before the start', { from: '2026-06-30', to: '2026-04-01' }, '2026-01-01', '2026-12-31'],
    ['over ten years', { from: '2010-01-01', to: '2020-01-01' }, '2026-01-01', '2026-12-31'],
  ])('%s', (_name, params, from, to) => {
    expect(periodFromParams(convertToParamMap(params), TODAY)).toEqual({ from, to });
  });
});

describe('periodToParams', () => {
  it('leaves this year, the default, out of the address', () => {
    expect(periodToParams({ from: '2026-01-01', to: '2026-12-31' }, TODAY)).toEqual({ from: null, to: null });
  });

  it('puts any other period into the address', () => {
    expect(periodToParams({ from: '2025-01-01', to: '2025-12-31' }, TODAY)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });
});

describe('periodError', () => {
  it.each([
    [{ from: '2026-01-01', to: '2026-01-01' }, null],
    [{ from: '2016-01-01', to: '2025-12-31' }, null],
    [{ from: '2016-01-01', to: '2026-01-01' }, 'tooLong'],
    [{ from: '2026-02-01', to: '2026-01-31' }, 'toBeforeFrom'],
    [{ from: '', to: '2026-01-31' }, 'invalidDate'],
    [{ from: '2026-02-29', to: '2026-03-31' }, 'invalidDate'],
  ])('%j → %s', (period, error) => {
    expect(periodError(period)).toBe(error);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-01-01', false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

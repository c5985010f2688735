import {
  figureChange,
  formatMonth,
  formatNumber,
  formatPeriod,
  formatShare,
  monthLabels,
} from './coverage-format';
import { plain } from './testing/coverage-testing';

describe('coverage formats', () => {
  it.each([
    ['fi', 0.8977, '89,8 %'],
    ['sv', 0.8977, '89,8 %'],
    ['en', 0.8977, '89.8%'],
    ['fi', 1, '100,0 %'],
    ['fi', null, '–'],
  ])('a share in %s: %s → %s', (locale, share, shown) => {
    expect(plain(formatShare(share, locale))).toBe(shown);
  });

  it.each([
    ['fi', 7237.8, 1, '7 237,8'],
    ['sv', 7237.8, 1, '7 237,8'],
    ['en', 7237.8, 1, '7,237.8'],
    ['fi', 479, 0, '479'],
  ])('a number in %s: %s → %s', (locale, value, digits, shown) => {
    expect(plain(formatNumber(value, locale, digits))).toBe(shown);
  });

  it.each([
    ['fi', 'maaliskuu 2026'],
    ['sv', 'mars 2026'],
    ['en', 'March 2026'],
  ])('a month in %s', (locale, shown) => {
    expect(formatMonth('2026-03', locale)).toBe(shown);
  });

  it('labels the months of one year by name only, of several years with the year', () => {
    expect(monthLabels(['2026-01', '2026-02'], 'en')).toEqual(['Jan', 'Feb']);
    expect(monthLabels(['2025-12', '2026-01'], 'en')).toEqual(['Dec 2025', 'Jan 2026']);
  });

  it.each([
    ['fi', '1.1.–31.12.2026'],
    ['en', 'Jan 1 – Dec 31, 2026'],
  ])('a period in %s', (locale, shown) => {
    expect(plain(formatPeriod({ from: '2026-01-01', to: '2026-12-31' }, locale))).toBe(shown);
  });
});

describe('figureChange', () => {
  it.each([
    // Percentage points between the shares as shown (one decimal).
    ['share', 0.8977, 0.8558, 'fi', 'up', '+4,2', true],
    ['share', 0.5, 0.55, 'en', 'down', '−5.0', true],
    ['count', 430, 426, 'fi', 'up', '+4', false],
    ['count', 242, 268, 'fi', 'down', '−26', false],
    ['decimal', 7237.8, 8188.5, 'fi', 'down', '−950,7', false],
    ['decimal', 2, 2, 'sv', 'same', '±0,0', false],
    ['share', 0.45678, 0.45671, 'fi', 'same', '±0,0', true],
  ] as const)('%s %s from %s in %s: %s %s', (kind, current, previous, locale, direction, shown, isPoints) => {
    const change = figureChange(kind, current, previous, locale);

    expect(change?.direction).toBe(direction);
    expect(plain(change?.text ?? '').replace('-', '−')).toBe(shown);
    expect(change?.isPoints).toBe(isPoints);
  });

  it('has no change without both figures', () => {
    expect(figureChange('share', 0.5, null, 'fi')).toBeNull();
    expect(figureChange('decimal', null, 2, 'fi')).toBeNull();
  });
});

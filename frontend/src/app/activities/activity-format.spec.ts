import { formatCount, formatHours } from './activity-format';

describe('activity formats', () => {
  it.each([
    [0, 'fi', '0'],
    [30, 'fi', '0,5'],
    [150, 'fi', '2,5'],
    [100, 'en', '1.7'],
    [6000, 'sv', '100'],
  ])('%i minutes in %s are %s hours', (minutes, locale, hours) => {
    expect(formatHours(minutes, locale)).toBe(hours);
  });

  it('groups thousands as the locale does', () => {
    expect(formatCount(12500, 'en')).toBe('12,500');
    expect(formatCount(12500, 'fi').replace(/\s/g, ' ')).toBe('12 500');
  });
});

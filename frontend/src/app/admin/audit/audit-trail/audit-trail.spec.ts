import { displayValue } from './audit-trail';

describe('displayValue', () => {
  it.each([
    [null, null],
    ['', null],
    ['Aino Agentti', 'Aino Agentti'],
    [40, '40'],
    [false, 'false'],
    [['01', '02'], '["01","02"]'],
    ['2026-11-22T08:15:00.000Z', '22.11.2026 klo 10.15'],
    ['2026-11-22', '2026-11-22'],
  ])('shows %p as %p', (value, expected) => {
    expect(displayValue(value, 'fi')).toBe(expected);
  });
});

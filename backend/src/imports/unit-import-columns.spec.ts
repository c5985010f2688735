import { parseEuros } from './unit-import-columns';

describe('parseEuros', () => {
  it.each([
    ['12 500 000,00', '12500000.00'],
    ['1000', '1000.00'],
    ['1000,5 €', '1000.50'],
    ['0100.25', '100.25'],
    ['0', '0.00'],
  ])('reads %s as %s, the way PostgreSQL returns numeric(14,2)', (cell, euros) => {
    expect(parseEuros(cell)).toBe(euros);
  });

  it.each(['paljon', '1,234,5', '1.234', '-5', '1234567890123'])('refuses %s', (cell) => {
    expect(parseEuros(cell)).toBeUndefined();
  });
});

import { formatEuroAmountForInput, parseEuroAmount } from './euro-amount';

describe('parseEuroAmount', () => {
  it.each([
    ['1 250 000,50', '1250000.50'],
    ['1\u00a0250\u00a0000,50', '1250000.50'],
    ['1\u202f250\u202f000,5', '1250000.50'],
    ['1250000', '1250000.00'],
    ['1250000.5', '1250000.50'],
    ['1,250,000.50', '1250000.50'],
    ['1.250.000,50', '1250000.50'],
    ['1.250.000', '1250000.00'],
    ['12,5 €', '12.50'],
    ['0,05', '0.05'],
    ['007', '7.00'],
    ['  900 000  ', '900000.00'],
  ])('reads %p as %p', (text, expected) => {
    expect(parseEuroAmount(text)).toEqual({ isValid: true, value: expected });
  });

  it.each(['', '   '])('reads %p as no amount', (text) => {
    expect(parseEuroAmount(text)).toEqual({ isValid: true, value: null });
  });

  it.each([
    ['a negative amount', '-100'],
    ['letters', '12a'],
    ['three decimals', '1,505'],
    ['a trailing separator', '100,'],
    ['thousands in wrong groups', '1.25.000'],
    ['mixed group separators', '1.250,000,50'],
    ['more than twelve digits', '1234567890123'],
    ['only separators', ',.'],
  ])('refuses %s (%p)', (_description, text) => {
    expect(parseEuroAmount(text)).toEqual({ isValid: false });
  });
});

describe('formatEuroAmountForInput', () => {
  it.each([
    ['1250000.50', 'fi', '1\u00a0250\u00a0000,50'],
    ['1250000.00', 'fi', '1\u00a0250\u00a0000'],
    ['1250000.50', 'en', '1,250,000.50'],
    [null, 'fi', ''],
  ])('shows %p in %s as %p', (value, locale, expected) => {
    expect(formatEuroAmountForInput(value, locale)).toBe(expected);
  });

  it.each(['fi', 'sv', 'en'])('gives back what parseEuroAmount reads (%s)', (locale) => {
    const shown = formatEuroAmountForInput('987654321.09', locale);
    expect(parseEuroAmount(shown)).toEqual({ isValid: true, value: '987654321.09' });
  });
});

export type EuroAmountParse = { isValid: true; value: string | null } | { isValid: false };

// 999 999 999 999,99 € at most: the API's money columns hold twelve digits before the decimals.
const MAX_INTEGER_DIGITS = 12;

/**
 * Reads an amount of euros typed the Finnish way ("1 250 000,50"), the English way ("1,250,000.50")
 * or plainly ("1250000.5") into the API's decimal string ("1250000.50"). An empty text is no amount
 * (`value: null`); anything else that is not an amount of whole cents is invalid.
 */
export function parseEuroAmount(text: string): EuroAmountParse {
  const compact = text.replace(/\s|\u00a0|\u202f|€|eur$/gi, '');
  if (compact === '') {
    return { isValid: true, value: null };
  }
  if (!/^[\d.,]+$/.test(compact)) {
    return { isValid: false };
  }
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  const commaCount = compact.split(',').length - 1;
  const dotCount = compact.split('.').length - 1;
  let decimalSeparator: ',' | '.' | null = null;
  if (commaCount > 0 && dotCount > 0) {
    // Both are used: the last one separates the cents, the other groups thousands.
    decimalSeparator = lastComma > lastDot ? ',' : '.';
  } else if (commaCount === 1) {
    decimalSeparator = ',';
  } else if (dotCount === 1) {
    decimalSeparator = '.';
  }
  const decimalIndex = decimalSeparator === null ? -1 : compact.lastIndexOf(decimalSeparator);
  const integerText = decimalIndex === -1 ? compact : compact.slice(0, decimalIndex);
  const fractionText = decimalIndex === -1 ? '' : compact.slice(decimalIndex + 1);
  const groupSeparator = decimalSeparator === ',' ? '.' : ',';
  const hasMixedGroupSeparators = decimalSeparator !== null && integerText.includes(decimalSeparator);
  if (hasMixedGroupSeparators || !isGrouped(integerText, groupSeparator, decimalSeparator)) {
    return { isValid: false };
  }
  const digits = integerText.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  if (digits === '' || digits.length > MAX_INTEGER_DIGITS || !/^\d{0,2}$/.test(fractionText)) {
    return { isValid: false };
  }
  if (decimalIndex !== -1 && fractionText === '') {
    return { isValid: false };
  }
  return { isValid: true, value: `${digits}.${fractionText.padEnd(2, '0')}` };
}

// Thousands separators, when used, stand between groups of exactly three digits ("1.250.000").
function isGrouped(integerText: string, groupSeparator: string, decimalSeparator: string | null): boolean {
  const separators = decimalSeparator === null ? /[.,]/ : new RegExp(`\\${groupSeparator}`);
  if (!separators.test(integerText)) {
    return /^\d+$/.test(integerText);
  }
  const groups = integerText.split(decimalSeparator === null ? /[.,]/ : groupSeparator);
  const [first, ...rest] = groups;
  return /^\d{1,3}$/.test(first ?? '') && rest.every((group) => /^\d{3}$/.test(group));
}

/** The API's decimal string ("1250000.50") as the user would type it in the locale ("1 250 000,50"). */
export function formatEuroAmountForInput(value: string | null, locale: string): string {
  if (value === null || value.trim() === '') {
    return '';
  }
  const amount = Number(value);
  if (!Number.isFinite(amount)) {
    return value;
  }
  const hasCents = !Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: 2,
    useGrouping: true,
  }).format(amount);
}

import { validateSync } from 'class-validator';
import { IsRegionCode } from './region-code.decorator';

class RegionFilter {
  @IsRegionCode()
  regionCode: unknown;
}

function errorsFor(regionCode: unknown): string[] {
  const filter = new RegionFilter();
  filter.regionCode = regionCode;
  return validateSync(filter).flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('IsRegionCode', () => {
  it.each(['01', '21', 'DE111', 'FI1B1', 'SE110', 'EL30'])('accepts %p', (code) => {
    expect(errorsFor(code)).toEqual([]);
  });

  it.each(['1', 'abc', 'se110', 'SE1101', '', ' 01', 'FI-1B', 1])('refuses %p', (code) => {
    expect(errorsFor(code)).toEqual(['regionCode must be a region code (2–5 digits or capital letters)']);
  });
});

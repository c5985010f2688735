import { existingUnitIdOf } from './unit-problems';

describe('existingUnitIdOf', () => {
  it('reads the id of the unit named in BUSINESS_ID_TAKEN', () => {
    expect(
      existingUnitIdOf(
        'Business ID 0201256-6 belongs to Helsingin kaupunki (3f1c9a52-6b7e-4d1a-9c3e-2a4b5c6d7e8f).',
      ),
    ).toBe('3f1c9a52-6b7e-4d1a-9c3e-2a4b5c6d7e8f');
  });

  it.each([null, '', 'Business ID 0201256-6 belongs to another unit.'])('has no id in %p', (detail) => {
    expect(existingUnitIdOf(detail)).toBeNull();
  });
});

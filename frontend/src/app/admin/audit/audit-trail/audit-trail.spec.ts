import en from '../../../../../public/i18n/en.json';
import fi from '../../../../../public/i18n/fi.json';
import sv from '../../../../../public/i18n/sv.json';
import { KNOWN_ENTITY_TYPES, displayValue } from './audit-trail';

describe('record types of the audit trail', () => {
  it('names every audited record type, the advice log and follow-ups included, in fi, sv and en', () => {
    expect(KNOWN_ENTITY_TYPES).toEqual(
      expect.arrayContaining(['unit', 'contact', 'request', 'activity', 'follow_up']),
    );
    for (const translations of [fi, sv, en]) {
      const labels: Record<string, string> = translations.admin.audit.entityTypes;
      for (const type of KNOWN_ENTITY_TYPES) {
        expect(labels[type]).toEqual(expect.any(String));
      }
    }
  });
});

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

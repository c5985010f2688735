import type { UnitDto } from '../core/api/generated/models/unit-dto';

export type UnitType = UnitDto['type'];

/** In the order the unit form and the filter offer them (SPEC §3). */
export const UNIT_TYPES: readonly UnitType[] = [
  'municipality',
  'wellbeing_services_county',
  'joint_municipal_authority',
  'state_agency',
  'municipal_company',
  'university_or_public_body',
  'other',
];

export function isUnitType(value: unknown): value is UnitType {
  return typeof value === 'string' && (UNIT_TYPES as readonly string[]).includes(value);
}

/** The translation key of a unit type's name. */
export function unitTypeKey(type: UnitType): string {
  return `units.types.${type}`;
}

/** The unit's name in the interface language: the Swedish name for Swedish when there is one. */
export function unitName(unit: Pick<UnitDto, 'nameFi' | 'nameSv'>, language: string): string {
  return (language === 'sv' && unit.nameSv) || unit.nameFi;
}

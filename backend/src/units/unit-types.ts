export const UNIT_TYPES = [
  'municipality',
  'wellbeing_services_county',
  'joint_municipal_authority',
  'state_agency',
  'municipal_company',
  'university_or_public_body',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

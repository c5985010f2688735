import type { UnitType } from '../units/unit-types';

export type ImportField =
  | 'nameFi'
  | 'nameSv'
  | 'businessId'
  | 'type'
  | 'municipality'
  | 'regionCode'
  | 'estimatedAnnualSpend'
  | 'website'
  | 'isActive'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'contactTitle'
  | 'contactLanguage';

// Header names accepted in Finnish and English, compared lower-cased with spaces, underscores and dashes
// removed. The canonical (first) names are documented in docs/imports.md.
const HEADER_NAMES: Record<ImportField, string[]> = {
  nameFi: ['nimi', 'name', 'namefi', 'nimisuomeksi', 'nimifi', 'name(fi)', 'nimi(fi)', 'namnpåfinska'],
  nameSv: ['nimiruotsiksi', 'namesv', 'nimisv', 'name(sv)', 'nimi(sv)', 'namnpåsvenska', 'swedishname'],
  businessId: ['ytunnus', 'businessid', 'yritystunnus', 'yid', 'fonummer'],
  type: ['tyyppi', 'type', 'organisaatiotyyppi', 'unittype', 'typ'],
  municipality: ['kunta', 'municipality', 'kuntakoodi', 'municipalitycode', 'kotikunta', 'kommun'],
  regionCode: ['maakunta', 'region', 'maakuntakoodi', 'regioncode', 'landskap'],
  estimatedAnnualSpend: [
    'hankintavolyymi',
    'arvioituhankintavolyymi',
    'estimatedannualspend',
    'annualspend',
    'spend',
    'hankinnat(eur)',
  ],
  website: ['verkkosivu', 'verkkosivut', 'website', 'www', 'kotisivu', 'webbplats'],
  isActive: ['aktiivinen', 'active', 'isactive', 'aktiv'],
  contactName: ['yhteyshenkilö', 'contactname', 'contact', 'yhteyshenkilönnimi'],
  contactEmail: ['sähköposti', 'email', 'contactemail', 'yhteyshenkilönsähköposti', 'sposti'],
  contactPhone: ['puhelin', 'phone', 'contactphone', 'puhelinnumero'],
  contactTitle: ['nimike', 'titteli', 'title', 'contacttitle'],
  contactLanguage: ['kieli', 'language', 'contactlanguage', 'asiointikieli'],
};

const normalise = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '');

const fieldByName = new Map<string, ImportField>(
  (Object.entries(HEADER_NAMES) as [ImportField, string[]][]).flatMap(([field, names]) =>
    names.map((name) => [normalise(name), field] as const),
  ),
);

export interface ColumnMap {
  readonly columns: Partial<Record<ImportField, number>>;
  readonly unknownHeaders: string[];
}

export function mapColumns(header: string[]): ColumnMap {
  const columns: Partial<Record<ImportField, number>> = {};
  const unknownHeaders: string[] = [];
  header.forEach((name, index) => {
    const field = fieldByName.get(normalise(name));
    if (field && columns[field] === undefined) {
      columns[field] = index;
    } else if (name.trim() !== '') {
      unknownHeaders.push(name);
    }
  });
  return { columns, unknownHeaders };
}

const TYPE_NAMES: Record<UnitType, string[]> = {
  municipality: ['municipality', 'kunta', 'kaupunki'],
  wellbeing_services_county: ['wellbeing_services_county', 'hyvinvointialue', 'wellbeingservicescounty'],
  joint_municipal_authority: ['joint_municipal_authority', 'kuntayhtymä', 'jointmunicipalauthority'],
  state_agency: ['state_agency', 'valtionvirasto', 'virasto', 'stateagency'],
  municipal_company: ['municipal_company', 'kuntayhtiö', 'kunnallinenyhtiö', 'municipalcompany'],
  university_or_public_body: [
    'university_or_public_body',
    'yliopisto',
    'korkeakoulu',
    'julkisyhteisö',
    'universityorpublicbody',
  ],
  other: ['other', 'muu'],
};

const typeByName = new Map<string, UnitType>(
  (Object.entries(TYPE_NAMES) as [UnitType, string[]][]).flatMap(([type, names]) =>
    names.map((name) => [normalise(name), type] as const),
  ),
);

export function parseUnitType(value: string): UnitType | undefined {
  return typeByName.get(normalise(value));
}

/** "1 250 000,50 €" (Finnish) or "1250000.50" → "1250000.50"; undefined when it is not an amount. */
/** "12 500,5 €" → "12500.50": the form PostgreSQL gives numeric(14,2) back in, so that re-imports compare equal. */
export function parseEuros(value: string): string | undefined {
  const compact = value.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(compact);
  return match ? `${match[1].replace(/^0+(?=\d)/, '')}.${(match[2] ?? '').padEnd(2, '0')}` : undefined;
}

export function parseBoolean(value: string): boolean | undefined {
  const normalised = normalise(value);
  if (['1', 'true', 'yes', 'kyllä', 'k', 'x', 'aktiivinen'].includes(normalised)) {
    return true;
  }
  if (['0', 'false', 'no', 'ei', 'e', 'passiivinen'].includes(normalised)) {
    return false;
  }
  return undefined;
}

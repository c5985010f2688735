import type { UnitType } from '../../units/unit-types';
import type { MunicipalityRow, WellbeingCountyRow } from '../reference-data/reference-data.files';
import { DemoRandom } from './demo-random';

export interface DemoUnit {
  nameFi: string;
  nameSv: string | null;
  businessId: string;
  type: UnitType;
  municipalityCode: string | null;
  regionCode: string;
  estimatedAnnualSpend: string;
  website: string | null;
  contacts: DemoContact[];
}

export interface DemoContact {
  name: string;
  email: string;
  phone: string;
  title: string;
  preferredLanguage: 'fi' | 'sv' | 'en';
}

const FIRST_NAMES = [
  'Anna',
  'Mikko',
  'Laura',
  'Jari',
  'Sari',
  'Timo',
  'Heidi',
  'Kari',
  'Minna',
  'Petri',
  'Tiina',
  'Janne',
  'Elina',
  'Markus',
  'Outi',
  'Ville',
  'Katja',
  'Juha',
  'Nina',
  'Antti',
  'Hanna',
  'Sami',
  'Jenni',
  'Teemu',
];
const LAST_NAMES = [
  'Korhonen',
  'Virtanen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Lehtinen',
  'Saarinen',
  'Salminen',
  'Heinonen',
  'Niemi',
  'Heikkilä',
  'Kinnunen',
  'Salonen',
  'Turunen',
  'Salo',
  'Laitinen',
  'Tuominen',
  'Rantanen',
];
const SWEDISH_FIRST = ['Johan', 'Maria', 'Erik', 'Sofia', 'Anders', 'Ida'];
const SWEDISH_LAST = ['Lindqvist', 'Nyström', 'Björklund', 'Holmberg', 'Sundqvist', 'Wikström'];
const TITLES = [
  'Hankintapäällikkö',
  'Hankinta-asiantuntija',
  'Hankintajohtaja',
  'Kestävän kehityksen asiantuntija',
  'Talousjohtaja',
  'Hankintakoordinaattori',
  'Ympäristöpäällikkö',
];

// Fictional organisations other than municipalities and wellbeing services counties, by type.
const OTHER_TEMPLATES: readonly {
  type: UnitType;
  name: (place: string) => string;
  spend: [number, number];
}[] = [
  { type: 'joint_municipal_authority', name: (place) => `Jätehuollon kuntayhtymä ${place}`, spend: [2, 40] },
  { type: 'joint_municipal_authority', name: (place) => `Koulutuskuntayhtymä ${place}`, spend: [5, 80] },
  { type: 'municipal_company', name: (place) => `${place} Vesi Oy`, spend: [3, 60] },
  { type: 'municipal_company', name: (place) => `${place} Asunnot Oy`, spend: [5, 120] },
  { type: 'municipal_company', name: (place) => `${place} Energia Oy`, spend: [10, 200] },
  { type: 'municipal_company', name: (place) => `${place} Tilapalvelut Oy`, spend: [2, 50] },
  { type: 'state_agency', name: (place) => `Valtion palvelukeskus ${place}`, spend: [1, 30] },
  { type: 'university_or_public_body', name: (place) => `Ammattikorkeakoulu ${place} Oy`, spend: [5, 90] },
  { type: 'other', name: (place) => `Kehitysyhtiö ${place} Oy`, spend: [1, 15] },
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function euros(random: DemoRandom, minMillions: number, maxMillions: number): string {
  // Log-uniform: many small organisations, few large ones.
  const value = Math.exp(
    Math.log(minMillions) + random.next() * (Math.log(maxMillions) - Math.log(minMillions)),
  );
  return (Math.round(value * 100) * 10_000).toFixed(2);
}

function contacts(random: DemoRandom, domain: string, isSwedishSpeaking: boolean): DemoContact[] {
  return Array.from({ length: random.integer(1, 3) }, () => {
    const swedish = isSwedishSpeaking && random.next() < 0.7;
    const first = random.pick(swedish ? SWEDISH_FIRST : FIRST_NAMES);
    const last = random.pick(swedish ? SWEDISH_LAST : LAST_NAMES);
    return {
      name: `${first} ${last}`,
      email: `${slug(first)}.${slug(last)}@${domain}`,
      phone: `+358 ${random.integer(40, 50)} ${random.integer(100, 999)} ${random.integer(1000, 9999)}`,
      title: random.pick(TITLES),
      preferredLanguage: swedish ? 'sv' : 'fi',
    };
  });
}

/** The demo CRM: every municipality, every wellbeing services county and about 150 other bodies. */
export function demoUnits(
  municipalities: readonly MunicipalityRow[],
  counties: readonly WellbeingCountyRow[],
): DemoUnit[] {
  const random = new DemoRandom(20_201);
  const usedIds = new Set<string>();
  const units: DemoUnit[] = [];
  for (const municipality of municipalities) {
    const isSwedish =
      municipality.nameSv !== municipality.nameFi && ['15', '21', '01'].includes(municipality.regionCode);
    const domain = `${slug(municipality.nameFi)}.test`;
    const isHelsinki = municipality.code === '091';
    units.push({
      nameFi: isHelsinki ? 'Helsingin kaupunki' : municipality.nameFi,
      nameSv: isHelsinki
        ? 'Helsingfors stad'
        : municipality.nameSv !== municipality.nameFi
          ? municipality.nameSv
          : null,
      businessId: random.businessId(usedIds),
      type: 'municipality',
      municipalityCode: municipality.code,
      regionCode: municipality.regionCode,
      estimatedAnnualSpend: isHelsinki ? '2450000000.00' : euros(random, 3, 400),
      website: `https://www.${domain}`,
      contacts: contacts(random, domain, isSwedish),
    });
  }
  for (const county of counties.filter((candidate) => candidate.isWellbeingServicesCounty)) {
    const domain = `${slug(county.nameFi)}.test`;
    units.push({
      nameFi: county.nameFi,
      nameSv: county.nameSv,
      businessId: random.businessId(usedIds),
      type: 'wellbeing_services_county',
      municipalityCode: null,
      regionCode: county.regionCodes[0],
      estimatedAnnualSpend: euros(random, 150, 1200),
      website: `https://www.${domain}`,
      contacts: contacts(random, domain, county.regionCodes[0] === '15'),
    });
  }
  const places = municipalities.filter((municipality) => municipality.regionCode !== '21');
  const usedNames = new Set(units.map((unit) => unit.nameFi));
  const target = units.length + 150;
  while (units.length < target) {
    const template = random.pick(OTHER_TEMPLATES);
    const place = random.pick(places);
    const name = template.name(place.nameFi);
    if (usedNames.has(name)) {
      continue;
    }
    usedNames.add(name);
    const domain = `${slug(name).slice(0, 40)}.test`;
    units.push({
      nameFi: name,
      nameSv: null,
      businessId: random.businessId(usedIds),
      type: template.type,
      municipalityCode: place.code,
      regionCode: place.regionCode,
      estimatedAnnualSpend: euros(random, template.spend[0], template.spend[1]),
      website: null,
      contacts: contacts(random, domain, false),
    });
  }
  return units;
}

import type { UnitType } from '../../../units/unit-types';
import type { ScaleProfile } from './scale-profiles';
import { SyntheticRandom, WeightedChoice } from './synthetic-random';

export interface SyntheticRegion {
  readonly code: string;
  /** Null for Finland's regions, which the reference data already has. */
  readonly names: { fi: string; sv: string; en: string } | null;
  readonly municipalities: readonly { code: string; name: string }[];
}

export interface SyntheticUnit {
  readonly name: string;
  readonly nameSv: string | null;
  readonly type: UnitType;
  readonly regionIndex: number;
  readonly municipalityCode: string | null;
  /** Estimated annual spend in euros. */
  readonly spend: number;
  readonly isActive: boolean;
}

export interface Assignment {
  readonly agentIndex: number;
  readonly regionIndex: number;
  readonly fromDay: number;
  /** Inclusive; null while it lasts. */
  readonly toDay: number | null;
}

/** The network the work records hang on: regions, units, agents and who covers which region when. */
export interface SyntheticNetwork {
  readonly regions: readonly SyntheticRegion[];
  readonly units: readonly SyntheticUnit[];
  readonly agentCount: number;
  readonly assignments: readonly Assignment[];
  /** Units of each region, and a choice among them weighted by spend (big buyers get more). */
  readonly unitsByRegion: readonly (readonly number[])[];
  readonly unitChoiceByRegion: readonly WeightedChoice[];
  /** Who covered each region when, per region. */
  readonly assignmentsByRegion: readonly (readonly Assignment[])[];
  /** A choice of region weighted by its units' spend. */
  readonly regionChoice: WeightedChoice;
  /** A choice of unit across the whole network weighted by spend. */
  readonly unitChoice: WeightedChoice;
}

const COUNTRIES = [
  ['AT', 'Österreich'],
  ['BE', 'Belgique'],
  ['BG', 'Bulgaria'],
  ['CY', 'Kypros'],
  ['CZ', 'Česko'],
  ['DE', 'Deutschland'],
  ['DK', 'Danmark'],
  ['EE', 'Eesti'],
  ['EL', 'Elláda'],
  ['ES', 'España'],
  ['FR', 'France'],
  ['HR', 'Hrvatska'],
  ['HU', 'Magyarország'],
  ['IE', 'Éire'],
  ['IT', 'Italia'],
  ['LT', 'Lietuva'],
  ['LU', 'Lëtzebuerg'],
  ['LV', 'Latvija'],
  ['MT', 'Malta'],
  ['NL', 'Nederland'],
  ['PL', 'Polska'],
  ['PT', 'Portugal'],
  ['RO', 'România'],
  ['SE', 'Sverige'],
  ['SI', 'Slovenija'],
  ['SK', 'Slovensko'],
] as const;

const SYLLABLES = [
  'al',
  'an',
  'ar',
  'ber',
  'bur',
  'ca',
  'del',
  'dor',
  'en',
  'fal',
  'gar',
  'ha',
  'il',
  'kan',
  'ker',
  'la',
  'len',
  'lin',
  'ma',
  'mar',
  'mon',
  'na',
  'nor',
  'ol',
  'pa',
  'ran',
  'ri',
  'ro',
  'sa',
  'sel',
  'ster',
  'ta',
  'ten',
  'tor',
  'va',
  'vel',
  'ven',
  'vik',
  'wal',
  'zan',
];

const FINNISH_UNIT_NAMES: Record<
  Exclude<UnitType, 'municipality' | 'wellbeing_services_county'>,
  string[]
> = {
  joint_municipal_authority: ['seudun jätehuolto', 'koulutuskuntayhtymä', 'sairaanhoitopiiri', 'seutukunta'],
  state_agency: ['ELY-keskus', 'aluehallintovirasto', 'poliisilaitos', 'pelastuslaitos'],
  municipal_company: ['Vesi Oy', 'Energia Oy', 'Asunnot Oy', 'Tilapalvelut Oy', 'Satama Oy', 'Liikenne Oy'],
  university_or_public_body: ['ammattikorkeakoulu', 'yliopisto', 'kaupunginkirjasto', 'museo'],
  other: ['seurakuntayhtymä', 'kehitysyhtiö', 'urheiluhallit', 'hankintarengas'],
};

const EU_UNIT_NAMES: Record<UnitType, string[]> = {
  municipality: ['City of', 'Municipality of', 'Town of'],
  wellbeing_services_county: ['Health Region'],
  joint_municipal_authority: ['Waste Authority', 'School Board', 'Hospital District', 'Transport Authority'],
  state_agency: ['Tax Office', 'Police Department', 'Rescue Services', 'Land Registry'],
  municipal_company: ['Water', 'Energy', 'Housing', 'Facilities', 'Port', 'Transit'],
  university_or_public_body: ['University', 'Library', 'Museum', 'Institute'],
  other: ['Parish Union', 'Development Agency', 'Sports Centre', 'Purchasing Consortium'],
};

// How common each kind of buyer is (besides one municipality per municipality and one county per region).
const TYPE_WEIGHTS: [UnitType, number, number][] = [
  // type, weight, median spend in euros
  ['municipal_company', 40, 2_000_000],
  ['joint_municipal_authority', 12, 8_000_000],
  ['state_agency', 10, 5_000_000],
  ['university_or_public_body', 13, 4_000_000],
  ['other', 25, 500_000],
];

function placeName(random: SyntheticRandom): string {
  const parts = random.integer(2, 3);
  let name = '';
  for (let index = 0; index < parts; index++) {
    name += random.pick(SYLLABLES);
  }
  return name[0].toUpperCase() + name.slice(1);
}

/** NUTS-3-like codes: country, then three letters or digits (`DE1A3`); Finland keeps its reference regions. */
function syntheticRegions(
  random: SyntheticRandom,
  finnish: readonly SyntheticRegion[],
  count: number,
): SyntheticRegion[] {
  const regions = [...finnish];
  const used = new Set<string>();
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  while (regions.length < count) {
    const [country, countryName] = random.pick(COUNTRIES);
    const code = `${country}${random.integer(1, 9)}${random.pick([...alphabet])}${random.pick([...alphabet])}`;
    if (used.has(code)) {
      continue;
    }
    used.add(code);
    const place = placeName(random);
    const municipalities = Array.from({ length: random.integer(4, 30) }, () => ({
      code: '',
      name: placeName(random),
    }));
    regions.push({
      code,
      names: {
        fi: `${place} (${countryName})`,
        sv: `${place} (${countryName})`,
        en: `${place} (${countryName})`,
      },
      municipalities: [{ code: '', name: place }, ...municipalities],
    });
  }
  return regions;
}

function unitsOfRegion(
  random: SyntheticRandom,
  region: SyntheticRegion,
  regionIndex: number,
  target: number,
  isFinnish: boolean,
): SyntheticUnit[] {
  const units: SyntheticUnit[] = [];
  const typeChoice = new WeightedChoice(TYPE_WEIGHTS.map(([, weight]) => weight));
  const unit = (
    type: UnitType,
    place: { code: string; name: string },
    name: string,
    median: number,
  ): void => {
    units.push({
      name,
      nameSv: null,
      type,
      regionIndex,
      municipalityCode: place.code || null,
      spend: Math.round(random.logNormal(median, 1.2)),
      // A few units have closed down or merged: inactive, but their history stays.
      isActive: !random.chance(0.03),
    });
  };
  const [capital] = region.municipalities;
  unit(
    'wellbeing_services_county',
    capital,
    isFinnish
      ? `${capital.name}n hyvinvointialue`
      : `${capital.name} ${EU_UNIT_NAMES.wellbeing_services_county[0]}`,
    200_000_000,
  );
  for (const place of region.municipalities) {
    if (units.length >= target) {
      break;
    }
    unit(
      'municipality',
      place,
      isFinnish ? `${place.name} kunta` : `${random.pick(EU_UNIT_NAMES.municipality)} ${place.name}`,
      place === capital ? 150_000_000 : 15_000_000,
    );
  }
  while (units.length < target) {
    const [type, , median] = TYPE_WEIGHTS[typeChoice.pick(random)];
    // Bigger municipalities host more of the other buyers.
    const place = region.municipalities[Math.floor(region.municipalities.length * random.next() ** 2)];
    const word = random.pick(
      isFinnish ? FINNISH_UNIT_NAMES[type as keyof typeof FINNISH_UNIT_NAMES] : EU_UNIT_NAMES[type],
    );
    const suffix = random.chance(0.3) ? ` ${placeName(random)}` : '';
    unit(type, place, `${place.name} ${word}${suffix}`, median);
  }
  return units;
}

/**
 * Builds the network: Finland's reference regions (plus NUTS-3-like synthetic ones at EU scale), units
 * spread over them with skew (a few big regions, log-normal spend), and agents covering regions, with a
 * few regions uncovered and, where there are agents to spare, handovers halfway through the history.
 */
export function syntheticNetwork(
  random: SyntheticRandom,
  profile: ScaleProfile,
  finnishRegions: readonly SyntheticRegion[],
  historyDays: number,
): SyntheticNetwork {
  const regions = syntheticRegions(random, finnishRegions, profile.regions);
  // Region sizes follow a Zipf-like curve: the capital region is many times the smallest.
  // Nationally, a region's size follows its municipalities.
  const sizeWeights = regions.map((region, index) =>
    regions.length === finnishRegions.length
      ? region.municipalities.length + 5
      : 1 / (1 + index / 40) ** 0.8 + random.next() * 0.3,
  );
  const weightSum = sizeWeights.reduce((sum, weight) => sum + weight, 0);
  const units: SyntheticUnit[] = [];
  const unitsByRegion: number[][] = [];
  // Largest remainders, so that the regions' shares add up to exactly the profile's units.
  const exact = sizeWeights.map((weight) => (profile.units * weight) / weightSum);
  const targets = exact.map((value) => Math.max(3, Math.floor(value)));
  const byRemainder = exact
    .map((value, index) => [value - Math.floor(value), index])
    .sort((a, b) => b[0] - a[0]);
  for (
    let missing = profile.units - targets.reduce((sum, value) => sum + value, 0), k = 0;
    missing > 0;
    missing--, k++
  ) {
    targets[byRemainder[k % byRemainder.length][1]]++;
  }
  for (const [regionIndex, region] of regions.entries()) {
    const target = targets[regionIndex];
    const regionUnits = unitsOfRegion(random, region, regionIndex, target, region.names === null);
    unitsByRegion.push(regionUnits.map((_, index) => units.length + index));
    units.push(...regionUnits);
  }
  units.length = Math.min(units.length, profile.units);
  for (const list of unitsByRegion) {
    while (list.length > 0 && list[list.length - 1] >= units.length) {
      list.pop();
    }
  }
  const unitWeight = (index: number): number => (units[index].isActive ? Math.sqrt(units[index].spend) : 0.1);
  const unitChoiceByRegion = unitsByRegion.map((list) => new WeightedChoice(list.map(unitWeight)));
  const regionChoice = new WeightedChoice(
    unitsByRegion.map((list) => list.reduce((sum, index) => sum + unitWeight(index), 0)),
  );
  const unitChoice = new WeightedChoice(units.map((_, index) => unitWeight(index)));

  const uncovered = Math.max(1, Math.round(regions.length * profile.uncoveredRegionShare));
  // The last regions (the smallest at EU scale) have no agent.
  const covered = regions.map((_, index) => index).slice(0, regions.length - uncovered);
  const assignments: Assignment[] = [];
  const handoverDay = Math.floor(historyDays / 2);
  covered.forEach((regionIndex, position) => {
    if (position < profile.agents) {
      assignments.push({ agentIndex: position, regionIndex, fromDay: 0, toDay: null });
    } else {
      assignments.push({ agentIndex: position % profile.agents, regionIndex, fromDay: 0, toDay: null });
    }
  });
  // Agents beyond one per covered region took over a region halfway: its first agent left the network.
  for (let agentIndex = covered.length; agentIndex < profile.agents; agentIndex++) {
    const position = (agentIndex - covered.length) % covered.length;
    const previous = assignments[position];
    assignments[position] = { ...previous, toDay: handoverDay - 1 };
    assignments.push({ agentIndex, regionIndex: previous.regionIndex, fromDay: handoverDay, toDay: null });
  }
  const assignmentsByRegion = regions.map((_, regionIndex) =>
    assignments.filter((assignment) => assignment.regionIndex === regionIndex),
  );
  return {
    regions,
    units,
    agentCount: profile.agents,
    assignments,
    assignmentsByRegion,
    unitsByRegion,
    unitChoiceByRegion,
    regionChoice,
    unitChoice,
  };
}

/** Which agent covers a region on a day, or -1. */
export function coveringAgent(network: SyntheticNetwork, regionIndex: number, day: number): number {
  for (const assignment of network.assignmentsByRegion[regionIndex]) {
    if (assignment.fromDay <= day && (assignment.toDay === null || assignment.toDay >= day)) {
      return assignment.agentIndex;
    }
  }
  return -1;
}

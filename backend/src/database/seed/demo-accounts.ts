// Fictional people of the demo network. The regions are those of the 2020 network; regions 07, 11, 12
// and 21 have no agent. Host organisations are the regions' councils, where such agents typically work.
export interface DemoAgent {
  readonly regionCode: string;
  readonly displayName: string;
  readonly hostOrganisation: string;
  readonly preferredLanguage: 'fi' | 'sv';
  readonly monthlyCapacityHours: number;
}

export const DEMO_AGENTS: readonly DemoAgent[] = [
  {
    regionCode: '01',
    displayName: 'Aino Lehtinen',
    hostOrganisation: 'Uudenmaan liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 60,
  },
  {
    regionCode: '02',
    displayName: 'Mikael Virtanen',
    hostOrganisation: 'Varsinais-Suomen liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 40,
  },
  {
    regionCode: '04',
    displayName: 'Sanna Koskinen',
    hostOrganisation: 'Satakuntaliitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 32,
  },
  {
    regionCode: '05',
    displayName: 'Jussi Heikkilä',
    hostOrganisation: 'Hämeen liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 32,
  },
  {
    regionCode: '06',
    displayName: 'Liisa Mäkelä',
    hostOrganisation: 'Pirkanmaan liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 48,
  },
  {
    regionCode: '08',
    displayName: 'Pekka Nieminen',
    hostOrganisation: 'Kymenlaakson liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 24,
  },
  {
    regionCode: '09',
    displayName: 'Helmi Laine',
    hostOrganisation: 'Etelä-Karjalan liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 24,
  },
  {
    regionCode: '10',
    displayName: 'Antti Hyvönen',
    hostOrganisation: 'Etelä-Savon maakuntaliitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 24,
  },
  {
    regionCode: '13',
    displayName: 'Riikka Salonen',
    hostOrganisation: 'Keski-Suomen liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 40,
  },
  {
    regionCode: '14',
    displayName: 'Tuomas Rantanen',
    hostOrganisation: 'Etelä-Pohjanmaan liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 32,
  },
  {
    regionCode: '15',
    displayName: 'Johanna Björklund',
    hostOrganisation: 'Österbottens förbund',
    preferredLanguage: 'sv',
    monthlyCapacityHours: 32,
  },
  {
    regionCode: '16',
    displayName: 'Ville Kangas',
    hostOrganisation: 'Keski-Pohjanmaan liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 20,
  },
  {
    regionCode: '17',
    displayName: 'Elina Pesonen',
    hostOrganisation: 'Pohjois-Pohjanmaan liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 48,
  },
  {
    regionCode: '18',
    displayName: 'Matti Kinnunen',
    hostOrganisation: 'Kainuun liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 20,
  },
  {
    regionCode: '19',
    displayName: 'Saara Niskanen',
    hostOrganisation: 'Lapin liitto',
    preferredLanguage: 'fi',
    monthlyCapacityHours: 32,
  },
];

export const DEMO_NETWORK_START = '2020-01-01';
export const DEMO_EMAIL_DOMAIN = 'demo.keino.test';

export function demoAgentEmail(regionCode: string): string {
  return `agent.${regionCode}@${DEMO_EMAIL_DOMAIN}`;
}

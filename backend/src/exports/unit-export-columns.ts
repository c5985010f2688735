import type { ExportColumn } from './tabular-export';

export interface UnitExportRow {
  nameFi: string;
  nameSv: string | null;
  businessId: string;
  type: string;
  municipalityCode: string | null;
  regionCode: string;
  estimatedAnnualSpend: string | null;
  website: string | null;
  isActive: boolean;
}

// Headers that the import reads back (docs/imports.md), so an exported file can be edited and imported.
export const UNIT_EXPORT_COLUMNS: readonly ExportColumn<UnitExportRow>[] = [
  { header: { fi: 'Nimi', sv: 'Namn på finska', en: 'Name' }, value: (row) => row.nameFi, width: 40 },
  {
    header: { fi: 'Nimi ruotsiksi', sv: 'Namn på svenska', en: 'Name (sv)' },
    value: (row) => row.nameSv,
    width: 40,
  },
  {
    header: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
    value: (row) => row.businessId,
    width: 12,
  },
  { header: { fi: 'Tyyppi', sv: 'Typ', en: 'Type' }, value: (row) => row.type, width: 26 },
  {
    header: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' },
    value: (row) => row.municipalityCode,
    width: 10,
  },
  { header: { fi: 'Maakunta', sv: 'Landskap', en: 'Region' }, value: (row) => row.regionCode, width: 10 },
  {
    header: { fi: 'Hankintavolyymi', sv: 'Upphandlingsvolym', en: 'Estimated annual spend' },
    value: (row) => row.estimatedAnnualSpend,
    width: 18,
    isMoney: true,
  },
  { header: { fi: 'Verkkosivu', sv: 'Webbplats', en: 'Website' }, value: (row) => row.website, width: 30 },
  { header: { fi: 'Aktiivinen', sv: 'Aktiv', en: 'Active' }, value: (row) => row.isActive, width: 10 },
];

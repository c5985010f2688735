import type { ExportColumn } from '../exports/tabular-export';
import type { RegionFiguresDto } from './dto/national-dashboard.dto';

/** A row of the national figures download: a region, or the whole country (code empty). */
export interface NationalExportRow {
  readonly code: string;
  /** In the caller's language. */
  readonly name: string;
  readonly hasAgent: boolean | null;
  readonly figures: Omit<RegionFiguresDto, 'code' | 'names' | 'hasAgent' | 'agent'>;
}

const percent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;

/** The columns of the download: the per-region table of the national page, with a totals row. */
export const NATIONAL_EXPORT_COLUMNS: readonly ExportColumn<NationalExportRow>[] = [
  { header: { fi: 'Koodi', sv: 'Kod', en: 'Code' }, value: (row) => row.code, width: 8 },
  { header: { fi: 'Maakunta', sv: 'Landskap', en: 'Region' }, value: (row) => row.name, width: 26 },
  {
    header: { fi: 'Aktiivinen agentti', sv: 'Aktiv agent', en: 'Active agent' },
    value: (row) => row.hasAgent,
    width: 10,
  },
  {
    header: { fi: 'Aktiiviset yksiköt', sv: 'Aktiva enheter', en: 'Active units' },
    value: (row) => row.figures.activeUnits,
  },
  {
    header: { fi: 'Tavoitetut yksiköt', sv: 'Nådda enheter', en: 'Reached units' },
    value: (row) => row.figures.reachedUnits,
  },
  {
    header: { fi: 'Kattavuus %', sv: 'Täckning %', en: 'Coverage %' },
    value: (row) => percent(row.figures.coverage),
    isDecimal: true,
  },
  {
    header: { fi: 'Saapuneet pyynnöt', sv: 'Inkomna förfrågningar', en: 'Requests received' },
    value: (row) => row.figures.requestsReceived,
  },
  {
    header: { fi: 'Ratkaistut pyynnöt', sv: 'Lösta förfrågningar', en: 'Requests resolved' },
    value: (row) => row.figures.requestsResolved,
  },
  {
    header: { fi: 'Neuvontatunnit', sv: 'Rådgivningstimmar', en: 'Hours of advice' },
    value: (row) => row.figures.hours,
    isDecimal: true,
  },
  {
    header: {
      fi: 'Ensivastauksen mediaani (arkipäivää)',
      sv: 'Median för första svar (arbetsdagar)',
      en: 'Median first response (business days)',
    },
    value: (row) => row.figures.medianFirstResponseBusinessDays,
    isDecimal: true,
  },
  {
    header: { fi: 'Palvelutaso toteutui %', sv: 'Servicenivå uppnådd %', en: 'SLA compliance %' },
    value: (row) => percent(row.figures.slaCompliance),
    isDecimal: true,
  },
];

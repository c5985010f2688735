import { HELSINKI_TIME_ZONE } from '../common/time/helsinki-date';
import type { ExportColumn } from './tabular-export';

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: HELSINKI_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** A time as people in Finland read it: `2026-11-20 14:05` (Europe/Helsinki). */
function local(value: Date | null): string | null {
  return value ? dateTime.format(value) : null;
}

export interface RequestExportRow {
  number: number;
  title: string;
  status: string;
  urgency: string;
  source: string;
  unit: string;
  regionCode: string | null;
  agent: string | null;
  submittedAt: Date;
  firstResponseDueAt: Date;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date;
  resolvedAt: Date | null;
  rating: number | null;
}

// Work records without personal data: no requester name or address.
export const REQUEST_EXPORT_COLUMNS: readonly ExportColumn<RequestExportRow>[] = [
  { header: { fi: 'Numero', sv: 'Nummer', en: 'Number' }, value: (row) => row.number, width: 8 },
  { header: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' }, value: (row) => row.title, width: 40 },
  { header: { fi: 'Tila', sv: 'Status', en: 'Status' }, value: (row) => row.status, width: 16 },
  { header: { fi: 'Kiireellisyys', sv: 'Brådska', en: 'Urgency' }, value: (row) => row.urgency, width: 10 },
  { header: { fi: 'Lähde', sv: 'Källa', en: 'Source' }, value: (row) => row.source, width: 12 },
  { header: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' }, value: (row) => row.unit, width: 36 },
  { header: { fi: 'Maakunta', sv: 'Landskap', en: 'Region' }, value: (row) => row.regionCode, width: 10 },
  { header: { fi: 'Agentti', sv: 'Agent', en: 'Agent' }, value: (row) => row.agent, width: 24 },
  {
    header: { fi: 'Saapunut', sv: 'Inkommen', en: 'Submitted' },
    value: (row) => local(row.submittedAt),
    width: 18,
  },
  {
    header: { fi: 'Ensivastaus viimeistään', sv: 'Första svar senast', en: 'First response due' },
    value: (row) => local(row.firstResponseDueAt),
    width: 18,
  },
  {
    header: { fi: 'Ensivastaus', sv: 'Första svar', en: 'First response' },
    value: (row) => local(row.firstRespondedAt),
    width: 18,
  },
  {
    header: { fi: 'Ratkaisu viimeistään', sv: 'Lösning senast', en: 'Resolution due' },
    value: (row) => local(row.resolutionDueAt),
    width: 18,
  },
  {
    header: { fi: 'Ratkaistu', sv: 'Löst', en: 'Resolved' },
    value: (row) => local(row.resolvedAt),
    width: 18,
  },
  { header: { fi: 'Arvio', sv: 'Betyg', en: 'Rating' }, value: (row) => row.rating, width: 8 },
];

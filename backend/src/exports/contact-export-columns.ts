import type { ExportColumn } from './tabular-export';

export interface ContactExportRow {
  unitName: string;
  businessId: string;
  regionCode: string;
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  preferredLanguage: string;
}

// The same headers the unit import reads, so a contact list can be corrected and imported back.
export const CONTACT_EXPORT_COLUMNS: readonly ExportColumn<ContactExportRow>[] = [
  { header: { fi: 'Nimi', sv: 'Namn på finska', en: 'Name' }, value: (row) => row.unitName, width: 40 },
  {
    header: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
    value: (row) => row.businessId,
    width: 12,
  },
  { header: { fi: 'Maakunta', sv: 'Landskap', en: 'Region' }, value: (row) => row.regionCode, width: 10 },
  {
    header: { fi: 'Yhteyshenkilö', sv: 'Kontaktperson', en: 'Contact name' },
    value: (row) => row.name,
    width: 28,
  },
  { header: { fi: 'Nimike', sv: 'Titel', en: 'Title' }, value: (row) => row.title, width: 28 },
  { header: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' }, value: (row) => row.email, width: 32 },
  { header: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' }, value: (row) => row.phone, width: 18 },
  { header: { fi: 'Kieli', sv: 'Språk', en: 'Language' }, value: (row) => row.preferredLanguage, width: 8 },
];

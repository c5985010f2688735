import { importReportFixture, importRowFixture } from '../testing/units-testing';
import { buildErrorReportCsv } from './import-error-report';

const HEADINGS = { row: 'Rivi', businessId: 'Y-tunnus', name: 'Nimi', column: 'Sarake', message: 'Virhe' };

describe('buildErrorReportCsv', () => {
  it('lists only the rejected rows, one line per problem, with row, column and message', () => {
    const csv = buildErrorReportCsv(importReportFixture().rows, HEADINGS);

    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Rivi;Y-tunnus;Nimi;Sarake;Virhe',
      '4;1234567-1;Virheellinen Oy;Y-tunnus;invalid business ID',
      '4;1234567-1;Virheellinen Oy;Tyyppi;"unknown type ""yhtiö"""',
      '',
    ]);
  });

  it('has only the heading line when nothing was rejected', () => {
    const rows = [importRowFixture({ row: 2 }), importRowFixture({ row: 3, action: 'unchanged' })];

    expect(buildErrorReportCsv(rows, HEADINGS)).toBe('\ufeffRivi;Y-tunnus;Nimi;Sarake;Virhe\r\n');
  });

  it.each([
    ['a semicolon', 'Oy; Ab', '"Oy; Ab"'],
    ['a line break', 'Rivi\nkaksi', '"Rivi\nkaksi"'],
    ['a formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a leading minus', '-5', "'-5"],
  ])('keeps a name with %s in its cell', (_description, name, cell) => {
    const rows = [
      importRowFixture({ row: 7, action: 'reject', name, errors: [{ column: 'Nimi', message: 'too long' }] }),
    ];

    const [, line] = buildErrorReportCsv(rows, HEADINGS).slice(1).split('\r\n');
    expect(line).toBe(`7;0201256-6;${cell};Nimi;too long`);
  });
});

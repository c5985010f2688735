import { ValidationFailedError } from '../common/errors/domain-error';
import { openCsv } from './csv-decoding';

async function recordsOf(
  buffer: Buffer,
): Promise<{ header: string[]; records: string[][]; encoding: string; delimiter: string }> {
  const csv = await openCsv(buffer);
  const records: string[][] = [];
  for await (const record of csv.records) {
    records.push(record);
  }
  return { header: csv.header, records, encoding: csv.encoding, delimiter: csv.delimiter };
}

describe('openCsv', () => {
  const rows = 'nimi;y-tunnus\nÄänekosken kaupunki;0208201-1\n';

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows, 'utf8')]), 'utf-8'],
    ['UTF-8 without BOM', Buffer.from(rows, 'utf8'), 'utf-8'],
    ['Windows-1252', Buffer.from(rows, 'latin1'), 'windows-1252'],
  ])('reads %s', async (_case, buffer, encoding) => {
    const decoded = await recordsOf(buffer);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.delimiter).toBe(';');
    expect(decoded.header).toEqual(['nimi', 'y-tunnus']);
    expect(decoded.records).toEqual([['Äänekosken kaupunki', '0208201-1']]);
  });

  it('detects commas and keeps quoted separators', async () => {
    const decoded = await recordsOf(Buffer.from('name,business id\r\n"Kuntayhtymä, Itä",1234567-1\r\n'));
    expect(decoded.delimiter).toBe(',');
    expect(decoded.records).toEqual([['Kuntayhtymä, Itä', '1234567-1']]);
  });

  it('reads a file larger than one decoding chunk, a character split between chunks included', async () => {
    // 3 000 rows of about 40 bytes: the 64 kB chunks end inside rows and inside two-byte characters.
    const lines = Array.from({ length: 3000 }, (_, index) => `Ääneseudun yksikkö ${index};${index}`);
    const decoded = await recordsOf(Buffer.from(['nimi;y-tunnus', ...lines].join('\n'), 'utf8'));
    expect(decoded.records).toHaveLength(3000);
    expect(decoded.records.map(([name, id]) => `${name};${id}`)).toEqual(lines);
  });

  it('refuses a file that is not CSV with the line where reading stopped', async () => {
    const reading = recordsOf(Buffer.from('nimi;y-tunnus\n"Rikki;1\nToinen;2\n'));
    await expect(reading).rejects.toThrow(ValidationFailedError);
    await expect(reading).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          field: 'file',
          code: 'malformedCsv',
          message: expect.stringMatching(/line 3/),
        }),
      ],
    });
  });
});

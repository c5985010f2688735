import { decodeCsv } from './csv-decoding';

describe('decodeCsv', () => {
  const rows = 'nimi;y-tunnus\nÄänekosken kaupunki;0208201-1\n';

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows, 'utf8')]), 'utf-8'],
    ['UTF-8 without BOM', Buffer.from(rows, 'utf8'), 'utf-8'],
    ['Windows-1252', Buffer.from(rows, 'latin1'), 'windows-1252'],
  ])('reads %s', (_case, buffer, encoding) => {
    const decoded = decodeCsv(buffer);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.delimiter).toBe(';');
    expect(decoded.header).toEqual(['nimi', 'y-tunnus']);
    expect(decoded.records).toEqual([['Äänekosken kaupunki', '0208201-1']]);
  });

  it('detects commas and keeps quoted separators', () => {
    const decoded = decodeCsv(Buffer.from('name,business id\r\n"Kuntayhtymä, Itä",1234567-1\r\n'));
    expect(decoded.delimiter).toBe(',');
    expect(decoded.records).toEqual([['Kuntayhtymä, Itä', '1234567-1']]);
  });
});

import { Writable } from 'node:stream';
import { type ExportColumn, type ExportFormat, writeTabular } from './tabular-export';

interface Row {
  readonly name: string;
}

const COLUMNS: readonly ExportColumn<Row>[] = [
  { header: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, value: (row) => row.name },
];

/** A download the client abandons: the connection closes after the first bytes arrive. */
function abandonedDownload(): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback();
      this.destroy();
    },
  });
}

const MANY_ROWS = 200_000;

/** The rows of a huge export; records how many were read and whether reading stopped. */
async function* manyRows(progress: { read: number; stopped: boolean }): AsyncGenerator<Row> {
  try {
    while (progress.read < MANY_ROWS) {
      progress.read += 1;
      yield { name: `Yksikkö ${progress.read}` };
    }
  } finally {
    progress.stopped = true;
  }
}

/** Collects what a complete download receives. */
function completeDownload(): { output: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { output, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('writeTabular', () => {
  it.each<ExportFormat>(['csv', 'xlsx'])(
    'stops reading rows and fails when the download is abandoned (%s)',
    async (format) => {
      const progress = { read: 0, stopped: false };
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown): void => {
        unhandled.push(reason);
      };
      process.on('unhandledRejection', onUnhandled);
      try {
        await expect(
          writeTabular(manyRows(progress), COLUMNS, format, 'fi', abandonedDownload()),
        ).rejects.toThrow();
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
      expect(progress.stopped).toBe(true);
      expect(progress.read).toBeLessThan(MANY_ROWS);
      // An unhandled rejection stops the API's process (Node's default).
      expect(unhandled).toEqual([]);
    },
  );

  it('writes every row of a complete CSV download', async () => {
    async function* rows(): AsyncGenerator<Row> {
      yield { name: 'Ämmänsaari' };
      yield { name: 'Turku; Åbo' };
    }
    const download = completeDownload();
    await writeTabular(rows(), COLUMNS, 'csv', 'fi', download.output);
    expect(download.text()).toBe('\ufeffNimi\r\nÄmmänsaari\r\n"Turku; Åbo"\r\n');
  });
});

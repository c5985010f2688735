import 'reflect-metadata';
import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import { streamStatement } from '../src/database/stream-statement';
import { openTestDataSource } from './support/test-database';

describe('streamStatement', () => {
  // Two connections: a stream that kept its connection would leave the third stream waiting for good.
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openTestDataSource(2);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  const many = 'SELECT g FROM generate_series(1, 100000) g';

  it('gives its connection back when the reader abandons it, reads it to the end, or it fails', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const abandoned = await streamStatement(dataSource, many, []);
      const [first] = (await once(abandoned, 'data')) as unknown[];
      expect(first).toEqual({ g: 1 });
      // As an export does when its client goes away: destroyed, without an error.
      abandoned.destroy();
    }
    const whole = await streamStatement(dataSource, 'SELECT g FROM generate_series(1, $1::int) g', [3]);
    const rows: unknown[] = [];
    for await (const row of whole) {
      rows.push(row);
    }
    expect(rows).toEqual([{ g: 1 }, { g: 2 }, { g: 3 }]);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const failing = await streamStatement(
        dataSource,
        'SELECT 1 / (g - 2) AS q FROM generate_series(1, 3) g',
        [],
      );
      await expect(async () => {
        for await (const row of failing) {
          rows.push(row);
        }
      }).rejects.toThrow(/division by zero/);
    }
    expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});

import type { EntityManager } from 'typeorm';
import { readTogether } from './read-together';

describe('readTogether', () => {
  const tracked = (log: string[], name: string, value: number) => async (): Promise<number> => {
    log.push(`start ${name}`);
    await new Promise((resolve) => setImmediate(resolve));
    log.push(`end ${name}`);
    return value;
  };

  it('starts every read at once outside a transaction', async () => {
    const log: string[] = [];
    const pooled = {} as EntityManager;
    expect(await readTogether(pooled, [tracked(log, 'a', 1), tracked(log, 'b', 2)])).toEqual([1, 2]);
    expect(log).toEqual(['start a', 'start b', 'end a', 'end b']);
  });

  it("runs them one after another on a transaction's connection", async () => {
    const log: string[] = [];
    const inTransaction = { queryRunner: {} } as unknown as EntityManager;
    expect(await readTogether(inTransaction, [tracked(log, 'a', 1), tracked(log, 'b', 2)])).toEqual([1, 2]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});

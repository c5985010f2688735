import { FinnishBusinessIds } from 'finnish-business-ids';
import { DemoRandom } from './demo-random';

describe('DemoRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new DemoRandom(42);
    const b = new DemoRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('makes unique business IDs that pass the checksum', () => {
    const random = new DemoRandom(7);
    const used = new Set<string>();
    const ids = Array.from({ length: 500 }, () => random.businessId(used));
    expect(new Set(ids).size).toBe(500);
    expect(ids.every((id) => FinnishBusinessIds.isValidBusinessId(id))).toBe(true);
  });
});

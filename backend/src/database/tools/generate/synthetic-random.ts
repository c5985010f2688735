import { DemoRandom } from '../../seed/demo-random';

/**
 * The deterministic random source of the generator: the demo data's PRNG plus the distributions synthetic
 * data needs (weighted choice, log-normal amounts) and identifiers that depend only on the seed.
 */
export class SyntheticRandom extends DemoRandom {
  /** Standard normal deviate (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/** Cumulative weights for O(log n) weighted choice among many items. */
export class WeightedChoice {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let index = 0; index < weights.length; index++) {
      sum += weights[index];
      this.cumulative[index] = sum;
    }
    this.total = sum;
  }

  get isEmpty(): boolean {
    return this.total <= 0;
  }

  pick(random: DemoRandom): number {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] <= target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function mix(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function hex32(value: number): string {
  return HEX[value >>> 24] + HEX[(value >>> 16) & 255] + HEX[(value >>> 8) & 255] + HEX[value & 255];
}

/**
 * A version-4-shaped UUID that is a pure function of (seed, kind, index): random-looking like the
 * product's own keys, unique per kind (the first word is a bijection of the index), and the same on
 * every run, so rows generated separately can refer to each other without storing the keys.
 */
export function syntheticUuid(seed: number, kind: number, index: number): string {
  const a = mix(index ^ mix(seed * 31 + kind));
  const b = mix(a + kind * 0x9e3779b9 + seed);
  const c = mix(b ^ index);
  const d = mix(c + seed + kind);
  const hexB = hex32(b);
  const hexC = hex32(c);
  return (
    `${hex32(a)}-${hexB.slice(0, 4)}-4${hexB.slice(5, 8)}-` +
    `${((parseInt(hexC[0], 16) & 3) | 8).toString(16)}${hexC.slice(1, 4)}-${hexC.slice(4)}${hex32(d)}`
  );
}

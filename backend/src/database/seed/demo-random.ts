/** A small deterministic PRNG (mulberry32): the same demo data on every machine. */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  }

  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A valid-checksum fictional Finnish business ID; `used` prevents repeats. */
  businessId(used: Set<string>): string {
    const weights = [7, 9, 10, 5, 8, 4, 2];
    for (;;) {
      const digits = Array.from({ length: 7 }, (_, index) =>
        index === 0 ? this.integer(1, 3) : this.integer(0, 9),
      );
      const remainder = digits.reduce((sum, digit, index) => sum + digit * weights[index], 0) % 11;
      if (remainder === 1) {
        continue;
      }
      const id = `${digits.join('')}-${remainder === 0 ? 0 : 11 - remainder}`;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  }
}

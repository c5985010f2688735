// What people type into the unit search box: the first 3–5 letters of a word of a real unit name, some with
// a typo (two letters swapped, one dropped or one replaced). Seeded, so every run sends the same queries.

const TYPO_SHARE = 0.4;
const LETTERS = 'abdefghijklmnoprstuvyäö';

/** mulberry32: a small, fast, seedable generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** One typo: swap two neighbouring letters, drop one, or replace one; never shorter than 3 letters. */
export function withTypo(word: string, random: () => number): string {
  const kind = word.length > 3 ? pick(random, ['swap', 'drop', 'replace'] as const) : 'replace';
  const at = 1 + Math.floor(random() * (word.length - 1));
  switch (kind) {
    case 'swap':
      return `${word.slice(0, at - 1)}${word[at]}${word[at - 1]}${word.slice(at + 1)}`;
    case 'drop':
      return `${word.slice(0, at)}${word.slice(at + 1)}`;
    case 'replace': {
      const others = [...LETTERS].filter((letter) => letter !== word[at]);
      return `${word.slice(0, at)}${pick(random, others)}${word.slice(at + 1)}`;
    }
  }
}

/** `count` queries of 3–5 letters derived from the names (words of at least 3 letters), about 40 % with a typo. */
export function typeaheadQueries(names: readonly string[], count: number, seed = 8): string[] {
  const random = seededRandom(seed);
  const words = names.flatMap((name) =>
    name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 3),
  );
  if (words.length === 0) {
    throw new Error('No unit name has a word of three letters or more');
  }
  return Array.from({ length: count }, () => {
    const word = pick(random, words);
    const prefix = word.slice(0, Math.min(word.length, 3 + Math.floor(random() * 3)));
    return random() < TYPO_SHARE ? withTypo(prefix, random) : prefix;
  });
}

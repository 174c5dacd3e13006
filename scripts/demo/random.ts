/** The demo's seeded randomness: the same seed gives the same organisation. */

export type Random = ReturnType<typeof random>;

/** A small, fast, seeded random generator (mulberry32). */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    /** `count` different items, in the order drawn. */
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const drawn: T[] = [];
      while (drawn.length < count && pool.length > 0) drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
      return drawn;
    },
    /** An amount in cents between two amounts in cents, small ones more often than large ones. */
    skewed: (min: number, max: number) => min + Math.floor((max - min) * next() ** 2),
  };
}

/**
 * A stream of its own for one part of the organisation, so that changing how one part is made does not
 * change the others (the officials and their agenda above all, which the browser tests name).
 */
export const stream = (seed: number, part: string) => random((seed ^ [...part].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261)) >>> 0);

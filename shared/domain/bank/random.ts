/**
 * cyrb128 (bryc, public domain): a fast 128-bit string hash. Not cryptographic; used to seed
 * the PRNG and to name unnamed items, where only spread and stability matter.
 */
export function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** 16 hex digits (64 bits) of cyrb128 over the NFC form of `text`. */
export function hashHex(text: string): string {
  const [a, b] = cyrb128(text.normalize('NFC'));
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** A seeded source of random numbers; the same seed always gives the same sequence. */
export type Rng = { uint32: () => number; below: (n: number) => number };

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-clean) seeded with
 * cyrb128(seed); the first 15 outputs are dropped so that close seeds diverge.
 */
export function seededRng(seed: string): Rng {
  let [a, b, c, d] = cyrb128(seed.normalize('NFC'));
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i += 1) uint32();
  // Rejection sampling: plain `% n` would favour small values when 2^32 is not a multiple of n.
  const below = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`below(${n})`);
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const x = uint32();
      if (x < limit) return x % n;
    }
  };
  return { uint32, below };
}

/**
 * The first `k` elements of a uniform random permutation of `items` (partial Fisher–Yates):
 * every k-subset, in every order, is equally likely; nothing repeats.
 */
export function drawWithoutRepeats<T>(items: readonly T[], k: number, rng: Rng): T[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) throw new RangeError(`cannot draw ${k} of ${items.length}`);
  const pool = [...items];
  for (let i = 0; i < k; i += 1) {
    const j = i + rng.below(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/** A uniform random permutation of `items`. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  return drawWithoutRepeats(items, items.length, rng);
}

/** The seed of one examinee's variant, derived from the session seed and the examinee's number. */
export function examineeSeed(seed: string, examinee: number): string {
  return hashHex(`${seed}\u0000examinee\u0000${examinee}`);
}

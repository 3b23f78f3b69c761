/** Why an item is weak; an item can be weak for more than one reason. */
export type ItemFlag = 'negative' | 'low_discrimination' | 'too_hard' | 'too_easy';

/**
 * The usual classical limits: an item–rest correlation under 0.20 separates the strong from the
 * weak poorly (under 0 the wrong way round); under 20 % or over 90 % of the points earned, an
 * item is too hard or too easy to tell examinees apart.
 */
export const LIMITS = { discrimination: 0.2, hard: 0.2, easy: 0.9 } as const;

/** The reasons an item is weak (none when its figures are fine or cannot be computed). */
export function itemFlags(item: { facility: number | null; discrimination: number | null }): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const d = item.discrimination;
  if (d !== null && d < 0) flags.push('negative');
  else if (d !== null && d < LIMITS.discrimination) flags.push('low_discrimination');
  if (item.facility !== null && item.facility < LIMITS.hard) flags.push('too_hard');
  if (item.facility !== null && item.facility > LIMITS.easy) flags.push('too_easy');
  return flags;
}

/** One bar of the score distribution: percents from `from` (inclusive) to `to` (exclusive, 100 inclusive). */
export type Bin = { from: number; to: number; count: number };

/** Percents in bins of `width` points: [0, 10), [10, 20) … [90, 100]; a percent of exactly 100 goes in the last. */
export function percentBins(percents: readonly number[], width = 10): Bin[] {
  const n = Math.ceil(100 / width);
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({ from: i * width, to: Math.min(100, (i + 1) * width), count: 0 }));
  for (const p of percents) {
    const i = Math.min(n - 1, Math.max(0, Math.floor(p / width)));
    bins[i]!.count += 1;
  }
  return bins;
}

/** The first words of an item's text, for a label. */
export function excerpt(text: string, max = 90): string {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}

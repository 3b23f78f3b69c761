import { AppError } from '../errors';
import { drawWithoutRepeats, examineeSeed, seededRng, shuffled, type Rng } from './random';
import { pathKey, type Bank, type BankItem, type TopicPath } from './types';

/** Draw `count` items out of `itemIds` (one topic's or one module's items, in bank order). */
export type DrawPool = { label: string; path: TopicPath; itemIds: readonly string[]; count: number };

/** How variants are drawn. */
export type DrawOptions = {
  seed: string;
  examinees: number;
  /** At most this many items of a pool may repeat from the previous examinee's variant; null: no limit. */
  maxOverlap: number | null;
  /** Mix the drawn items of all pools into one order (otherwise pool by pool, in draw order). */
  shuffleItems: boolean;
  /** Put the options of single, multiple and matching items in a per-examinee order. */
  shuffleOptions: boolean;
};

/** One drawn item; `optionOrder[k]` is the stored index of the option shown k-th (null: as stored). */
export type DrawnItem = { id: string; optionOrder: number[] | null };

/** One examinee's variant; `seed` alone reproduces it when no overlap limit applies. */
export type Variant = { examinee: number; seed: string; items: DrawnItem[] };

/** A label for a topic path in messages. */
export function topicLabel(path: TopicPath): string {
  return path.length === 0 ? '(root)' : path.join(' / ');
}

/** One pool per topic that holds items (in bank order), each drawing `perTopic`. */
export function perTopicPools(bank: Bank, perTopic: number): DrawPool[] {
  const byTopic = new Map<string, { path: TopicPath; ids: string[] }>();
  for (const t of bank.topics) byTopic.set(pathKey(t), { path: t, ids: [] });
  for (const item of bank.items) {
    const key = pathKey(item.topic);
    if (!byTopic.has(key)) byTopic.set(key, { path: item.topic, ids: [] });
    byTopic.get(key)!.ids.push(item.id);
  }
  return [...byTopic.values()]
    .filter((t) => t.ids.length > 0)
    .map((t) => ({ label: topicLabel(t.path), path: t.path, itemIds: t.ids, count: perTopic }));
}

function optionCount(item: BankItem): number {
  if (item.type === 'single' || item.type === 'multiple') return item.shuffle ? item.options.length : 0;
  if (item.type === 'matching') return item.shuffle ? item.pairs.length + item.distractors.length : 0;
  return 0;
}

/** The order an examinee sees an item's options in: its own stream, so it does not depend on the draw. */
export function optionOrder(item: BankItem, variantSeed: string): number[] | null {
  const n = optionCount(item);
  if (n < 2) return null;
  return shuffled([...Array(n).keys()], seededRng(`${variantSeed}\u0000options\u0000${item.id}`));
}

function drawPool(pool: DrawPool, rng: Rng, previous: ReadonlySet<string>, maxOverlap: number | null): string[] {
  const drawn = drawWithoutRepeats(pool.itemIds, pool.count, rng);
  if (maxOverlap === null) return drawn;
  const repeated = drawn.map((id, i) => (previous.has(id) ? i : -1)).filter((i) => i >= 0);
  const excess = repeated.length - maxOverlap;
  if (excess <= 0) return drawn;
  const fresh = pool.itemIds.filter((id) => !previous.has(id) && !drawn.includes(id));
  const swaps = drawWithoutRepeats(fresh, Math.min(excess, fresh.length), rng);
  swaps.forEach((id, k) => (drawn[repeated[k]!] = id));
  return drawn;
}

/** Checks the pools can be drawn at all; a pool asking for more items than it has is out of range. */
export function checkPools(pools: readonly DrawPool[]): void {
  for (const p of pools) {
    if (!Number.isInteger(p.count) || p.count < 0) throw new AppError('out_of_range', `${p.label}: ${p.count} is not a count of items`, 'perTopic');
    if (p.count > p.itemIds.length) {
      throw new AppError('out_of_range', `${p.label} has ${p.itemIds.length} items; cannot draw ${p.count} without repeats`, 'perTopic');
    }
  }
}

/**
 * Draws one variant per examinee (numbered from 1). Each examinee's seed comes from
 * (seed, number); within a pool the draw is uniform without repeats. Same inputs → same output.
 */
export function drawVariants(bank: Bank, pools: readonly DrawPool[], options: DrawOptions): Variant[] {
  checkPools(pools);
  const byId = new Map(bank.items.map((i) => [i.id, i]));
  const variants: Variant[] = [];
  let previous: string[][] = pools.map(() => []);
  for (let examinee = 1; examinee <= options.examinees; examinee += 1) {
    const seed = examineeSeed(options.seed, examinee);
    const rng = seededRng(seed);
    const drawn = pools.map((pool, p) => drawPool(pool, rng, new Set(previous[p]), options.maxOverlap));
    previous = drawn;
    const ids = options.shuffleItems ? shuffled(drawn.flat(), rng) : drawn.flat();
    const items = ids.map((id) => {
      const item = byId.get(id);
      return { id, optionOrder: item && options.shuffleOptions ? optionOrder(item, seed) : null };
    });
    variants.push({ examinee, seed, items });
  }
  return variants;
}

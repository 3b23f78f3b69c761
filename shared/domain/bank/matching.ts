import { seededRng, shuffled } from './random';
import type { MatchingItem } from './types';

/** Every right-hand answer of a matching item: the pairs' rights, then the distractors. */
export function allRights(item: MatchingItem): string[] {
  return [...item.pairs.map((p) => p.right), ...item.distractors];
}

/**
 * The order a matching item's right-hand answers are shown in. They are always shuffled, even
 * when the item or the blueprint says not to: in stored order they would give the key away.
 */
export function rightsOrder(item: MatchingItem, variantSeed: string, drawn: readonly number[] | null): number[] {
  if (drawn) return [...drawn];
  return shuffled([...allRights(item).keys()], seededRng(`${variantSeed}\u0000rights\u0000${item.id}`));
}

/** The right-hand answers as shown (on screen and on paper): in the variant's order, each text once. */
export function shownRights(item: MatchingItem, order: readonly number[]): string[] {
  const rights = allRights(item);
  return [...new Set(order.map((k) => rights[k]!))];
}

/** How often each option of a choice item was chosen, and how often the item was left blank. */
export type OptionCounts = { counts: number[]; omitted: number; responses: number };

/**
 * Counts choices per option (indexes in the item's stored order) over the examinees who had
 * the item: `null` is a blank answer. A multiple-choice answer counts once for each option it
 * picks, so the counts of a multiple item may add up to more than the responses.
 */
export function optionCounts(options: number, answers: readonly (readonly number[] | null)[]): OptionCounts {
  const counts = Array.from({ length: options }, () => 0);
  let omitted = 0;
  for (const chosen of answers) {
    if (chosen === null || chosen.length === 0) {
      omitted += 1;
      continue;
    }
    for (const i of new Set(chosen)) {
      if (!Number.isInteger(i) || i < 0 || i >= options) throw new RangeError(`option ${i} does not exist (the item has ${options})`);
      counts[i]! += 1;
    }
  }
  return { counts, omitted, responses: answers.length };
}

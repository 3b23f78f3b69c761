import type { ExamResponse } from '../../../../shared/api/channels/sittings';
import type { PublicItem } from '../../../../shared/api/channels/sittings-types';
import type { DrawnItem } from '../../../../shared/domain/bank/draw';
import { rightsOrder, shownRights } from '../../../../shared/domain/bank/matching';
import { hashHex } from '../../../../shared/domain/bank/random';
import type { ItemResponse } from '../../../../shared/domain/bank/scoring';
import { assertNever, type BankItem } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';

/**
 * The examinee's handle on an item: a hash of the variant's seed and the item id. The bank's
 * item ids are names an author chose (they may hint at the answer), so they stay in the core.
 */
export function itemRef(variantSeed: string, itemId: string): string {
  return hashHex(`${variantSeed}\u0000ref\u0000${itemId}`).slice(0, 12);
}

/** The options of a single or multiple item in the order shown (indexes into the stored options). */
function shownOptions(count: number, order: readonly number[] | null): number[] {
  return order ? [...order] : [...Array(count).keys()];
}

/** What the examinee sees of an item: text, type, options in their order; no weights, keys or feedback. */
export function publicItem(item: BankItem, drawn: DrawnItem, variantSeed: string, position: number): PublicItem {
  const base = { ref: itemRef(variantSeed, item.id), position, text: item.text, format: item.format, lang: item.lang, points: item.points };
  switch (item.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: item.type, options: shownOptions(item.options.length, drawn.optionOrder).map((k) => item.options[k]!.text) };
    case 'matching':
      return { ...base, type: 'matching', lefts: item.pairs.map((p) => p.left), rights: shownRights(item, rightsOrder(item, variantSeed, drawn.optionOrder)) };
    case 'truefalse':
    case 'short':
    case 'numeric':
    case 'essay':
      return { ...base, type: item.type };
    default:
      return assertNever(item);
  }
}

function index(i: number, count: number, field: string): number {
  if (i >= count) throw new AppError('out_of_range', `${field}: there is no choice ${i + 1} (the item shows ${count})`, field);
  return i;
}

/**
 * Checks an answer against the item it answers (its type, its indexes, one choice per left)
 * and translates it into the bank's stored order for scoring.
 */
export function toItemResponse(item: BankItem, drawn: DrawnItem, variantSeed: string, response: ExamResponse): ItemResponse {
  if (response.type !== item.type) throw new AppError('bad_input', `this item is a ${item.type} item; a ${response.type} answer cannot answer it`, 'response.type');
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const shown = shownOptions(item.options.length, drawn.optionOrder);
      if (response.type === 'single') return { type: 'single', choice: response.choice === null ? null : shown[index(response.choice, shown.length, 'response.choice')]! };
      if (response.type !== 'multiple') break;
      if (new Set(response.choices).size !== response.choices.length) throw new AppError('bad_input', 'a choice is repeated', 'response.choices');
      return { type: 'multiple', choices: response.choices.map((c) => shown[index(c, shown.length, 'response.choices')]!) };
    }
    case 'matching': {
      if (response.type !== 'matching') break;
      const rights = shownRights(item, rightsOrder(item, variantSeed, drawn.optionOrder));
      if (response.rights.length !== item.pairs.length) throw new AppError('bad_input', `give one answer (or null) for each of the ${item.pairs.length} left-hand items`, 'response.rights');
      return { type: 'matching', rights: response.rights.map((r) => (r === null ? null : rights[index(r, rights.length, 'response.rights')]!)) };
    }
    case 'truefalse':
      if (response.type === 'truefalse') return { type: 'truefalse', answer: response.answer };
      break;
    case 'short':
    case 'numeric':
    case 'essay':
      if (response.type === 'short' || response.type === 'numeric' || response.type === 'essay') return { type: response.type, text: response.text } satisfies ItemResponse;
      break;
    default:
      return assertNever(item);
  }
  throw new AppError('bad_input', `a ${response.type} answer cannot answer a ${item.type} item`, 'response.type');
}

/** The stored option indexes an answer picks (for option counts), or null for a blank or a non-choice item. */
export function chosenOptions(item: BankItem, response: ItemResponse | null): number[] | null {
  if (!response) return null;
  if (item.type === 'single' && response.type === 'single') return response.choice === null ? null : [response.choice];
  if (item.type === 'multiple' && response.type === 'multiple') return response.choices.length === 0 ? null : [...response.choices];
  if (item.type === 'truefalse' && response.type === 'truefalse') return response.answer === null ? null : [response.answer ? 0 : 1];
  return null;
}

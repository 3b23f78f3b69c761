import type { ExamItem } from '../../../shared/api/channels/sittings-types';
import { assertNever } from '../../assert-never';
import type { ItemDraft } from '../../../shared/domain/bank/item-check';

/**
 * The draft as the examinee's page would get it: texts only, no weights. Matching answers are
 * listed in alphabetical order here (the examinee's are shuffled), so the preview never shows
 * them in key order.
 */
export function previewItem(draft: ItemDraft): ExamItem {
  const base = { ref: 'preview', position: 1, text: draft.text, format: draft.format, lang: draft.lang, points: draft.points, answer: null, flagged: false, savedAt: null };
  switch (draft.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: draft.type, options: draft.options.map((o) => o.text) };
    case 'truefalse':
      return { ...base, type: 'truefalse' };
    case 'matching': {
      const rights = [...new Set([...draft.pairs.map((p) => p.right), ...draft.distractors])].sort((a, b) => a.localeCompare(b, 'kk'));
      return { ...base, type: 'matching', lefts: draft.pairs.map((p) => p.left), rights };
    }
    case 'short':
    case 'numeric':
    case 'essay':
      return { ...base, type: draft.type };
    default:
      return assertNever(draft);
  }
}

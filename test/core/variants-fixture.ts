import { blueprintSchema, type Blueprint } from '../../shared/domain/bank/blueprint';
import type { Bank } from '../../shared/domain/bank/types';
import { opt, single } from '../fixtures/banks/items';
import { ALL_TYPES } from './sitting-fixture';

/** The nine letters of the Kazakh alphabet that Russian has not: every printed page must carry them as written. */
export const KAZAKH_LETTERS = ['Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І'] as const;

/**
 * Three topics: «Әліпби» (one item whose text holds the nine letters: every variant prints it),
 * «Аралас» (one item of every type) and «Шағын» (two items, for a quota of 3 that cannot be drawn).
 */
export const PRINT_BANK: Bank = {
  topics: [['Әліпби'], ['Аралас'], ['Шағын']],
  items: [
    { ...single('alphabet', ['Әліпби'], [opt('Ә', 1), opt('Ғ', 0), opt('Қ', 0), opt('Ң', 0)]), id: 'alphabet', text: 'Қазақ әліпбиіндегі ерекше әріптер: Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І. Қайсысы жуан дауысты?' },
    ...ALL_TYPES.items.map((i) => ({ ...i, topic: ['Аралас'] })),
    { ...single('small-1', ['Шағын']), id: 'small-1' },
    { ...single('small-2', ['Шағын']), id: 'small-2' },
  ],
};

/** 1 of «Әліпби», `mixed` of «Аралас», `small` of «Шағын»; items and options shuffled. */
export function printBlueprint(mixed = 4, small = 2, extra: Record<string, unknown> = {}): Blueprint {
  return blueprintSchema.parse({
    id: 'print-test',
    title: { kk: 'Қорытынды тест', ru: 'Итоговый тест', en: 'Final test' },
    quotas: [
      { target: { kind: 'topic', path: ['Әліпби'] }, count: 1 },
      { target: { kind: 'topic', path: ['Аралас'] }, count: mixed },
      { target: { kind: 'topic', path: ['Шағын'] }, count: small },
    ],
    ...extra,
  });
}


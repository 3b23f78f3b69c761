import { saveBank } from '../../electron/core/db/repos/banks';
import { assignIds } from '../../shared/domain/bank/ids';
import { baseItem, type Bank, type BankItem } from '../../shared/domain/bank/types';
import { frac } from '../../shared/domain/fraction';
import { core } from './defense-helpers';
import type { Harness } from './harness';
import { keyTexts, variantByRef } from './tests-helpers';

/** 003's five modules (seed 003, L901–913), in the order the final test's quotas count them. */
export const MODULES_003 = ['Нормативтік-құқықтық модуль', 'Психологиялық-педагогикалық модуль', 'Мазмұндық модуль', 'Технологиялық модуль', 'Вариативтік модуль'];
/** Questions per module: exactly the quota except module 1 (one spare); module 2 also holds an essay. */
const SIZES = [5, 1, 12, 2, 8];

function single(module: number, n: number): BankItem {
  const topic = [MODULES_003[module]!];
  return {
    ...baseItem(`${MODULES_003[module]}: ${n}-сұрақ. Қай жауап дұрыс?`, topic, `m${module + 1}-q${n}`),
    type: 'single',
    options: [
      { text: `${n}-сұрақтың дұрыс жауабы (${module + 1}-модуль)`, weight: frac(1), feedback: '' },
      { text: 'Бұрыс жауап А', weight: frac(0), feedback: '' },
      { text: 'Бұрыс жауап Б', weight: frac(0), feedback: '' },
    ],
    shuffle: true,
  };
}

/** A small bank shaped like 003's: five modules, 28 single-answer questions and one essay worth 2 points. */
export function bank003(): Bank {
  const items: BankItem[] = SIZES.flatMap((size, m) => Array.from({ length: size }, (_, i) => single(m, i + 1)));
  items.push({ ...baseItem('Мектепті дамыту жоспарыңызды қысқаша сипаттаңыз.', [MODULES_003[1]!], 'm2-essay'), type: 'essay', points: 2 });
  return { topics: MODULES_003.map((m) => [m]), items: assignIds(items) };
}

/** Stores the 003-shaped bank under the demo programme; returns its id. */
export function saveBank003(h: Harness, programmeId: number): number {
  return saveBank(h.core.ctx.db, { programmeId, name: '003: қорытынды тест (e2e)', sourceFile: null, format: 'attesta' }, bank003(), new Date());
}

/**
 * Sits a whole single-answer test through the core (not the screen): the first `right`
 * questions answered right, the rest wrong, then submitted.
 */
export async function sitThroughCore(h: Harness, examineeId: number, right: number): Promise<void> {
  await core(h, 'exam:start', { examineeId });
  const view = await core(h, 'exam:get', { examineeId });
  const byRef = variantByRef(h, examineeId);
  for (const [i, item] of view.items.entries()) {
    if (item.type !== 'single') continue;
    const key = keyTexts(byRef.get(item.ref)!)[0]!;
    const k = item.options.indexOf(key);
    await core(h, 'exam:answer', { examineeId, ref: item.ref, response: { type: 'single', choice: i < right ? k : (k + 1) % item.options.length } });
  }
  await core(h, 'exam:submit', { examineeId, confirm: true });
}

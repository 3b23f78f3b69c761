import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { ExamItem } from '../../shared/api/channels/sittings-types';
import { blueprintSchema, type Blueprint } from '../../shared/domain/bank/blueprint';
import { baseItem, type Bank } from '../../shared/domain/bank/types';
import { frac } from '../../shared/domain/fraction';
import { openCore, type Core } from '../../electron/core/core';
import { saveBank } from '../../electron/core/db/repos/banks';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from '../helpers/temp-dir';
import { opt } from '../fixtures/banks/items';

/** A core on a fresh folder with a clock the test moves by hand. */
export type Harness = {
  core: Core;
  dir: string;
  clock: { at: number };
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelResult<C>>;
  failure: (channel: Channel, input: unknown) => Promise<{ code: string; message: string; field?: string | null | undefined }>;
  close: () => void;
};

export const T0 = Date.parse('2026-11-26T09:00:00Z');
export const MINUTE = 60_000;

/** Opens a core whose clock stands still until the test sets `clock.at`. */
export function harness(dir?: string): Harness {
  const t = dir ? { dir, remove: () => {} } : tempDir();
  const clock = { at: T0 };
  const core = openCore(t.dir, { now: () => new Date(clock.at) });
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> => {
    const e = await dispatch(core.handlers, channel, input);
    if (!e.ok) throw Object.assign(new Error(`${channel}: ${e.error.code}: ${e.error.message}`), e.error);
    return e.value as ChannelResult<C>;
  };
  const failure = async (channel: Channel, input: unknown) => {
    const e = await dispatch(core.handlers, channel, input);
    if (e.ok) throw new Error(`expected ${channel} to fail`);
    return e.error;
  };
  return { core, dir: t.dir, clock, call, failure, close: () => (core.close(), t.remove()) };
}

/** The common fields of a fixture item, its id being its name. */
const base = (name: string, text: string) => ({ ...baseItem(text, [], name), id: name });

/**
 * One item of every type. The key texts (Есіл, 1845, Абай, Ибраһим …) never appear in an item's
 * text, so a search of the examinee's JSON for them finds a leak and nothing else.
 */
export const ALL_TYPES: Bank = {
  topics: [[]],
  items: [
    { ...base('key-single-capital', 'Қазақстанның астанасы қай қала?'), type: 'single', options: [opt('Астана', 1), opt('Алматы', 0), opt('Ақтөбе', 1, 2), opt('Атырау', -1)], shuffle: true },
    { ...base('key-multiple-rivers', 'Қай өзендер Қазақстан арқылы ағады?'), type: 'multiple', options: [opt('Ертіс', 1, 3), opt('Жайық', 1, 3), opt('Сырдария', 1, 3), opt('Амазонка', -1)], shuffle: true },
    { ...base('key-tf-flat', 'Жер жалпақ. (Земля плоская.)'), type: 'truefalse', answer: false, feedbackTrue: 'Жоқ!', feedbackFalse: 'Дұрыс.' },
    {
      ...base('key-matching-cities', 'Қаланы оның өзенімен сәйкестендіріңіз.'),
      type: 'matching', shuffle: false, distractors: ['Нева'],
      pairs: [{ left: 'Астана', right: 'Есіл' }, { left: 'Өскемен', right: 'Ертіс' }, { left: 'Орал', right: 'Жайық' }],
    },
    {
      ...base('key-short-poet', 'Қара сөздердің авторы кім? (Автор «Слов назидания»?)'),
      type: 'short', ignoreCase: true, ignoreSpaces: true,
      answers: [{ text: 'Абай', weight: frac(1), feedback: '' }, { text: 'Абай Құнанбайұлы', weight: frac(1), feedback: '' }, { text: 'Ибраһим', weight: frac(1, 2), feedback: '' }],
    },
    {
      ...base('key-numeric-year', 'Ақын қай жылы туған?'),
      type: 'numeric',
      answers: [{ value: '1845', tolerance: '0', weight: frac(1), feedback: '' }, { value: '1845', tolerance: '5', weight: frac(1, 2), feedback: '' }],
    },
    { ...base('key-essay-school', 'Болашақ мектебін сипаттаңыз.'), type: 'essay', points: 2 },
  ],
};

/** Every item of the bank, shuffled, 30 minutes, 001's percent scale and 50 % pass mark. */
export function allItemsBlueprint(partialCredit: boolean): Blueprint {
  return blueprintSchema.parse({
    id: 'test-all-types',
    title: { kk: 'Барлық түрлер', ru: 'Все типы', en: 'All types' },
    quotas: [{ target: { kind: 'topic', path: [] }, count: ALL_TYPES.items.length }],
    timeLimitMinutes: 30,
    partialCredit,
    passPercent: 50,
    gradeScale: 'kz-001-test-percent',
  });
}

/** A programme, a cohort of `names`, and a stored bank. */
export async function cohortWithBank(h: Harness, names: string[], bank: Bank = ALL_TYPES) {
  const programme = await h.call('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 80, designId: 'kz-000-roadmap-defense' });
  const cohort = await h.call('cohort:create', { programmeId: programme.id, name: 'ЦТ-01' });
  const listeners = [];
  for (const fullName of names) listeners.push(await h.call('listener:add', { cohortId: cohort.id, fields: { fullName } }));
  const bankId = saveBank(h.core.ctx.db, { programmeId: programme.id, name: 'all types', sourceFile: null, format: 'attesta' }, bank, new Date(h.clock.at));
  return { programme, cohort, listeners, bankId };
}

/** The shown position of an option (or right-hand answer) with this text on the examinee's screen. */
export function shown(item: ExamItem, text: string): number {
  const list = item.type === 'single' || item.type === 'multiple' ? item.options : item.type === 'matching' ? item.rights : [];
  const i = list.indexOf(text);
  if (i < 0) throw new Error(`"${text}" is not shown on ${item.ref}`);
  return i;
}

/** The examinee's item whose text starts with `prefix`. */
export function byText(items: ExamItem[], prefix: string): ExamItem {
  const found = items.find((i) => i.text.startsWith(prefix));
  if (!found) throw new Error(`no item starting "${prefix}"`);
  return found;
}

import type { BankItemView } from '../../../shared/api/channels/banks-types';
import type { ChannelInput } from '../../../shared/api/contract';
import { checkItem, type ItemDraft, type ItemProblem } from '../../../shared/domain/bank/item-check';
import { weightFromPercent, weightToPercent } from '../../../shared/domain/bank/numbers';
import type { ItemType } from '../../../shared/domain/bank/types';
import { frac, parseDecimal, type Fraction } from '../../../shared/domain/fraction';
import { assertNever } from '../../assert-never';

/** A weighted row of the editor: a choice, or an accepted short or numeric answer; weight in percent as typed. */
export type WeightedRow = { text: string; weight: string; tolerance: string };

/** The editor's fields as typed (text everywhere, so a half-typed number is kept as it is). */
export type ItemForm = {
  type: ItemType;
  topic: string;
  name: string;
  text: string;
  lang: '' | 'kk' | 'ru' | 'en';
  difficulty: string;
  points: string;
  competencies: string;
  feedback: string;
  rows: WeightedRow[];
  shuffle: boolean;
  answer: boolean;
  pairs: { left: string; right: string }[];
  distractors: string;
  ignoreCase: boolean;
  ignoreSpaces: boolean;
};

/** What the editor sends on `bank:item-save`. */
export type ItemDraftInput = ChannelInput<'bank:item-save'>['item'];

/** A checked draft as the channel's input: the same fields, its lists no longer read-only. */
export function saveInput(draft: ItemDraft): ItemDraftInput {
  return draft as ItemDraftInput;
}

/** A problem of the form: the domain's codes plus a share that is not a percent. */
export type FormProblem = { code: ItemProblem['code'] | 'not_a_share'; field: string };

const row = (text: string, weight: string, tolerance = '0'): WeightedRow => ({ text, weight, tolerance });

/** An empty form of a type, in a topic. */
export function emptyForm(type: ItemType, topic: string): ItemForm {
  const rows = type === 'single' || type === 'multiple' ? [row('', type === 'single' ? '100' : '50'), row('', type === 'single' ? '0' : '50'), row('', type === 'single' ? '0' : '-100')] : type === 'short' || type === 'numeric' ? [row('', '100')] : [];
  return {
    type, topic, name: '', text: '', lang: '', difficulty: '', points: '1', competencies: '', feedback: '', rows, shuffle: true, answer: true,
    pairs: type === 'matching' ? [{ left: '', right: '' }, { left: '', right: '' }] : [], distractors: '', ignoreCase: true, ignoreSpaces: true,
  };
}

/** The form of a stored item. */
export function formOf(item: BankItemView): ItemForm {
  const base = { ...emptyForm(item.type, item.topic.join(' / ')), name: item.name ?? '', text: item.text, lang: item.lang ?? '', difficulty: item.difficulty === null ? '' : String(item.difficulty),
    points: String(item.points), competencies: item.competencies.join(', '), feedback: item.feedback } satisfies ItemForm;
  switch (item.type) {
    case 'single':
    case 'multiple':
      return { ...base, rows: item.options.map((o) => row(o.text, weightToPercent(o.weight))), shuffle: item.shuffle };
    case 'truefalse':
      return { ...base, answer: item.answer };
    case 'matching':
      return { ...base, pairs: item.pairs.map((p) => ({ ...p })), distractors: item.distractors.join('\n'), shuffle: item.shuffle };
    case 'short':
      return { ...base, rows: item.answers.map((a) => row(a.text, weightToPercent(a.weight))), ignoreCase: item.ignoreCase, ignoreSpaces: item.ignoreSpaces };
    case 'numeric':
      return { ...base, rows: item.answers.map((a) => row(a.value, weightToPercent(a.weight), a.tolerance)) };
    case 'essay':
      return base;
    default:
      return assertNever(item);
  }
}

/** The topic path typed as `Module / Topic`. */
export function topicOf(form: Pick<ItemForm, 'topic'>): string[] {
  return form.topic.split('/').map((p) => p.trim()).filter((p) => p !== '');
}

/** A typed percent as a share, read as the importers read it (33.33333 % is exactly 1/3). */
function share(text: string): Fraction | null {
  return weightFromPercent(text.replace('%', '').trim().replace(',', '.'));
}

/** The draft the form describes and what is wrong with it (the domain's check plus unreadable shares). */
export function draftOf(form: ItemForm): { draft: ItemDraft; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const weights = form.rows.map((r, i) => {
    const w = share(r.weight);
    const field = `${form.type === 'single' || form.type === 'multiple' ? 'options' : 'answers'}.${i}.weight`;
    if (w === null) problems.push({ code: parseDecimal(r.weight.replace('%', '')) === null ? 'not_a_share' : 'weight_range', field });
    return w ?? frac(0);
  });
  const difficulty = form.difficulty.trim() === '' ? null : Number(form.difficulty);
  const points = Number(form.points.replace(',', '.'));
  const base = {
    name: form.name.trim() === '' ? null : form.name.trim(), text: form.text, format: 'plain' as const, lang: form.lang === '' ? null : form.lang,
    difficulty, points, competencies: form.competencies.split(',').map((c) => c.trim()).filter((c) => c !== ''), feedback: form.feedback,
  };
  let draft: ItemDraft;
  switch (form.type) {
    case 'single':
    case 'multiple':
      draft = { ...base, type: form.type, options: form.rows.map((r, i) => ({ text: r.text, weight: weights[i]!, feedback: '' })), shuffle: form.shuffle };
      break;
    case 'truefalse':
      draft = { ...base, type: 'truefalse', answer: form.answer, feedbackTrue: '', feedbackFalse: '' };
      break;
    case 'matching':
      draft = { ...base, type: 'matching', pairs: form.pairs, distractors: form.distractors.split('\n').map((d) => d.trim()).filter((d) => d !== ''), shuffle: form.shuffle };
      break;
    case 'short':
      draft = { ...base, type: 'short', answers: form.rows.map((r, i) => ({ text: r.text, weight: weights[i]!, feedback: '' })), ignoreCase: form.ignoreCase, ignoreSpaces: form.ignoreSpaces };
      break;
    case 'numeric':
      draft = { ...base, type: 'numeric', answers: form.rows.map((r, i) => ({ value: r.text.trim().replace(',', '.'), tolerance: r.tolerance.trim().replace(',', '.') || '0', weight: weights[i]!, feedback: '' })) };
      break;
    case 'essay':
      draft = { ...base, type: 'essay' };
      break;
    default:
      return assertNever(form.type);
  }
  const domain = checkItem(draft);
  return { draft, problems: [...problems, ...domain.filter((d) => !problems.some((p) => p.field === d.field))] };
}

/** The first problem on a field (or on a field under it, e.g. `options` for `options.2.text`). */
export function problemAt(problems: readonly FormProblem[], field: string): FormProblem | undefined {
  return problems.find((p) => p.field === field);
}

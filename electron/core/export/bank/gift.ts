import { compare, frac, type Fraction } from '../../../../shared/domain/fraction';
import { weightToPercent } from '../../../../shared/domain/bank/numbers';
import type { BankItem, ChoiceOption } from '../../../../shared/domain/bank/types';
import { escapeGift } from '../../import/bank/gift-lex';
import { joinTopicPath } from '../../import/bank/meta';
import { exportSequence } from './sequence';

const ONE = frac(1);
const ZERO = frac(0);

function fb(text: string): string {
  return text === '' ? '' : `#${escapeGift(text)}`;
}

function weighted(mark: '=' | '~', w: Fraction): string {
  return `${mark}%${weightToPercent(w)}%`;
}

function choices(item: BankItem & { options: readonly ChoiceOption[] }, single: boolean): string[] {
  let firstFull = true;
  return item.options.map((o) => {
    const text = `${escapeGift(o.text)}${fb(o.feedback)}`;
    if (!single) return `${compare(o.weight, ZERO) === 0 ? '~' : weighted('~', o.weight)}${text}`;
    if (compare(o.weight, ONE) === 0 && firstFull) {
      firstFull = false;
      return `=${text}`;
    }
    return `${compare(o.weight, ZERO) === 0 ? '~' : weighted('~', o.weight)}${text}`;
  });
}

function answers(item: BankItem): string[] {
  switch (item.type) {
    case 'single':
      return choices(item, true);
    case 'multiple':
      return choices(item, false);
    case 'truefalse': {
      const [right, wrong] = item.answer ? [item.feedbackTrue, item.feedbackFalse] : [item.feedbackFalse, item.feedbackTrue];
      const tail = right !== '' ? `#${escapeGift(wrong)}#${escapeGift(right)}` : fb(wrong);
      return [`${item.answer ? 'TRUE' : 'FALSE'}${tail}`];
    }
    case 'matching':
      return [...item.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`), ...item.distractors.map((d) => `= -> ${escapeGift(d)}`)];
    case 'short':
      return item.answers.map((a) => `${compare(a.weight, ONE) === 0 ? '=' : weighted('=', a.weight)}${escapeGift(a.text)}${fb(a.feedback)}`);
    case 'numeric':
      if (item.answers.length === 1 && compare(item.answers[0]!.weight, ONE) === 0) {
        const a = item.answers[0]!;
        return [`#${a.value}:${a.tolerance}${fb(a.feedback)}`];
      }
      return ['#', ...item.answers.map((a) => `${weighted('=', a.weight)}${a.value}:${a.tolerance}${fb(a.feedback)}`)];
    case 'essay':
      return [];
  }
}

function notes(item: BankItem): string[] {
  const out: string[] = [];
  if (item.lang) out.push(`// @lang ${item.lang}`);
  if (item.difficulty !== null) out.push(`// @difficulty ${item.difficulty}`);
  item.competencies.forEach((c) => out.push(`// @competency ${c}`));
  if (item.points !== 1) out.push(`// @points ${item.points}`);
  if ('shuffle' in item && !item.shuffle) out.push('// @no-shuffle');
  if (item.type === 'short' && !item.ignoreCase) out.push('// @case-sensitive');
  if (item.type === 'short' && !item.ignoreSpaces) out.push('// @exact-spaces');
  return out;
}

function question(item: BankItem): string {
  const title = item.name ? `::${escapeGift(item.name)}::` : '';
  const format = item.format !== 'plain' ? `[${item.format}]` : item.text.startsWith('[') ? '[plain]' : '';
  const parts = answers(item);
  const general = item.feedback === '' ? '' : `####${escapeGift(item.feedback)}`;
  const numeric = item.type === 'numeric' && parts[0] === '#';
  const body = item.type === 'essay' || item.type === 'truefalse' || (item.type === 'numeric' && !numeric)
    ? `{${parts.join('')}${general}}`
    : `{${numeric ? '#' : ''}\n${parts.slice(numeric ? 1 : 0).map((p) => `\t${p}`).join('\n')}\n${general === '' ? '' : `\t${general}\n`}}`;
  return [...notes(item), `${title}${format}${escapeGift(item.text)} ${body}`].join('\n');
}

/** Writes a bank as GIFT that Moodle imports and that Attesta reads back to the same items. */
export function exportGift(bank: Parameters<typeof exportSequence>[0]): string {
  const blocks = exportSequence(bank).map((step) => (step.kind === 'topic' ? `$CATEGORY: ${joinTopicPath(step.path)}` : question(step.item)));
  return `// Attesta question bank (GIFT)\n\n${blocks.join('\n\n')}\n`;
}

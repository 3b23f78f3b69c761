import { formatDecimal, parseExactDecimal, rangeToTolerance } from '../../../../shared/domain/bank/numbers';
import { baseItem, declareTopic, emptyParsed, ITEM_TYPES, type BankItem, type ItemBase, type ItemType, type NumericAnswer, type ParsedBank } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import { frac } from '../../../../shared/domain/fraction';
import { checkChoices, weightsFromKey } from './choices';
import { ItemError } from './item-error';
import { readDifficulty, readLang, readPoints, splitTopicPath } from './meta';
import { BANK_SHEET, headerKey, REQUIRED_COLUMNS } from './xlsx-columns';
import { readSheetRows } from './xlsx-read';

type Row = { get: (key: string) => string; options: { letter: string; text: string }[] };

const TYPE_ALIASES: Record<string, ItemType> = { tf: 'truefalse', 'true/false': 'truefalse', multichoice: 'single', numerical: 'numeric', shortanswer: 'short' };
const YES = new Set(['1', 'true', 'yes', 'да', 'иә', 't', 'истина', 'ақиқат', 'дұрыс', 'верно']);
const NO = new Set(['0', 'false', 'no', 'нет', 'жоқ', 'f', 'ложь', 'жалған', 'бұрыс', 'неверно']);

function readType(value: string): ItemType {
  const v = value.trim().toLowerCase();
  const type = (ITEM_TYPES as readonly string[]).includes(v) ? (v as ItemType) : TYPE_ALIASES[v];
  if (!type) throw new ItemError(`type "${value}" is not one of ${ITEM_TYPES.join(', ')}`);
  return type;
}

function readLetters(value: string, row: Row): Set<number> {
  const letters = value.toUpperCase().replace(/[\s,;]+/gu, '').split('');
  return new Set(
    letters.map((l) => {
      const i = row.options.findIndex((o) => o.letter === l);
      if (i < 0) throw new ItemError(`answer ${l} is not a filled option column`);
      return i;
    }),
  );
}

function numericKey(value: string): NumericAnswer[] {
  if (value.trim() === '') return [];
  const range = /^(.+?)\.\.(.+)$/u.exec(value.trim());
  const [v = '', t = '0'] = range ? [] : value.split(/[:±]/u);
  const parsed = range ? [parseExactDecimal(range[1]!), parseExactDecimal(range[2]!)] : [parseExactDecimal(v), parseExactDecimal(t)];
  const [a, b] = parsed;
  if (!a || !b) throw new ItemError(`answer "${value}" is not a number, number:tolerance or min..max`);
  const { value: val, tolerance } = range ? rangeToTolerance(a, b) : { value: a, tolerance: b };
  return [{ value: formatDecimal(val), tolerance: formatDecimal(tolerance), weight: frac(1), feedback: '' }];
}

function readRow(row: Row, type: ItemType, base: ItemBase): BankItem {
  const answer = row.get('answer').trim();
  switch (type) {
    case 'single':
    case 'multiple': {
      const right = answer === '' ? new Set<number>() : readLetters(answer, row);
      if (type === 'single' && right.size > 1) throw new ItemError('a single-choice question has one right letter; use type multiple');
      const { options } = weightsFromKey(row.options.map((o) => o.text), right);
      checkChoices(type, options);
      return { ...base, type, options, shuffle: true };
    }
    case 'truefalse': {
      const v = answer.toLowerCase();
      if (!YES.has(v) && !NO.has(v)) throw new ItemError(`answer "${answer}" is not true or false`);
      return { ...base, type, answer: YES.has(v), feedbackTrue: '', feedbackFalse: '' };
    }
    case 'matching': {
      const split = row.options.map((o) => o.text.split(/->|→/u).map((s) => s.trim()));
      if (split.some((p) => p.length !== 2 || p[1] === '')) throw new ItemError('each option of a matching question is "left -> right"');
      const pairs = split.filter((p) => p[0] !== '').map(([left, right]) => ({ left: left!, right: right! }));
      if (pairs.length < 2) throw new ItemError(`a matching question needs at least 2 pairs, found ${pairs.length}`);
      return { ...base, type, pairs, distractors: split.filter((p) => p[0] === '').map((p) => p[1]!), shuffle: true };
    }
    case 'short': {
      const answers = answer.split('|').map((a) => a.trim()).filter((a) => a !== '').map((text) => ({ text, weight: frac(1), feedback: '' }));
      const cs = row.get('case_sensitive').trim().toLowerCase();
      return { ...base, type, answers, ignoreCase: !YES.has(cs), ignoreSpaces: true };
    }
    case 'numeric':
      return { ...base, type, answers: numericKey(answer) };
    case 'essay':
      return { ...base, type };
  }
}

/**
 * Reads a bank from an .xlsx in the template's layout (`bankTemplateXlsx`): one item per row,
 * a header row naming the columns (`type`, `text`, option letters `A`…, `answer`, …). A sheet
 * without the needed columns is refused; a bad row is reported with its row number.
 */
export async function parseXlsxBank(file: Buffer): Promise<ParsedBank> {
  const rows = await readSheetRows(file, BANK_SHEET);
  const headerRow = [...rows.entries()].find(([, cells]) => cells.some((c) => headerKey(c) === 'type') && cells.some((c) => headerKey(c) === 'text'));
  const keys = headerRow ? headerRow[1].map(headerKey) : [];
  const missing = REQUIRED_COLUMNS.filter((k) => !keys.includes(k));
  if (!headerRow || missing.length > 0) {
    throw new AppError('bad_input', `the sheet has no column ${missing.join(', ')}: start from the template Attesta makes`, 'columns');
  }
  const letters = keys.map((k, i) => ({ k, i })).filter(({ k }) => /^[A-Z]$/u.test(k));
  const parsed = emptyParsed();
  for (const [n, cells] of rows) {
    if (n <= headerRow[0] || cells.every((c) => c.trim() === '')) continue;
    const get = (key: string): string => cells[keys.indexOf(key)] ?? '';
    const row: Row = { get, options: letters.map(({ k, i }) => ({ letter: k, text: (cells[i] ?? '').trim() })).filter((o) => o.text !== '') };
    try {
      const type = readType(get('type'));
      const text = get('text').trim();
      if (text === '') throw new ItemError('the question has no text');
      const topic = splitTopicPath(get('topic'));
      const base: ItemBase = {
        ...baseItem(text, topic, get('id').trim() || null),
        lang: readLang(get('lang')),
        difficulty: readDifficulty(get('difficulty')),
        competencies: get('competencies').split(';').map((c) => c.trim()).filter((c) => c !== ''),
        points: readPoints(get('points')),
        feedback: get('feedback').trim(),
      };
      const item = readRow(row, type, base);
      declareTopic(parsed, topic);
      parsed.entries.push({ where: `row ${n}`, item });
    } catch (e) {
      if (!(e instanceof ItemError)) throw e;
      parsed.errors.push({ where: `row ${n}`, message: e.message });
    }
  }
  return parsed;
}

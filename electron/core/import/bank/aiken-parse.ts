import { baseItem, declareTopic, emptyParsed, type ParsedBank } from '../../../../shared/domain/bank/types';
import { checkChoices, weightsFromKey } from './choices';
import { ItemError } from './item-error';

type Pending = { line: number; text: string[]; options: { letter: string; text: string }[] };

const OPTION = /^([A-Za-zА-Яа-я])\s*[.)]\s*(.*)$/u;
const ANSWER = /^ANSWER\s*:\s*(.*)$/iu;

function finish(q: Pending, letters: string, parsed: ParsedBank): void {
  const wanted = letters.split(/[\s,;]+/u).filter((l) => l !== '').map((l) => l.toUpperCase());
  if (wanted.length === 0) throw new ItemError('ANSWER names no option');
  const index = new Map(q.options.map((o, i) => [o.letter.toUpperCase(), i]));
  const right = new Set(
    wanted.map((l) => {
      const i = index.get(l);
      if (i === undefined) throw new ItemError(`ANSWER: ${l} is not one of the options ${[...index.keys()].join(', ')}`);
      return i;
    }),
  );
  const { type, options } = weightsFromKey(
    q.options.map((o) => o.text),
    right,
  );
  checkChoices(type, options);
  const base = baseItem(q.text.join('\n'), []);
  parsed.entries.push({ where: `line ${q.line}`, item: { ...base, type, options, shuffle: true } });
}

/**
 * Reads Aiken: a question (one or more lines), options `A.` or `A)`, then `ANSWER: X`
 * (`ANSWER: A, C` makes a multiple-choice question). Lines that never become a question are
 * stray text: tolerated, with a warning.
 */
export function parseAiken(text: string): ParsedBank {
  const parsed = emptyParsed();
  let q: Pending | null = null;
  let skipping = false;
  const fail = (line: number, message: string): void => {
    parsed.errors.push({ where: `line ${line}`, message });
    q = null;
    skipping = true;
  };
  const stray = (p: Pending): void => {
    parsed.warnings.push({ where: `line ${p.line}`, message: 'text that is not a question was ignored' });
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    if (line === '') {
      if (q && q.options.length > 0 && !skipping) fail(q.line, 'the options are not followed by an ANSWER line');
      else if (q) stray(q);
      q = null;
      skipping = false;
      return;
    }
    const answer = ANSWER.exec(line);
    if (skipping) {
      if (answer) skipping = false;
      return;
    }
    if (answer) {
      const cur: Pending | null = q;
      if (!cur || cur.options.length === 0) return fail(cur?.line ?? n, 'ANSWER without options before it');
      q = null;
      try {
        finish(cur, answer[1]!, parsed);
      } catch (e) {
        if (!(e instanceof ItemError)) throw e;
        fail(cur.line, e.message);
        skipping = false;
      }
      return;
    }
    const option = OPTION.exec(line);
    if (option && q && q.text.length > 0) {
      q.options.push({ letter: option[1]!, text: option[2]!.trim() });
      return;
    }
    if (q && q.options.length > 0) return fail(q.line, `line ${n} is neither an option nor ANSWER`);
    if (q) q.text.push(line);
    else q = { line: n, text: [line], options: [] };
  });
  const last = q as Pending | null;
  if (last && last.options.length > 0) fail(last.line, 'the options are not followed by an ANSWER line');
  else if (last) stray(last);
  if (parsed.entries.length > 0) declareTopic(parsed, []);
  return parsed;
}

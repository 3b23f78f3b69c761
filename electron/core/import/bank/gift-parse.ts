import { baseItem, declareTopic, emptyParsed, type BankItem, type ItemBase, type ParsedBank, type TextFormat, type TopicPath } from '../../../../shared/domain/bank/types';
import { parseGiftAnswers, type GiftBody } from './gift-answers';
import { findUnescaped, giftBlocks, unescapeGift, type GiftBlock } from './gift-lex';
import { ItemError } from './item-error';
import { applyTags, splitTopicPath } from './meta';

const FORMATS: Record<string, TextFormat> = { html: 'html', markdown: 'markdown', plain: 'plain', moodle: 'plain' };

/** The text of a missing-word question: the answer's place is shown as a blank. */
export const BLANK = '_____';

function withBody(base: ItemBase, body: GiftBody, meta: GiftBlock['meta']): BankItem {
  const shuffle = !meta.has('no-shuffle');
  switch (body.type) {
    case 'single':
    case 'multiple':
    case 'matching':
      return { ...base, ...body, shuffle };
    case 'short':
      return { ...base, ...body, ignoreCase: !meta.has('case-sensitive'), ignoreSpaces: !meta.has('exact-spaces') };
    default:
      return { ...base, ...body };
  }
}

type BlockResult = { kind: 'item'; item: BankItem } | { kind: 'description' } | { kind: 'category'; path: TopicPath };

function parseQuestion(raw: string, topic: TopicPath, meta: GiftBlock['meta']): BlockResult {
  let rest = raw.trim();
  let name: string | null = null;
  if (rest.startsWith('::')) {
    const end = findUnescaped(rest, '::', 2);
    if (end < 0) throw new ItemError('the title is not closed with ::');
    name = unescapeGift(rest.slice(2, end).trim()) || null;
    rest = rest.slice(end + 2).trim();
  }
  let format: TextFormat = 'plain';
  const f = /^\[(html|markdown|plain|moodle)\]/u.exec(rest);
  if (f) {
    format = FORMATS[f[1]!]!;
    rest = rest.slice(f[0].length);
  }
  const open = findUnescaped(rest, '{');
  const close = findUnescaped(rest, '}');
  if (open < 0 && close < 0) return { kind: 'description' };
  if (open >= 0 && close < 0) throw new ItemError('unbalanced braces: the answer block "{" is never closed');
  if (open < 0 || close < open) throw new ItemError('unbalanced braces: "}" without "{" (write \\} for a literal brace)');
  const inner = rest.slice(open + 1, close);
  const reopened = findUnescaped(inner, '{');
  if (reopened >= 0) throw new ItemError('unbalanced braces: "{" inside an answer block (write \\{ for a literal brace)');
  const after = rest.slice(close + 1);
  if (findUnescaped(after, '{') >= 0 || findUnescaped(after, '}') >= 0) throw new ItemError('unbalanced braces or a second answer block after "}"');
  const before = unescapeGift(rest.slice(0, open).trim());
  const tail = unescapeGift(after.trim());
  const text = tail === '' ? before : [before, BLANK, tail].filter((part) => part !== '').join(' ');
  if (text === '') throw new ItemError('the question has no text');
  const { body, feedback } = parseGiftAnswers(inner);
  const tags = [...meta.entries()].flatMap(([k, vs]) => vs.map((v): [string, string] => [k, v]));
  const base = applyTags({ ...baseItem(text, topic, name), format, feedback }, tags);
  return { kind: 'item', item: withBody(base, body, meta) };
}

function parseBlock(block: GiftBlock, topic: TopicPath): BlockResult[] {
  const first = block.text.trimStart();
  if (!first.startsWith('$CATEGORY:')) return [parseQuestion(block.text, topic, block.meta)];
  const end = first.indexOf('\n');
  const path = splitTopicPath(first.slice('$CATEGORY:'.length, end < 0 ? undefined : end));
  const rest = end < 0 ? '' : first.slice(end + 1);
  return rest.trim() === '' ? [{ kind: 'category', path }] : [{ kind: 'category', path }, parseQuestion(rest, path, block.meta)];
}

/**
 * Reads GIFT (Moodle's "General Import Format Template"): categories, titles, formats,
 * single and multiple choice with weights and feedback, true/false, short answer, numeric,
 * matching, missing word and essay. A block without an answer block is a description, which
 * Attesta does not take: it is reported as unsupported, never dropped silently.
 */
export function parseGift(text: string): ParsedBank {
  const parsed = emptyParsed();
  let topic: TopicPath = [];
  for (const block of giftBlocks(text.replace(/^\uFEFF/u, ''))) {
    const where = `line ${block.line}`;
    try {
      for (const r of parseBlock(block, topic)) {
        if (r.kind === 'category') {
          topic = r.path;
          declareTopic(parsed, topic);
        } else if (r.kind === 'description') {
          parsed.unsupported.push({ where, type: 'description' });
        } else {
          declareTopic(parsed, r.item.topic);
          parsed.entries.push({ where, item: r.item });
        }
      }
    } catch (e) {
      if (!(e instanceof ItemError)) throw e;
      parsed.errors.push({ where, message: e.message });
    }
  }
  return parsed;
}

import type { Fraction } from '../fraction';

/** The seven item types Attesta scores (essays by hand). */
export const ITEM_TYPES = ['single', 'multiple', 'truefalse', 'matching', 'short', 'numeric', 'essay'] as const;

/** One of ITEM_TYPES. */
export type ItemType = (typeof ITEM_TYPES)[number];

/** How an item's text is written; kept so an export gives the same text back. */
export type TextFormat = 'plain' | 'html' | 'markdown';

/** The language an item is written in, when known. */
export type ItemLang = 'kk' | 'ru' | 'en';

/** A topic path from the programme down (programme → module → topic …); [] is the bank's root. */
export type TopicPath = readonly string[];

/** What every item has, whatever its type. */
export type ItemBase = {
  /** Stable id: the source name, `name~2` for a repeat, or a hash of the text when unnamed. */
  id: string;
  name: string | null;
  topic: TopicPath;
  text: string;
  format: TextFormat;
  lang: ItemLang | null;
  /** 1 (easiest) … 5, when the author gave one. */
  difficulty: number | null;
  competencies: readonly string[];
  /** Default mark of the item (Moodle `defaultgrade`); a test scales scores by it. */
  points: number;
  /** General feedback shown after answering ('' when none). */
  feedback: string;
};

/** A choice of a single or multiple item. `weight` is the share of full credit (may be negative). */
export type ChoiceOption = { text: string; weight: Fraction; feedback: string };

/** One accepted answer of a short-answer item (`*` is a wildcard, `\*` a literal star). */
export type ShortAnswer = { text: string; weight: Fraction; feedback: string };

/** One accepted numeric answer: exact decimal `value` ± `tolerance` (both decimal strings). */
export type NumericAnswer = { value: string; tolerance: string; weight: Fraction; feedback: string };

/** One left → right pair of a matching item. */
export type MatchPair = { left: string; right: string };

/** One choice is correct (or partly correct by weight). */
export type SingleItem = ItemBase & { type: 'single'; options: readonly ChoiceOption[]; shuffle: boolean };
/** Several choices; all-or-nothing unless the test allows partial credit. */
export type MultipleItem = ItemBase & { type: 'multiple'; options: readonly ChoiceOption[]; shuffle: boolean };
/** A statement that is true or false. */
export type TrueFalseItem = ItemBase & { type: 'truefalse'; answer: boolean; feedbackTrue: string; feedbackFalse: string };
/** Pairs to match; `distractors` are extra right-hand answers that match nothing. */
export type MatchingItem = ItemBase & { type: 'matching'; pairs: readonly MatchPair[]; distractors: readonly string[]; shuffle: boolean };
/** A typed answer compared with accepted answers. */
export type ShortItem = ItemBase & { type: 'short'; answers: readonly ShortAnswer[]; ignoreCase: boolean; ignoreSpaces: boolean };
/** A number within a tolerance. */
export type NumericItem = ItemBase & { type: 'numeric'; answers: readonly NumericAnswer[] };
/** Free text, scored by a person. */
export type EssayItem = ItemBase & { type: 'essay' };

/** A bank item of any type. */
export type BankItem = SingleItem | MultipleItem | TrueFalseItem | MatchingItem | ShortItem | NumericItem | EssayItem;

/** A bank: its declared topics (in first-seen order, empty ones included) and its items in file order. */
export type Bank = { topics: readonly TopicPath[]; items: readonly BankItem[] };

/** Where in a source file something is: `line 12` or `row 5`. */
export type Where = string;

/** What an import found: items with their place, and what could not be taken. */
export type ParsedBank = {
  topics: TopicPath[];
  entries: { where: Where; item: BankItem }[];
  errors: { where: Where; message: string }[];
  unsupported: { where: Where; type: string }[];
  warnings: { where: Where; message: string }[];
};

/** A path as one comparable string (segments cannot contain NUL). */
export function pathKey(path: TopicPath): string {
  return path.join('\u0000');
}

/** True when `path` is `prefix` or lies under it. */
export function isUnder(path: TopicPath, prefix: TopicPath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

/** Defaults shared by every parser for the fields a format may not carry. */
export function baseItem(text: string, topic: TopicPath, name: string | null = null): ItemBase {
  return { id: '', name, topic, text, format: 'plain', lang: null, difficulty: null, competencies: [], points: 1, feedback: '' };
}

/** The empty result of a parser, to be filled. */
export function emptyParsed(): ParsedBank {
  return { topics: [], entries: [], errors: [], unsupported: [], warnings: [] };
}

/** Adds a topic to the declared list once, keeping first-seen order. */
export function declareTopic(parsed: ParsedBank, path: TopicPath): void {
  const key = pathKey(path);
  if (!parsed.topics.some((t) => pathKey(t) === key)) parsed.topics.push([...path]);
}

/** Throws at compile time when a switch misses a case. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatDecimal, parseExactDecimal } from '../../../../shared/domain/bank/numbers';
import { baseItem, declareTopic, emptyParsed, type BankItem, type ItemBase, type ParsedBank, type TopicPath } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import { checkChoices } from './choices';
import { ItemError } from './item-error';
import { applyTags, readPoints, splitTopicPath } from './meta';
import { attr, child, children, flag, formatOf, fractionOf, ownText, textOf, wrappedText, type XmlNode } from './moodle-xml-node';

const REPEATED = new Set(['question', 'answer', 'subquestion', 'tag']);

function feedbackOf(node: XmlNode): string {
  return wrappedText(node, 'feedback');
}

function numericAnswers(q: XmlNode): Extract<BankItem, { type: 'numeric' }>['answers'] {
  return children(q, 'answer').flatMap((a) => {
    const raw = ownText(a, 'text');
    const weight = fractionOf(a);
    if (raw === '*') {
      if (weight.num !== 0) throw new ItemError('a catch-all answer "*" that gives credit is not supported');
      return [];
    }
    const value = parseExactDecimal(raw);
    const tolerance = parseExactDecimal(ownText(a, 'tolerance') || '0');
    if (!value || !tolerance || tolerance.units < 0n) throw new ItemError(`answer "${raw}" is not a number with a tolerance`);
    return [{ value: formatDecimal(value), tolerance: formatDecimal(tolerance), weight, feedback: feedbackOf(a) }];
  });
}

function readQuestion(q: XmlNode, type: string, base: ItemBase, tags: readonly [string, string][]): BankItem | null {
  const answers = children(q, 'answer');
  switch (type) {
    case 'multichoice': {
      const kind = flag(q, 'single', true) ? 'single' : 'multiple';
      const options = answers.map((a) => ({ text: ownText(a, 'text'), weight: fractionOf(a), feedback: feedbackOf(a) }));
      checkChoices(kind, options);
      return { ...base, type: kind, options, shuffle: flag(q, 'shuffleanswers', true) };
    }
    case 'truefalse': {
      const find = (v: string): XmlNode | undefined => answers.find((a) => ownText(a, 'text').toLowerCase() === v);
      const yes = find('true');
      const no = find('false');
      if (!yes || !no) throw new ItemError('a true/false question needs the answers "true" and "false"');
      return { ...base, type: 'truefalse', answer: fractionOf(yes).num > 0, feedbackTrue: feedbackOf(yes), feedbackFalse: feedbackOf(no) };
    }
    case 'shortanswer': {
      const list = answers.map((a) => ({ text: ownText(a, 'text'), weight: fractionOf(a), feedback: feedbackOf(a) }));
      if (list.length === 0) throw new ItemError('a short-answer question has no answers');
      return { ...base, type: 'short', answers: list, ignoreCase: !flag(q, 'usecase', false), ignoreSpaces: !tags.some(([k]) => k === 'exact-spaces') };
    }
    case 'numerical': {
      const list = numericAnswers(q);
      if (list.length === 0) throw new ItemError('a numerical question has no answers');
      return { ...base, type: 'numeric', answers: list };
    }
    case 'matching': {
      const subs = children(q, 'subquestion').map((s) => ({ left: ownText(s, 'text'), right: ownText(children(s, 'answer')[0], 'text') }));
      const pairs = subs.filter((s) => s.left !== '');
      if (pairs.length < 2) throw new ItemError(`a matching question needs at least 2 pairs, found ${pairs.length}`);
      if (subs.some((s) => s.right === '')) throw new ItemError('a matching pair has no answer');
      return { ...base, type: 'matching', pairs, distractors: subs.filter((s) => s.left === '').map((s) => s.right), shuffle: flag(q, 'shuffleanswers', true) };
    }
    case 'essay':
      return { ...base, type: 'essay' };
    default:
      return null;
  }
}

function questionLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const m of xml.matchAll(/<question\b/gu)) {
    for (let i = from; i < m.index; i += 1) if (xml.charCodeAt(i) === 10) line += 1;
    from = m.index;
    lines.push(line);
  }
  return lines;
}

function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new AppError('not_xml', `the file is not XML (line ${valid.err.line}: ${valid.err.msg})`, 'file');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    isArray: (name) => REPEATED.has(name),
  });
  const doc: XmlNode = parser.parse(xml);
  if (!doc.quiz || typeof doc.quiz !== 'object') {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
    throw new AppError('not_xml', `the file is XML but not a Moodle question bank: its root is <${root}>, not <quiz>`, 'file');
  }
  return child(doc, 'quiz');
}

/**
 * Reads Moodle XML: categories become topic paths; multichoice (single and multi), truefalse,
 * shortanswer, numerical, matching and essay become items; any other type (calculated, ddwtos,
 * description, cloze …) is reported in `unsupported` by its name. Tags `lang:kk`,
 * `difficulty:3`, `competency:…` fill the optional fields. A file that is not XML is refused.
 */
export function parseMoodleXml(xml: string): ParsedBank {
  const quiz = parseXml(xml.replace(/^\uFEFF/u, ''));
  const lines = questionLines(xml.replace(/^\uFEFF/u, ''));
  const parsed = emptyParsed();
  let topic: TopicPath = [];
  children(quiz, 'question').forEach((q, k) => {
    const where = `line ${lines[k] ?? '?'}`;
    const type = attr(q, 'type');
    if (type === 'category') {
      const cat = child(q, 'category');
      topic = splitTopicPath(ownText(cat, 'text') || textOf(cat['#text']));
      declareTopic(parsed, topic);
      return;
    }
    try {
      const text = wrappedText(q, 'questiontext');
      const name = wrappedText(q, 'name') || null;
      const tags = children(child(q, 'tags'), 'tag').map((t): [string, string] => {
        const v = ownText(t, 'text') || textOf(t['#text']).trim();
        const colon = v.indexOf(':');
        return colon < 0 ? [v, ''] : [v.slice(0, colon).trim(), v.slice(colon + 1).trim()];
      });
      const base = applyTags(
        {
          ...baseItem(text, topic, name),
          format: formatOf(attr(child(q, 'questiontext'), 'format')),
          feedback: wrappedText(q, 'generalfeedback'),
          points: readPoints(ownText(q, 'defaultgrade')),
        },
        tags,
      );
      const item = readQuestion(q, type, base, tags);
      if (!item) return parsed.unsupported.push({ where, type: type || '(no type)' });
      if (text === '') throw new ItemError('the question has no text');
      declareTopic(parsed, topic);
      parsed.entries.push({ where, item });
    } catch (e) {
      if (!(e instanceof ItemError)) throw e;
      parsed.errors.push({ where, message: `${type}: ${e.message}` });
    }
  });
  return parsed;
}

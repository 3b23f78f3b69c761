import { weightFromPercent } from '../../../../shared/domain/bank/numbers';
import type { TextFormat } from '../../../../shared/domain/bank/types';
import type { Fraction } from '../../../../shared/domain/fraction';
import { ItemError } from './item-error';

/** A parsed XML element as fast-xml-parser gives it (attributes prefixed with `@_`). */
export type XmlNode = { [key: string]: XmlValue };
/** Any value inside a parsed element. */
export type XmlValue = string | number | boolean | XmlNode | XmlValue[] | undefined;

/** The element's child, as an object (or an empty one). */
export function child(node: XmlValue, key: string): XmlNode {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const v = node[key];
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
    if (v !== undefined && v !== null) return { '#text': v };
  }
  return {};
}

/** The element's repeated children (fast-xml-parser is told which names repeat). */
export function children(node: XmlValue, key: string): XmlNode[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  const v = node[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? x : { '#text': x }));
}

/** The text of an element (its `#text`), '' when empty or absent. */
export function textOf(node: XmlValue): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return textOf(node['#text']);
}

/** The trimmed text of the child element `key`. */
export function ownText(node: XmlValue, key: string): string {
  return textOf(child(node, key)['#text']).trim();
}

/** The text of `<key><text>…</text></key>` (Moodle's usual wrapping). */
export function wrappedText(node: XmlValue, key: string): string {
  return ownText(child(node, key), 'text');
}

/** An attribute value, '' when absent. */
export function attr(node: XmlNode, name: string): string {
  return textOf(node[`@_${name}`]).trim();
}

/** A Moodle boolean element (`1`, `true`), with its default when absent. */
export function flag(node: XmlNode, key: string, fallback: boolean): boolean {
  const v = ownText(node, key).toLowerCase();
  if (v === '') return fallback;
  return v === '1' || v === 'true';
}

/** Moodle's text formats mapped to Attesta's. */
export function formatOf(value: string): TextFormat {
  if (value === 'html') return 'html';
  if (value === 'markdown') return 'markdown';
  return 'plain';
}

/** An answer's `fraction` attribute as a weight. */
export function fractionOf(answer: XmlNode): Fraction {
  const raw = attr(answer, 'fraction') || '0';
  const w = weightFromPercent(raw);
  if (!w) throw new ItemError(`fraction="${raw}" is not a percent between -100 and 100`);
  return w;
}

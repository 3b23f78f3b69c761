import type { ItemBase, ItemLang } from '../../../../shared/domain/bank/types';
import { ItemError } from './item-error';

/** Reads a language tag (kk, ru, en; case-insensitive); null for none. */
export function readLang(value: string | undefined): ItemLang | null {
  const v = value?.trim().toLowerCase() ?? '';
  if (v === '') return null;
  if (v === 'kk' || v === 'ru' || v === 'en') return v;
  throw new ItemError(`language "${value}" is not kk, ru or en`);
}

/** Reads a difficulty 1–5; null for none. */
export function readDifficulty(value: string | undefined): number | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new ItemError(`difficulty "${value}" is not a whole number from 1 to 5`);
  return n;
}

/** Reads an item's points (a positive number, 1 by default). */
export function readPoints(value: string | undefined): number {
  const v = value?.trim().replace(',', '.') ?? '';
  if (v === '') return 1;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 1000) throw new ItemError(`points "${value}" is not a positive number`);
  return n;
}

/** Applies tags written as `lang:kk`, `difficulty:3`, `competency:…`, `points:2` (Moodle tags, GIFT notes). */
export function applyTags(base: ItemBase, tags: readonly [string, string][]): ItemBase {
  const competencies = [...base.competencies];
  let { lang, difficulty, points } = base;
  for (const [key, value] of tags) {
    if (key === 'lang') lang = readLang(value);
    else if (key === 'difficulty') difficulty = readDifficulty(value);
    else if (key === 'competency' && value.trim() !== '') competencies.push(value.trim());
    else if (key === 'points') points = readPoints(value);
  }
  return { ...base, lang, difficulty, competencies, points };
}

/**
 * Splits a topic path written as `$course$/top/Programme/Module 1/Topic 1.1` (Moodle's form:
 * `//` is a slash inside a name); Moodle's context prefix and its `top` level are dropped.
 */
export function splitTopicPath(text: string): string[] {
  const parts = text
    .trim()
    .split(/(?<!\/)\/(?!\/)/u)
    .map((p) => p.replace(/\/\//gu, '/').trim())
    .filter((p) => p !== '');
  if (/^\$[a-z0-9]*\$$/u.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'top') parts.shift();
  return parts;
}

/** Writes a topic path for GIFT and Moodle XML (`$course$/top/…`, slashes doubled). */
export function joinTopicPath(path: readonly string[]): string {
  return ['$course$', 'top', ...path.map((p) => p.replace(/\//gu, '//'))].join('/');
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/domain/errors';
import { LANGS } from '../../shared/domain/localized';
import { CATALOGS, CLIENT_ERROR_CODES, FINDING_CODES } from '../../shared/i18n';

const ROOT = join(import.meta.dirname, '..', '..');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') return out.set(prefix, value);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    for (const [key, text] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(key, text);
  }
  return out;
}

const flat = Object.fromEntries(LANGS.map((l) => [l, flatten(CATALOGS[l])])) as Record<(typeof LANGS)[number], Map<string, string>>;

/** Every finding code the validator and the grader can emit, read from their source. */
function emittedCodes(): string[] {
  const validator = readFileSync(join(ROOT, 'shared/domain/validate-design.ts'), 'utf8');
  const grade = readFileSync(join(ROOT, 'shared/domain/grade.ts'), 'utf8');
  const literal = [...(validator + grade).matchAll(/code: '([a-z_]+)'/g)].map((m) => m[1]!);
  const suffixes = [...validator.matchAll(/code: `\$\{codePrefix\}_([a-z_]+)`/g)].map((m) => m[1]!);
  const prefixes = [...validator.matchAll(/checkCoverage\([^)]*'([a-z_]+)',\s*[^)]*\)/g)].map((m) => m[1]!);
  return [...literal, ...prefixes.flatMap((p) => suffixes.map((s) => `${p}_${s}`))];
}

function templateNoteCodes(): string[] {
  const dir = join(ROOT, 'resources/templates');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const design = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { notes?: { code: string }[] };
      return (design.notes ?? []).map((n) => n.code);
    });
}

describe('UI catalogs', () => {
  it('have the same keys in kk, ru and en', () => {
    const en = [...flat.en.keys()].sort();
    expect(en.length).toBeGreaterThan(50);
    expect([...flat.kk.keys()].sort()).toEqual(en);
    expect([...flat.ru.keys()].sort()).toEqual(en);
  });

  it('have no empty strings', () => {
    for (const l of LANGS) {
      const empty = [...flat[l]].filter(([, text]) => text.trim() === '').map(([key]) => `${l}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same {{placeholders}} in every language', () => {
    const names = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
    for (const [key, text] of flat.en) {
      expect(names(flat.kk.get(key) ?? ''), `kk:${key}`).toEqual(names(text));
      expect(names(flat.ru.get(key) ?? ''), `ru:${key}`).toEqual(names(text));
    }
  });

  it('translate every error code, including the renderer-only ones', () => {
    for (const code of [...ERROR_CODES, ...CLIENT_ERROR_CODES]) {
      for (const l of LANGS) expect(flat[l].get(`errors.${code}`), `${l}:errors.${code}`).toBeTruthy();
    }
  });

  it('translate every validator finding, grade warning and template note code', () => {
    const codes = new Set([...emittedCodes(), ...templateNoteCodes()]);
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) expect(FINDING_CODES, `${code} is missing from FINDING_CODES`).toContain(code);
    for (const code of FINDING_CODES) {
      for (const l of LANGS) expect(flat[l].get(`findings.${code}`), `${l}:findings.${code}`).toBeTruthy();
    }
  });

  it('write Kazakh with its own letters and never mix Latin letters into a Cyrillic word', () => {
    const kazakh = [...flat.kk.values()].join(' ');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(kazakh.toLowerCase()).toContain(letter);
    for (const l of ['kk', 'ru'] as const) {
      const mixed = [...flat[l].values()]
        .flatMap((text) => text.split(/[^\p{L}]+/u))
        .filter((word) => /\p{Script=Cyrillic}/u.test(word) && /\p{Script=Latin}/u.test(word));
      expect(mixed, l).toEqual([]);
    }
  });
});

import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGift } from '../../electron/core/export/bank/gift';
import { exportMoodleXml } from '../../electron/core/export/bank/moodle-xml';
import { importBankFile } from '../../electron/core/import/bank/index';
import { assignIds } from '../../shared/domain/bank/ids';
import { bankOf } from '../../shared/domain/bank/report';
import type { Bank, BankItem, ItemBase } from '../../shared/domain/bank/types';
import { frac, type Fraction } from '../../shared/domain/fraction';
import { tempDir } from '../helpers/temp-dir';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'banks');
let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir('attesta-roundtrip-')));
afterAll(() => remove());

let n = 0;
async function reimport(text: string, ext: 'gift' | 'xml'): Promise<Bank> {
  const file = join(dir, `bank-${(n += 1)}.${ext}`);
  writeFileSync(file, text);
  const { parsed } = await importBankFile(file);
  expect(parsed.errors).toEqual([]);
  return bankOf(parsed);
}

const EXPORTS = [
  ['GIFT', exportGift, 'gift'],
  ['Moodle XML', exportMoodleXml, 'xml'],
] as const;

describe('import → export → import gives equal items (the fixtures)', () => {
  for (const fixture of ['kk-ru-all-types.gift', 'moodle-003.xml', 'ru-aiken.txt', 'kk-gift-kz1048.gift']) {
    for (const [label, write, ext] of EXPORTS) {
      it(`${fixture} through ${label}`, async () => {
        const first = bankOf((await importBankFile(join(FIXTURES, fixture))).parsed);
        const again = await reimport(write(first), ext);
        expect(again).toEqual(first);
        expect(await reimport(write(again), ext)).toEqual(first);
      });
    }
  }

  it('GIFT → Moodle XML → GIFT → items unchanged, and the exported GIFT text is stable', async () => {
    const first = bankOf((await importBankFile(join(FIXTURES, 'kk-ru-all-types.gift'))).parsed);
    const viaXml = await reimport(exportMoodleXml(first), 'xml');
    expect(await reimport(exportGift(viaXml), 'gift')).toEqual(first);
    expect(exportGift(viaXml)).toBe(exportGift(first));
  });
});

// Texts with everything GIFT must escape, Kazakh letters and line breaks. Known limits, kept out:
// leading/trailing spaces (trimmed on import), "->" inside a matching pair, an answer starting
// with "%" (read as a weight) and text starting with "//" (a GIFT comment).
const CHARS = [...'аәбғқңөұүһіАӘҒҚҢӨҰҮҺІ xyz019~=#{}:\\.,?!-<>&"\'\n%[]$*\t'];
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 })
  .map((cs) => cs.join('').trim())
  .filter((s) => s !== '' && !s.startsWith('/') && !s.startsWith('%') && !s.includes('->'));
const line = text.map((s) => s.replace(/\n/gu, ' ').trim()).filter((s) => s !== '');
const maybe = fc.option(text, { nil: '' }).map((s) => s ?? '');
const segment = fc.constantFrom('Модуль 1', 'Тақырып 1.1', '3.3 ҰМЖ/ОМЖ', 'Вариативтік', 'Ғылым & тәжірибе');
const weight = (choices: [number, number][]): fc.Arbitrary<Fraction> => fc.constantFrom(...choices).map(([a, b]) => frac(a, b));
const decimal = fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 4 })).map(([u, s]) => String(u / 10 ** s));

const base: fc.Arbitrary<ItemBase> = fc.record({
  id: fc.constant(''),
  name: fc.option(line, { nil: null }),
  topic: fc.array(segment, { maxLength: 3 }),
  text,
  format: fc.constantFrom('plain' as const, 'html' as const, 'markdown' as const),
  lang: fc.constantFrom(null, 'kk' as const, 'ru' as const, 'en' as const),
  difficulty: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  competencies: fc.array(line, { maxLength: 2 }),
  points: fc.constantFrom(1, 2, 0.5),
  feedback: maybe,
});

const option = (w: fc.Arbitrary<Fraction>): fc.Arbitrary<{ text: string; weight: Fraction; feedback: string }> => fc.record({ text, weight: w, feedback: maybe });

const typed: fc.Arbitrary<BankItem> = fc.oneof(
  fc.tuple(base, option(weight([[1, 1]])), fc.array(option(weight([[0, 1], [1, 2], [1, 3], [-1, 2], [-1, 1]])), { minLength: 1, maxLength: 4 }), fc.boolean()).map(
    ([b, right, others, shuffle]): BankItem => ({ ...b, type: 'single', options: [...others.slice(0, 1), right, ...others.slice(1)], shuffle }),
  ),
  fc.tuple(base, fc.integer({ min: 1, max: 6 }), fc.array(option(weight([[0, 1], [-1, 2], [-1, 1], [-1, 3]])), { minLength: 1, maxLength: 3 }), fc.boolean()).chain(([b, c, wrong, shuffle]) =>
    fc.array(option(fc.constant(frac(1, c))), { minLength: c, maxLength: c }).map((right): BankItem => ({ ...b, type: 'multiple', options: [...right, ...wrong], shuffle })),
  ),
  fc.tuple(base, fc.boolean(), maybe, maybe).map(([b, answer, t, f]): BankItem => ({ ...b, type: 'truefalse', answer, feedbackTrue: t, feedbackFalse: f })),
  fc.tuple(base, fc.array(fc.record({ left: text, right: text }), { minLength: 2, maxLength: 4 }), fc.array(text, { maxLength: 2 }), fc.boolean()).map(
    ([b, pairs, distractors, shuffle]): BankItem => ({ ...b, type: 'matching', pairs, distractors, shuffle }),
  ),
  fc.tuple(base, fc.array(option(weight([[1, 1], [1, 2], [1, 4]])), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean()).map(
    ([b, answers, ignoreCase, ignoreSpaces]): BankItem => ({ ...b, type: 'short', answers, ignoreCase, ignoreSpaces }),
  ),
  fc.tuple(base, fc.array(fc.record({ value: decimal, tolerance: decimal.map((d) => d.replace('-', '')), weight: weight([[1, 1], [1, 2]]), feedback: maybe }), { minLength: 1, maxLength: 3 })).map(
    ([b, answers]): BankItem => ({ ...b, type: 'numeric', answers }),
  ),
  base.map((b): BankItem => ({ ...b, type: 'essay' })),
);

const banks = fc.array(typed, { minLength: 1, maxLength: 8 }).map((items): Bank => {
  const withIds = assignIds(items);
  return bankOf({ topics: [], entries: withIds.map((item) => ({ where: '', item })), errors: [], unsupported: [], warnings: [] });
});

describe('property: any bank Attesta can hold survives both exports', () => {
  for (const [label, write, ext] of EXPORTS) {
    it(`${label}: import(export(bank)) equals the bank`, async () => {
      await fc.assert(
        fc.asyncProperty(banks, async (bank) => {
          expect(await reimport(write(bank), ext)).toEqual(bank);
        }),
        { numRuns: 150, seed: 20261125 },
      );
    });
  }
});

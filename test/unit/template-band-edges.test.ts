import { describe, expect, it } from 'vitest';
import { frac, fromNumber, parseDecimal } from '../../shared/domain/fraction';
import { gradePercent, gradeTotal } from '../../shared/domain/grade';
import { checkSheet, sheetTotal } from '../../shared/domain/sheet';
import { builtinDesign } from '../../shared/templates/builtin';

function design(id: string) {
  const d = builtinDesign(id);
  if (!d) throw new Error(`missing template ${id}`);
  return d;
}

function gradeScores(id: string, scores: number[]) {
  const d = design(id);
  return gradeTotal(d, sheetTotal(checkSheet(d, scores.map(fromNumber))));
}

describe('kz-000-roadmap-defense: 85/70/50 on 100 points', () => {
  it.each([
    [[0, 0, 0, 0, 0], 0, 'unsatisfactory', 'Қанағаттанарлықсыз', 2, false],
    [[10, 10, 15, 4, 10], 49, 'unsatisfactory', 'Қанағаттанарлықсыз', 2, false],
    [[10, 10, 15, 5, 10], 50, 'satisfactory', 'Қанағаттанарлық', 3, true],
    [[14, 14, 21, 6, 14], 69, 'satisfactory', 'Қанағаттанарлық', 3, true],
    [[14, 14, 22, 6, 14], 70, 'good', 'Жақсы', 4, true],
    [[16, 16, 25, 8, 16], 81, 'good', 'Жақсы', 4, true],
    [[17, 17, 25, 8, 17], 84, 'good', 'Жақсы', 4, true],
    [[17, 17, 26, 8, 17], 85, 'excellent', 'Өте жақсы', 5, true],
    [[20, 20, 30, 10, 20], 100, 'excellent', 'Өте жақсы', 5, true],
  ] as const)('%j → %i %s', (scores, total, band, kk, mark5, pass) => {
    const r = gradeScores('kz-000-roadmap-defense', [...scores]);
    expect(r.total).toBe(total);
    expect(r.band).toBe(band);
    expect(r.grade?.kk).toBe(kk);
    expect(r.mark5).toBe(mark5);
    expect(r.pass).toBe(pass);
    expect(r.warnings).toEqual([]);
  });

  it('gives 81 «Жақсы» / «Хорошо» / Good with the consequence text', () => {
    const r = gradeScores('kz-000-roadmap-defense', [16, 16, 25, 8, 16]);
    expect(r.grade).toEqual({ kk: 'Жақсы', ru: 'Хорошо', en: 'Good' });
    expect(r.consequence?.kk).toMatch(/пысықтау/);
  });

  it('recommends the project at 85 and refuses it at 49', () => {
    expect(gradeScores('kz-000-roadmap-defense', [17, 17, 26, 8, 17]).consequence?.kk).toMatch(/Жоба енгізуге ұсынылды/);
    expect(gradeScores('kz-000-roadmap-defense', [10, 10, 15, 4, 10]).consequence?.kk).toMatch(/Жоба қабылданбады/);
  });

  it('rounds an exact 84.5 half-up to 85 before the lookup, and 84.49 stays 84', () => {
    const d = design('kz-000-roadmap-defense');
    expect(gradeTotal(d, frac(169, 2))).toMatchObject({ totalExact: 84.5, total: 85, band: 'excellent' });
    expect(gradeTotal(d, frac(8449, 100))).toMatchObject({ total: 84, band: 'good' });
    expect(gradeTotal(d, frac(99, 2))).toMatchObject({ total: 50, band: 'satisfactory' });
  });
});

describe('kz-001-test-percent: 90/70/50 on the exact percent, certificate at ≥ 50 %', () => {
  it.each([
    ['0', 'unsatisfactory', false],
    ['49.5', 'unsatisfactory', false],
    ['49.9', 'unsatisfactory', false],
    ['50', 'satisfactory', true],
    ['69', 'satisfactory', true],
    ['69.99', 'satisfactory', true],
    ['70', 'good', true],
    ['89', 'good', true],
    ['89.9', 'good', true],
    ['90', 'excellent', true],
    ['100', 'excellent', true],
  ])('%s %% → %s', (p, band, certificate) => {
    const r = gradePercent(design('kz-001-test-percent'), parseDecimal(p)!);
    expect(r.band).toBe(band);
    expect(r.certificate).toBe(certificate);
    expect(r.pass).toBe(certificate);
  });

  it('does not round 49.99 % up to 50 % (decisions §2)', () => {
    expect(gradePercent(design('kz-001-test-percent'), frac(4999, 100)).band).toBe('unsatisfactory');
  });
});

describe('kz-002-final-project: 5 × 10, pass at 30', () => {
  it.each([
    [[6, 6, 6, 6, 5], 29, false],
    [[6, 6, 6, 6, 6], 30, true],
    [[0, 0, 0, 0, 0], 0, false],
    [[10, 10, 10, 10, 10], 50, true],
  ])('%j → %i pass=%s', (scores, total, pass) => {
    const r = gradeScores('kz-002-final-project', scores);
    expect(r.total).toBe(total);
    expect(r.pass).toBe(pass);
  });
});

const levels = (n: number, count: number, top: number) =>
  Array.from({ length: count }, (_, i) => Math.max(0, Math.min(top, n - i * top)));

describe('kz-003-project: 10 × 0/1/2 = 20 → 17/14/10, 0–9 filled with a warning', () => {
  it.each([
    [9, 2, true],
    [10, 3, false],
    [13, 3, false],
    [14, 4, false],
    [16, 4, false],
    [17, 5, false],
    [20, 5, false],
    [0, 2, true],
  ])('total %i → «%i» (warned: %s)', (total, mark5, isWarned) => {
    const scores = levels(total, 10, 2);
    const r = gradeScores('kz-003-project', scores);
    expect(r.total).toBe(total);
    expect(r.mark5).toBe(mark5);
    expect(r.warnings.some((w) => w.code === 'not_from_source')).toBe(isWarned);
  });
});

describe('kz-003-mini-lesson: 7 × 0–3 = 21 → 19/15/11, 0–10 filled with a warning', () => {
  it.each([
    [10, 'unsatisfactory', true],
    [11, 'satisfactory', false],
    [14, 'satisfactory', false],
    [15, 'good', false],
    [18, 'good', false],
    [19, 'excellent', false],
    [21, 'excellent', false],
  ])('total %i → %s', (total, band, isWarned) => {
    const r = gradeScores('kz-003-mini-lesson', levels(total, 7, 3));
    expect(r.total).toBe(total);
    expect(r.band).toBe(band);
    expect(r.warnings.some((w) => w.code === 'not_from_source')).toBe(isWarned);
  });
});

describe('kz-004-comfort-checklist: 20 × 0/1/2 = 40, scale not from the source', () => {
  it.each([
    [19, 'low'],
    [20, 'partial'],
    [27, 'partial'],
    [28, 'sufficient'],
    [33, 'sufficient'],
    [34, 'high'],
    [40, 'high'],
  ])('total %i → %s, always warned', (total, band) => {
    const r = gradeScores('kz-004-comfort-checklist', levels(total, 20, 2));
    expect(r.total).toBe(total);
    expect(r.band).toBe(band);
    expect(r.warnings.map((w) => w.code)).toContain('not_from_source');
  });
});

import { describe, expect, it } from 'vitest';
import type { StatementRow, StatementSnapshot, SummarySnapshot } from '../../shared/api/channels/documents-types';
import { placeRow } from '../../shared/documents/cells';
import { checkDocument } from '../../shared/documents/check';
import { cohortSummary, gradeDistributions } from '../../shared/documents/cohort-summary';
import { roundedPercent, testStatement } from '../../shared/documents/test-statement';
import type { DocTable, DocumentModel } from '../../shared/documents/view-model';
import { t3 } from '../../shared/domain/localized';

const EXCELLENT = t3('өте жақсы', 'отлично', 'excellent');
const GOOD = t3('жақсы', 'хорошо', 'good');
const POOR = t3('қанағаттанарлықсыз', 'неудовлетворительно', 'unsatisfactory');
const HASH = 'ab'.repeat(32);

function row(number: number, over: Partial<StatementRow>): StatementRow {
  return { number, fullName: `Тыңдаушы ${number}`, organisation: null, status: 'submitted', pendingEssays: 0, points: 10, max: 20, percent: { num: 50, den: 1 }, grade: GOOD, certificate: true, ...over };
}

const statement: StatementSnapshot = {
  number: '2026-T007',
  isFinal: true,
  resultsHash: HASH,
  sitting: { id: 7, title: t3('Тест', 'Тест', 'Test'), kind: 'final', heldOn: '2026-11-27', place: 'Астана', timeLimitMinutes: 40, itemCount: 20, releasedAt: '2026-11-27T10:00:00.000Z' },
  programme: { title: t3('Бағдарлама', 'Программа', 'Programme'), hours: 72 },
  cohort: { name: 'ББ-1', startsOn: '2026-10-01', endsOn: '2026-11-27' },
  grades: [EXCELLENT, GOOD, POOR],
  certificateFrom: 50,
  rows: [
    row(1, { points: 17.9, percent: { num: 179, den: 2 }, grade: GOOD }), // 89.5 % → 90 printed, still «good» (graded on the exact percent)
    row(2, { points: 40 / 3, percent: { num: 200, den: 3 }, grade: GOOD }), // 66.67 % → 67
    row(3, { points: 19, percent: { num: 95, den: 1 }, grade: EXCELLENT }),
    row(4, { status: 'absent', points: null, max: null, percent: null, grade: null, certificate: null }),
    row(5, { pendingEssays: 1, percent: { num: 40, den: 1 }, grade: null, certificate: null }),
    row(6, { points: 1, percent: { num: 5, den: 1 }, grade: POOR, certificate: false }),
  ],
  summary: { admitted: 6, sat: 5, absent: 1, certificates: 3, meanPercent: null },
  analysis: { n: 4, mean: 12, sd: 3, alpha: 0.81, kind: 'kr20', method: 'random_variants', k: 20, sem: 1.3, warnings: ['small_sample'], items: [{ id: 'q1', text: 'Сұрақ', n: 4, facility: 0.5, discrimination: 0.3, options: [{ count: 2, isKey: true }, { count: 2, isKey: false }], omitted: 0 }] },
  signatories: [{ role: 'secretary', fullName: 'Хатшы' }, { role: 'chair', fullName: 'Төраға' }],
};

function firstTable(model: DocumentModel): DocTable {
  const block = model.sections[0]!.blocks[0]!;
  if (block.kind !== 'table') throw new Error('the first block is not a table');
  return block.table;
}

describe('the test results statement model', () => {
  it('prints exact and half-up rounded percents, the status where there is no grade, and an average of the graded', () => {
    const model = testStatement(statement, 'en', HASH, false, { words: true });
    expect(checkDocument(model)).toEqual([]);
    const rows = firstTable(model).rows.map((r) => placeRow(r).map((c) => c.value));
    expect(rows[0]!.slice(5, 8)).toEqual([89.5, 90, 'ninety']);
    expect(rows[1]![5]).toBeCloseTo(66.6667, 3);
    expect(rows[1]!.slice(6, 8)).toEqual([67, 'sixty-seven']);
    expect(rows[3]!.slice(3, 10)).toEqual([null, null, null, null, null, 'absent', '—']);
    expect(rows[4]!.slice(5, 9)).toEqual([null, null, null, 'essays not scored']);
    const totals = placeRow(firstTable(model).totals!);
    expect(totals[1]).toMatchObject({ formula: 'average' });
    expect(totals[1]!.value).toBeCloseTo((89.5 + 200 / 3 + 95 + 5) / 4, 9);
  });

  it('counts every grade of the scale (zeros too), says who signs in order, warns about a small sample', () => {
    const model = testStatement(statement, 'kk', HASH, true);
    const counts = model.sections[1]!.blocks[0]!;
    expect(counts.kind === 'table' && counts.table.rows).toEqual([['өте жақсы', 1], ['жақсы', 2], ['қанағаттанарлықсыз', 1]]);
    expect(model.signatures?.signatories.map((s) => s.role)).toEqual(['Емтихан алушы', 'Төраға', 'Хатшы']);
    const annex = model.sections[2]!;
    expect(annex.pageBreakBefore).toBe(true);
    expect(annex.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('небәрі 4'))).toBe(true);
    expect(model.footer.qrPayload).toContain(HASH);
    expect(roundedPercent({ num: 1, den: 2 })).toBe(1);
    expect(roundedPercent({ num: 2499, den: 50 })).toBe(50); // 49.98
  });
});

const summary: SummarySnapshot = {
  number: '2026-C001',
  isFinal: true,
  programme: { title: t3('Б', 'П', 'P'), hours: 72, designTitle: t3('Қорғау', 'Защита', 'Defense') },
  cohort: { name: 'ББ-1', startsOn: null, endsOn: '2026-11-27' },
  defense: { grades: [EXCELLENT, GOOD, POOR], sessions: 1 },
  tests: [{ id: 1, title: t3('Тест', 'Тест', 'Test'), kind: 'final', heldOn: '2026-11-20', isFinal: true, grades: [EXCELLENT, GOOD, POOR] }],
  listeners: [
    { fullName: 'А', defense: { total: 91, grade: EXCELLENT, consequence: t3('ұсынылды', 'рекомендован', 'recommended') }, tests: [{ percent: { num: 179, den: 2 }, grade: GOOD, certificate: true }] },
    { fullName: 'Ә', defense: null, tests: ['absent'] },
    { fullName: 'Б', defense: null, tests: [{ percent: { num: 30, den: 1 }, grade: POOR, certificate: false }] },
    { fullName: 'В', defense: null, tests: [null] },
  ],
  signatories: [],
};

describe('the cohort summary model', () => {
  it('joins defense and tests per listener with the decision, and counts the distributions', () => {
    const model = cohortSummary(summary, 'en', HASH, false);
    expect(checkDocument(model)).toEqual([]);
    const rows = firstTable(model).rows.map((r) => placeRow(r).map((c) => c.value));
    expect(rows[0]).toEqual([1, 'А', 91, 'excellent', 90, 'good', 'recommended']);
    expect(rows[1]).toEqual([2, 'Ә', null, '—', null, 'absent', '—']);
    expect(rows[2]!.at(-1)).toBe('no certificate');
    expect(rows[3]!.at(-1)).toBe('no results yet');
    expect(gradeDistributions(summary).map((d) => d.bars.map((b) => b.count))).toEqual([[1, 0, 0], [0, 1, 1]]);
    const charts = model.sections[1]!.blocks.filter((b) => b.kind === 'chart');
    expect(charts).toHaveLength(2);
    expect(model.signatures?.signatories).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { chartTable, countAxis } from '../../shared/documents/chart';
import { checkDocument } from '../../shared/documents/check';
import type { DocumentModel } from '../../shared/documents/view-model';

describe('charts of documents', () => {
  it('a count axis has whole steps of 1, 2 or 5 × 10ⁿ and a top one step above the largest bar', () => {
    expect(countAxis(0)).toEqual({ top: 1, step: 1 });
    expect(countAxis(1)).toEqual({ top: 2, step: 1 });
    expect(countAxis(5)).toEqual({ top: 6, step: 1 });
    expect(countAxis(6)).toEqual({ top: 8, step: 2 });
    expect(countAxis(10)).toEqual({ top: 12, step: 2 });
    expect(countAxis(11)).toEqual({ top: 15, step: 5 });
    expect(countAxis(200)).toEqual({ top: 250, step: 50 });
    for (let max = 1; max <= 1000; max++) {
      const { top, step } = countAxis(max);
      expect(top).toBeGreaterThan(max);
      expect(top / step).toBeLessThanOrEqual(6);
      expect(Number.isInteger(top / step)).toBe(true);
    }
  });

  it('a chart becomes a table of counts and shares whose totals check out', () => {
    const table = chartTable({ caption: 'Grades', labelHeader: 'Grade', valueHeader: 'Number', shareHeader: 'Share, %', bars: [{ label: 'A', value: 1 }, { label: 'B', value: 2 }, { label: 'C', value: 0 }] });
    expect(table.rows).toEqual([['A', 1, 100 / 3], ['B', 2, 200 / 3], ['C', 0, 0]]);
    expect(table.totals?.[1]).toMatchObject({ value: 3, formula: 'sum' });
    const model: DocumentModel = {
      lang: 'en', orientation: 'portrait', draft: false, title: 't', header: { titleLines: ['t'], meta: [] },
      sections: [{ blocks: [{ kind: 'table', table }, { kind: 'chart', chart: { caption: 'c', labelHeader: 'l', valueHeader: 'v', bars: [{ label: 'x', value: -1 }] } }] }],
      signatures: null, footer: { hashLabel: 'h', hashShort: 'abc', qrPayload: null },
    };
    expect(checkDocument(model)).toEqual([{ path: 'sections[0].blocks[1].bars[0]', message: 'a bar needs a finite value ≥ 0' }]);
  });
});

import type { DocChart, DocRow, DocTable } from './view-model';

/** A chart's numbers as a table: label, value, and the share of the total in percent when asked. */
export function chartTable(chart: DocChart): DocTable {
  const total = chart.bars.reduce((n, b) => n + b.value, 0);
  const hasShare = chart.shareHeader !== undefined;
  const rows: DocRow[] = chart.bars.map((b) => [b.label, b.value, ...(hasShare ? [total > 0 ? (100 * b.value) / total : null] : [])]);
  const shares = rows.map((r) => r[2]).filter((x): x is number => typeof x === 'number');
  return {
    caption: chart.caption,
    columns: [
      { header: chart.labelHeader, width: 3 },
      { header: chart.valueHeader, width: 1, align: 'right', format: { decimals: 0 } },
      ...(hasShare ? [{ header: chart.shareHeader ?? '', width: 1, align: 'right' as const, format: { decimals: 1 } }] : []),
    ],
    rows,
    totals: [null, { value: total, formula: 'sum' }, ...(hasShare ? [{ value: shares.reduce((a, b) => a + b, 0), formula: 'sum' as const }] : [])],
  };
}

/** A "nice" top for a count axis (1, 2, 5 × 10ⁿ at or above the largest value) and its tick step. */
export function countAxis(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const steps = [1, 2, 5];
  for (let scale = 1; ; scale *= 10) {
    for (const s of steps) {
      const step = s * scale;
      if (step * 5 >= max) return { top: Math.ceil(max / step) * step, step };
    }
  }
}

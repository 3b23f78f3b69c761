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

/**
 * A count axis: a whole tick step of 1, 2 or 5 × 10ⁿ (at most about five ticks) and a top one
 * step above the largest value, so the tallest bar's label has room above it.
 */
export function countAxis(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  for (let scale = 1; ; scale *= 10) {
    for (const s of [1, 2, 5]) {
      const step = s * scale;
      if (step * 5 >= max) return { top: (Math.floor(max / step) + 1) * step, step };
    }
  }
}

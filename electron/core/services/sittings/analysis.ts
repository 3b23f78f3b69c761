import type Database from 'better-sqlite3';
import type { ItemAnalysis, OptionFigure, SittingAnalysis } from '../../../../shared/api/channels/sittings-types';
import type { BankItem } from '../../../../shared/domain/bank/types';
import { compare, frac, toNumber } from '../../../../shared/domain/fraction';
import { mean } from '../../../../shared/domain/stats/descriptive';
import type { ScoreMatrix } from '../../../../shared/domain/stats/matrix';
import { optionCounts } from '../../../../shared/domain/stats/options';
import { testFigures } from '../../../../shared/domain/stats/summary';
import { chosenOptions } from './public-item';
import { settleSitting } from './exam';
import { scoreExaminee, type ScoredVariant } from './scoring';
import { examineesOf, loadSitting, sittingRow } from './store';

/** The options of a choice item as the analysis lists them, in stored order, with weights. */
function optionsOf(item: BankItem): { text: string; weight: number; isKey: boolean }[] | null {
  if (item.type === 'single') return item.options.map((o) => ({ text: o.text, weight: toNumber(o.weight), isKey: compare(o.weight, frac(1)) === 0 }));
  if (item.type === 'multiple') return item.options.map((o) => ({ text: o.text, weight: toNumber(o.weight), isKey: compare(o.weight, frac(0)) > 0 }));
  if (item.type === 'truefalse') return [true, false].map((v) => ({ text: String(v), weight: v === item.answer ? 1 : 0, isKey: v === item.answer }));
  return null;
}

/**
 * Item and test statistics over the examinees whose tests are fully scored (submitted, no
 * essay pending). With random variants each item is analysed over those who had it.
 */
export function sittingAnalysis(db: Database.Database, sittingId: number, now: Date): SittingAnalysis {
  sittingRow(db, sittingId);
  settleSitting(db, sittingId, now);
  const loaded = loadSitting(db, sittingId);
  const scored: ScoredVariant[] = examineesOf(db, sittingId)
    .filter((e) => e.submitted_at)
    .map((e) => scoreExaminee(db, loaded, e))
    .filter((s) => s.pending === 0);
  const seen = new Set(scored.flatMap((s) => s.items.map((i) => i.item.id)));
  const items = loaded.bank.items.filter((i) => seen.has(i.id));
  const column = new Map(items.map((item, c) => [item.id, c]));
  const matrix: ScoreMatrix = {
    items: items.map((i) => ({ id: i.id, max: i.points })),
    rows: scored.map((s) => {
      const row: (number | null)[] = items.map(() => null);
      for (const i of s.items) row[column.get(i.item.id)!] = toNumber(i.earned!);
      return row;
    }),
  };
  const figures = testFigures(matrix);
  const analysed = items.map((item, c): ItemAnalysis => {
    const had = scored.flatMap((s) => s.items.filter((i) => i.item.id === item.id));
    const options = optionsOf(item);
    const chosen = had.map((h) => chosenOptions(item, h.response));
    const counts = options ? optionCounts(options.length, chosen) : null;
    const figuresOfOptions: OptionFigure[] | null =
      options && counts ? options.map((o, k) => ({ ...o, count: counts.counts[k]!, share: had.length === 0 ? null : counts.counts[k]! / had.length })) : null;
    return {
      ...figures.items[c]!, type: item.type, text: item.text, topic: [...item.topic], options: figuresOfOptions,
      omitted: counts ? counts.omitted : had.filter((h) => h.response === null).length,
    };
  });
  return {
    sittingId, n: figures.n, mean: figures.mean, sd: figures.sd, sdKind: 'population',
    meanPercent: mean(scored.filter((s) => s.max.num > 0).map((s) => (toNumber(s.points) / toNumber(s.max)) * 100)),
    reliability: figures.reliability, warnings: figures.warnings, items: analysed,
  };
}

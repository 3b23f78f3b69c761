import type { BlueprintWarning } from '../../domain/bank/blueprint';

/** One examinee's drawn variant: its own seed and the bank's item ids in the order printed. */
export type DrawnVariantSummary = { examinee: number; seed: string; items: string[] };

/** What `variant:draw` returns: the seed (given or chosen), items per variant, the blueprint's warnings. */
export type VariantDrawResult = { seed: string; total: number; warnings: BlueprintWarning[]; variants: DrawnVariantSummary[] };

/** What `variant:print` wrote: the PDF in the data folder's exports/, its size and pages, the seed it printed. */
export type VariantPrintResult = { file: string; bytes: number; pages: number; seed: string; base64?: string };

/** Result types of the printed variants, answer keys and answer sheets (issue 6) channels. */
export type VariantResults = {
  'variant:draw': VariantDrawResult;
  'variant:print': VariantPrintResult;
};

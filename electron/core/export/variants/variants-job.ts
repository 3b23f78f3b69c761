import type { BankItem } from '../../../../shared/domain/bank/types';
import type { PrintMeta } from '../../../../shared/documents/variants/print-documents';
import type { VariantToPrint } from '../../../../shared/documents/variants/printed-variant';

/** Which parts a run prints. */
export type PrintParts = { variants: boolean; keys: boolean; sheets: boolean };

/**
 * A printed run as the worker gets it: compact (the bank items the variants use, and each
 * variant's item ids and option order), so the pages are built one variant at a time.
 */
export type VariantsJob = { meta: PrintMeta; parts: PrintParts; items: BankItem[]; variants: VariantToPrint[] };

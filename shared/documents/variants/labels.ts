import type { Lang } from '../../domain/localized';
import type { Strings } from '../../i18n/strings';
import { variantLabelsEn } from './labels-en';
import { variantLabelsKk } from './labels-kk';
import { variantLabelsRu } from './labels-ru';

/** The labels of a printed test in one language. */
export type VariantLabels = Strings<typeof variantLabelsEn>;

/** Printed-test labels by language (item texts are printed as written; only labels are translated). */
export const VARIANT_LABELS: Readonly<Record<Lang, VariantLabels>> = { kk: variantLabelsKk, ru: variantLabelsRu, en: variantLabelsEn };

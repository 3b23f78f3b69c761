/** Result types of the printed variants, answer keys and answer sheets (issue 6) channels. */
export type VariantResults = {};

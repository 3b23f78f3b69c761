/** Result types of the test banks (issue 6): bank list, items, import preview, blueprints channels. */
export type BankResults = {};

/**
 * How fuzz properties run: a short run with a fixed seed in `npm test` (the same cases every
 * time, so CI cannot flake), a long one with fresh random seeds in `npm run fuzz`.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** fast-check parameters for every fuzz property. */
export const FUZZ = process.env.FUZZ_RUNS ? { numRuns: FUZZ_RUNS } : { numRuns: FUZZ_RUNS, seed: 20261125 };

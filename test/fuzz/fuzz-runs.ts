/** How many cases each fuzz property runs: a short run in `npm test`, a long one in `npm run fuzz`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 60);

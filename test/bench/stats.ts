/** Median and p95 of a list of timings (ms). */
export function summary(ms: number[]): { median: number; p95: number; n: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), n: s.length };
}

/** Milliseconds since `start` (from process.hrtime.bigint()). */
export function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Prints one line: name, median, p95, and the ratio to the base's median. */
export function report(name: string, s: { median: number; p95: number; n: number }, base?: { median: number }): void {
  const ratio = base ? `  ×${(s.median / base.median).toFixed(1)} of base` : '';
  process.stdout.write(`${name.padEnd(44)} median ${s.median.toFixed(3)} ms  p95 ${s.p95.toFixed(3)} ms  (n=${s.n})${ratio}\n`);
}

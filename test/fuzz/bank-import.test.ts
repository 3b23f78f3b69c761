import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/domain/errors';
import { importBankFile } from '../../electron/core/import/bank/index';
import { tempDir } from '../helpers/temp-dir';
import { FUZZ } from './fuzz-runs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'banks');
const t = tempDir();
afterAll(() => t.remove());

/** Importing may find errors or refuse with a code, within a time box; it never crashes or hangs. */
async function survives(name: string, bytes: Uint8Array, format?: string): Promise<void> {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  const started = Date.now();
  try {
    const r = await importBankFile(file, format);
    expect(Array.isArray(r.parsed.errors)).toBe(true);
  } catch (e) {
    expect(isAppError(e), String((e as Error).stack)).toBe(true);
  }
  expect(Date.now() - started).toBeLessThan(5_000);
}

function mutations(seed: Buffer) {
  return fc.record({
    flips: fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 30 }),
    cut: fc.nat(seed.length),
    insert: fc.array(fc.constantFrom('{', '}', '~', '=', '#', '::', '->', '<', '>', '</question>', '\\', 'ANSWER: Z', '\r\n', 'Ә', '\u0000'), { maxLength: 8 }),
    at: fc.nat(seed.length),
  });
}

function mutate(seed: Buffer, m: { flips: [number, number][]; cut: number; insert: string[]; at: number }): Buffer {
  const bytes = Buffer.from(seed);
  for (const [i, v] of m.flips) bytes.writeUInt8(v, i);
  const cut = bytes.subarray(0, Math.max(1, m.cut));
  const at = Math.min(m.at, cut.length);
  return Buffer.concat([cut.subarray(0, at), Buffer.from(m.insert.join('')), cut.subarray(at)]);
}

describe('fuzzing the bank importers (GIFT, Aiken, Moodle XML)', () => {
  for (const [fixture, format] of [
    ['kk-ru-all-types.gift', 'gift'],
    ['ru-aiken.txt', 'aiken'],
    ['ru-aiken-cp1251.txt', 'aiken'],
    ['moodle-003.xml', 'moodle-xml'],
  ] as const) {
    it(`mutated ${fixture}`, async () => {
      const seed = readFileSync(join(FIXTURES, fixture));
      await fc.assert(
        fc.asyncProperty(mutations(seed), async (m) => survives(`fuzz-${fixture}`, mutate(seed, m), format)),
        FUZZ,
      );
    });
  }

  it('random text as any format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), fc.constantFrom('gift', 'aiken', 'moodle-xml'), async (text, format) => survives('random.txt', Buffer.from(text), format)),
      FUZZ,
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { saveBank } from '../../electron/core/db/repos/banks';
import { cohortWithBank, harness, type Harness } from './sitting-fixture';
import { PRINT_BANK, printBlueprint } from './variants-fixture';
import { bankOfTopics } from '../fixtures/banks/items';
import { blueprintSchema } from '../../shared/domain/bank/blueprint';

let h: Harness;
afterEach(() => h?.close());

async function bank() {
  h = harness();
  return cohortWithBank(h, ['Әлиева Гүлнәр', 'Қасымов Нұрлан', 'Үсенова Іңкәр'], PRINT_BANK);
}

describe('variant:draw', () => {
  it('gives the same JSON for the same input, another draw for another seed, and returns the seed it chose', async () => {
    const { bankId } = await bank();
    const input = { bankId, blueprint: printBlueprint(), examinees: 30, seed: 'апелляция-2026' };
    const first = await h.call('variant:draw', input);
    expect(JSON.stringify(await h.call('variant:draw', input))).toBe(JSON.stringify(first));
    expect(first).toMatchObject({ seed: 'апелляция-2026', total: 7, warnings: [] });
    expect(first.variants).toHaveLength(30);
    expect(first.variants.map((v) => v.examinee)).toEqual([...Array(30).keys()].map((k) => k + 1));
    for (const v of first.variants) {
      expect(new Set(v.items).size).toBe(7);
      expect(v.items).toContain('alphabet');
      expect(v.items.filter((id) => id.startsWith('small-')).sort()).toEqual(['small-1', 'small-2']);
    }
    const other = await h.call('variant:draw', { ...input, seed: 'апелляция-2027' });
    expect(other.variants.map((v) => v.items)).not.toEqual(first.variants.map((v) => v.items));
    const { seed: _omitted, ...unseeded } = input;
    const chosen = await h.call('variant:draw', unseeded);
    expect(chosen.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(await h.call('variant:draw', { ...unseeded, seed: chosen.seed })).toEqual(chosen);
  });

  it('draws exactly the variants a sitting with the same bank, blueprint and seed stores for its examinees', async () => {
    const { bankId, cohort, listeners } = await bank();
    const blueprint = printBlueprint();
    const sitting = await h.call('sitting:create', { cohortId: cohort.id, bankId, blueprint, kind: 'final', heldOn: '2026-11-26', seed: 'бірдей' });
    await h.call('sitting:admit', { sittingId: sitting.id, listenerIds: listeners.map((l) => l.id) });
    const stored = h.core.ctx.db.prepare('SELECT number, variant FROM examinee WHERE sitting_id = ? ORDER BY number').all(sitting.id) as { number: number; variant: string }[];
    const drawn = await h.call('variant:draw', { bankId, blueprint, examinees: 3, seed: 'бірдей' });
    expect(drawn.variants.map((v) => ({ seed: v.seed, items: v.items }))).toEqual(
      stored.map((r) => {
        const v = JSON.parse(r.variant) as { seed: string; items: { id: string }[] };
        return { seed: v.seed, items: v.items.map((i) => i.id) };
      }),
    );
  });

  it('keeps consecutive variants apart with maxOverlap: 0, and lets them share items without it', async () => {
    h = harness();
    const bankId = saveBank(h.core.ctx.db, { programmeId: null, name: 'six', sourceFile: null, format: 'attesta' }, bankOfTopics([[['Тақырып'], 6]]), new Date());
    const blueprint = blueprintSchema.parse({ id: 'three', title: { kk: 'Ү', ru: 'Ү', en: 'Ү' }, quotas: [{ target: { kind: 'topic', path: ['Тақырып'] }, count: 3 }] });
    const shared = (variants: { items: string[] }[]) => variants.slice(1).map((v, k) => v.items.filter((id) => variants[k]!.items.includes(id)).length);
    const free = await h.call('variant:draw', { bankId, blueprint, examinees: 40, seed: 'қабаттасу' });
    expect(Math.max(...shared(free.variants))).toBeGreaterThan(0);
    const apart = await h.call('variant:draw', { bankId, blueprint, examinees: 40, seed: 'қабаттасу', maxOverlap: 0 });
    expect(shared(apart.variants)).toEqual(Array(39).fill(0));
  });

  it('refuses a quota larger than its topic with a clear error, and reports other findings as warnings', async () => {
    const { bankId } = await bank();
    const e = await h.failure('variant:draw', { bankId, blueprint: printBlueprint(4, 3), examinees: 5, seed: 's' });
    expect(e.code).toBe('out_of_range');
    expect(e.field).toBe('blueprint');
    expect(e.message).toContain('Шағын: the quota is 3 but the topic has 2 items');
    const stated = await h.call('variant:draw', { bankId, blueprint: printBlueprint(4, 2, { statedTotal: 10 }), examinees: 2, seed: 's' });
    expect(stated.warnings.map((w) => w.code)).toEqual(['total_mismatch']);
    expect(stated.warnings[0]!.message).toContain('add up to 7');
  });

  it('refuses bad input: examinee counts out of 1…2000, an unknown bank or built-in blueprint', async () => {
    const { bankId } = await bank();
    expect((await h.failure('variant:draw', { bankId, blueprint: printBlueprint(), examinees: 0 })).code).toBe('bad_input');
    expect((await h.failure('variant:draw', { bankId, blueprint: printBlueprint(), examinees: 2001 })).code).toBe('bad_input');
    expect((await h.failure('variant:draw', { bankId: 999, blueprint: printBlueprint(), examinees: 1 })).code).toBe('not_found');
    expect((await h.failure('variant:draw', { bankId, blueprint: 'no-such-blueprint', examinees: 1 })).code).toBe('not_found');
  });
});

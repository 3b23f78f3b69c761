import { describe, expect, it } from 'vitest';
import { withRoot } from '../../shared/domain/bank/blueprint';
import { checkBlueprint } from '../../shared/domain/bank/blueprint-check';
import { KZ_003_FINAL_TEST } from '../../shared/domain/bank/blueprints-builtin';
import { drawVariants, optionOrder, perTopicPools, type DrawOptions } from '../../shared/domain/bank/draw';
import { assignIds, baseId } from '../../shared/domain/bank/ids';
import { isAppError } from '../../shared/domain/errors';
import { bank003, bankOfTopics, single } from '../fixtures/banks/items';

const options = (over: Partial<DrawOptions> = {}): DrawOptions => ({ seed: 'сессия-2026', examinees: 20, maxOverlap: null, shuffleItems: false, shuffleOptions: true, ...over });

describe('seeded variants', () => {
  const bank = bankOfTopics(Array.from({ length: 8 }, (_, t): [string[], number] => [['003', `Тақырып ${t + 1}`], 15]));
  const pools = perTopicPools(bank, 3);

  it('003: 3 of 15 per topic, 24 items, no repeats, each from its own topic', () => {
    const variants = drawVariants(bank, pools, options());
    expect(variants).toHaveLength(20);
    for (const v of variants) {
      expect(v.items).toHaveLength(24);
      expect(new Set(v.items.map((i) => i.id)).size).toBe(24);
      pools.forEach((p, k) => expect(v.items.slice(3 * k, 3 * k + 3).every((i) => p.itemIds.includes(i.id))).toBe(true));
    }
  });

  it('same inputs → identical output; another seed → other variants; an examinee is reproducible alone', () => {
    const a = drawVariants(bank, pools, options());
    expect(drawVariants(bank, pools, options())).toEqual(a);
    expect(drawVariants(bank, pools, options({ seed: 'сессия-2027' }))).not.toEqual(a);
    const alone = drawVariants(bank, pools, options({ examinees: 5 }));
    expect(alone).toEqual(a.slice(0, 5));
    expect(new Set(a.map((v) => v.seed)).size).toBe(20);
  });

  it('option order is a reproducible permutation per examinee and item, kept when the item forbids shuffling', () => {
    const item = { ...single('s'), id: 's' };
    const order = optionOrder(item, 'seed-1');
    expect([...order!].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder(item, 'seed-1')).toEqual(order);
    const orders = new Set(Array.from({ length: 50 }, (_, i) => optionOrder(item, `seed-${i}`)!.join('')));
    expect(orders.size).toBeGreaterThan(10);
    expect(optionOrder({ ...item, shuffle: false }, 'seed-1')).toBeNull();
    const v = drawVariants(bank, pools, options({ shuffleOptions: false }));
    expect(v[0]!.items.every((i) => i.optionOrder === null)).toBe(true);
  });

  it('shuffleItems mixes topics but keeps the same drawn set', () => {
    const plain = drawVariants(bank, pools, options());
    const mixed = drawVariants(bank, pools, options({ shuffleItems: true }));
    expect(mixed[0]!.items.map((i) => i.id).sort()).toEqual(plain[0]!.items.map((i) => i.id).sort());
    expect(mixed[0]!.items.map((i) => i.id)).not.toEqual(plain[0]!.items.map((i) => i.id));
  });

  it('limits overlap between consecutive variants when asked', () => {
    const small = bankOfTopics([[['Т'], 10]]);
    const p = perTopicPools(small, 4);
    const overlap = (v: ReturnType<typeof drawVariants>, k: number): number => v[k]!.items.filter((i) => v[k - 1]!.items.some((j) => j.id === i.id)).length;
    const free = drawVariants(small, p, options({ examinees: 200 }));
    expect(Math.max(...Array.from({ length: 199 }, (_, k) => overlap(free, k + 1)))).toBeGreaterThan(1);
    const limited = drawVariants(small, p, options({ examinees: 200, maxOverlap: 1 }));
    expect(Math.max(...Array.from({ length: 199 }, (_, k) => overlap(limited, k + 1)))).toBeLessThanOrEqual(1);
    const none = drawVariants(small, p, options({ examinees: 50, maxOverlap: 0 }));
    expect(Math.max(...Array.from({ length: 49 }, (_, k) => overlap(none, k + 1)))).toBe(0);
  });

  it('draws from a blueprint plan (003 final: 28 items by module)', () => {
    const b = bank003(15);
    const plan = checkBlueprint(withRoot(KZ_003_FINAL_TEST, ['003']), b);
    const [v] = drawVariants(b, plan.pools, options({ examinees: 1 }));
    expect(v!.items).toHaveLength(28);
    expect(v!.items.slice(6, 18).every((i) => i.id.startsWith('3.'))).toBe(true);
  });

  it('a topic with 2 items and a quota of 3 cannot be drawn: out_of_range', () => {
    const b = bankOfTopics([[['М1'], 2], [['М2'], 5]]);
    let error: unknown = null;
    try {
      drawVariants(b, perTopicPools(b, 3), options());
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe('out_of_range');
    expect((error as Error).message).toBe('М1 has 2 items; cannot draw 3 without repeats');
  });
});

describe('stable item ids', () => {
  it('name, then name~2, name~3 in file order; unnamed items by a hash of the text', () => {
    const items = assignIds([single('Q'), single('Q'), single('R'), { ...single('Q'), name: null }, single('Q'), { ...single('x'), name: 'Q~3' }]);
    expect(items.map((i) => i.id)).toEqual(['Q', 'Q~2', 'R', items[3]!.id, 'Q~4', 'Q~3']);
    expect(items[3]!.id).toMatch(/^q-[0-9a-f]{16}$/u);
    expect(baseId({ name: null, text: ' Q? ' })).toBe(items[3]!.id);
    expect(baseId({ name: '  ', text: 'Q?' })).toBe(items[3]!.id);
  });
});

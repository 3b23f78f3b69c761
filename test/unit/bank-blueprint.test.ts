import { describe, expect, it } from 'vitest';
import { blueprintSchema, withRoot, type Blueprint } from '../../shared/domain/bank/blueprint';
import { checkBlueprint } from '../../shared/domain/bank/blueprint-check';
import { BUILTIN_BLUEPRINTS, KZ_001_FINAL_TEST, KZ_001_MODULE_TEST, KZ_003_FINAL_TEST, KZ_003_TOPIC_TEST } from '../../shared/domain/bank/blueprints-builtin';
import { assignIds } from '../../shared/domain/bank/ids';
import type { Bank } from '../../shared/domain/bank/types';
import { bank003, bankOfTopics, opt, single } from '../fixtures/banks/items';

function blueprint(quotas: Blueprint['quotas'] | unknown[], extra: Record<string, unknown> = {}): Blueprint {
  return blueprintSchema.parse({ id: 'bp', title: { kk: 'т', ru: 'т', en: 't' }, quotas, ...extra });
}

const codes = (bp: Blueprint, bank: Bank): string[] => checkBlueprint(bp, bank).warnings.map((w) => w.code);

describe('blueprint checks (warnings are data: the plan is still made)', () => {
  it("003's final test: 4/2/12/2/8 by module adds up to 28, the source states 30 → total_mismatch", () => {
    const plan = checkBlueprint(withRoot(KZ_003_FINAL_TEST, ['003']), bank003(15));
    expect(plan.total).toBe(28);
    expect(plan.pools.map((p) => [p.label, p.count])).toEqual([
      ['Нормативтік-құқықтық модуль', 4],
      ['Психологиялық-педагогикалық модуль', 2],
      ['Мазмұндық модуль', 12],
      ['Технологиялық модуль', 2],
      ['Вариативтік модуль', 8],
    ]);
    expect(plan.pools[2]!.itemIds).toHaveLength(12 * 15);
    expect(plan.warnings).toEqual([
      { code: 'total_mismatch', message: 'the quotas 4/2/12/2/8 add up to 28, but the blueprint states 30', path: 'statedTotal' },
    ]);
  });

  it("003's test by topic: 3 of 15 per topic over 8 topics is 24, as stated", () => {
    const bank = bankOfTopics(Array.from({ length: 8 }, (_, t): [string[], number] => [['003', `М${t + 1}`], 15]));
    const plan = checkBlueprint(KZ_003_TOPIC_TEST, bank);
    expect(plan.pools).toHaveLength(8);
    expect(plan.total).toBe(24);
    expect(plan.warnings).toEqual([]);
    expect(codes(KZ_003_TOPIC_TEST, bank003(15))).toEqual(['total_mismatch']);
    const unrooted = checkBlueprint(KZ_003_FINAL_TEST, bank003(15)).warnings.map((w) => w.code);
    expect(unrooted.filter((c) => c === 'unknown_topic')).toHaveLength(4);
  });

  it("001: the final test takes 20 from the programme; the module test takes 10 from one module", () => {
    const bank = bankOfTopics([[['001', 'Модуль 1'], 12], [['001', 'Модуль 2'], 9]]);
    expect(checkBlueprint(KZ_001_FINAL_TEST, bank).warnings).toEqual([]);
    expect(KZ_001_FINAL_TEST.passPercent).toBe(50);
    expect(KZ_001_FINAL_TEST.gradeScale).toBe('kz-001-test-percent');
    expect(checkBlueprint(withRoot(KZ_001_MODULE_TEST, ['001', 'Модуль 1']), bank).warnings).toEqual([]);
    const short = checkBlueprint(withRoot(KZ_001_MODULE_TEST, ['001', 'Модуль 2']), bank);
    expect(short.warnings.map((w) => [w.code, w.path])).toEqual([['quota_exceeds_topic', 'quotas[0].count']]);
    expect(BUILTIN_BLUEPRINTS.map((b) => b.id)).toEqual(['kz-001-final-test', 'kz-001-module-test', 'kz-003-final-test', 'kz-003-topic-test']);
  });

  it('quota_exceeds_topic: 2 items in a topic with a quota of 3', () => {
    const bank = bankOfTopics([[['М1', 'Т1'], 2], [['М1', 'Т2'], 5]]);
    const plan = checkBlueprint(blueprint([{ target: { kind: 'each-topic', path: [] }, count: 3 }]), bank);
    expect(plan.warnings).toEqual([{ code: 'quota_exceeds_topic', message: 'М1 / Т1: the quota is 3 but the topic has 2 items', path: 'quotas[0].count' }]);
  });

  it('empty_topic and unknown_topic: a declared topic without items, a quota on nothing', () => {
    const bank: Bank = { ...bankOfTopics([[['М1'], 3]]), topics: [['М1'], ['М2', 'бос']] };
    const plan = checkBlueprint(
      blueprint([
        { target: { kind: 'topic', path: ['М2'] }, count: 1 },
        { target: { kind: 'topic', path: ['М9'] }, count: 1 },
        { target: { kind: 'module', index: 3 }, count: 1 },
      ]),
      bank,
    );
    expect(plan.warnings.map((w) => [w.code, w.path])).toEqual([
      ['empty_topic', 'quotas[0]'],
      ['quota_exceeds_topic', 'quotas[0].count'],
      ['unknown_topic', 'quotas[1]'],
      ['quota_exceeds_topic', 'quotas[1].count'],
      ['unknown_topic', 'quotas[2]'],
      ['quota_exceeds_topic', 'quotas[2].count'],
      ['empty_topic', 'bank.topics[1]'],
    ]);
    expect(codes(blueprint([{ target: { kind: 'each-topic', path: ['М2'] }, count: 1 }]), bank)).toContain('empty_topic');
  });

  it('item_without_key: a drawable item no answer gives full credit to', () => {
    const keyless = single('кілтсіз', ['М1'], [opt('a', 1, 2), opt('b', 0)]);
    const bank: Bank = { topics: [['М1']], items: assignIds([single('бар', ['М1']), keyless]) };
    const plan = checkBlueprint(blueprint([{ target: { kind: 'topic', path: ['М1'] }, count: 2 }]), bank);
    expect(plan.warnings).toEqual([{ code: 'item_without_key', message: 'кілтсіз (single) has no answer that gives full credit', path: 'bank.items[кілтсіз]' }]);
  });

  it('quota_overlap: a module quota after a topic quota inside it does not redraw the same items', () => {
    const bank = bankOfTopics([[['М1', 'Т1'], 4], [['М1', 'Т2'], 4]]);
    const plan = checkBlueprint(
      blueprint([
        { target: { kind: 'topic', path: ['М1', 'Т1'] }, count: 2 },
        { target: { kind: 'module', index: 1 }, count: 3 },
      ]),
      bank,
    );
    expect(plan.warnings.map((w) => w.code)).toEqual(['quota_overlap']);
    expect(plan.pools[1]!.itemIds).toHaveLength(4);
    expect(plan.pools[1]!.itemIds.every((id) => !plan.pools[0]!.itemIds.includes(id))).toBe(true);
  });

  it('the schema defaults and refuses nonsense', () => {
    const bp = blueprint([{ target: { kind: 'module', index: 1 }, count: 4 }]);
    expect(bp).toMatchObject({ root: [], statedTotal: null, timeLimitMinutes: null, shuffleItems: true, shuffleOptions: true, partialCredit: false, passPercent: null, gradeScale: null });
    expect(blueprintSchema.safeParse({ id: 'x', title: { kk: '', ru: '', en: '' }, quotas: [{ target: { kind: 'module', index: 0 }, count: 1 }] }).success).toBe(false);
    expect(blueprintSchema.safeParse({ id: 'x', title: { kk: '', ru: '', en: '' }, quotas: [{ target: { kind: 'topic', path: [] }, count: -1 }] }).success).toBe(false);
    expect(blueprintSchema.safeParse({ id: 'x', title: { kk: '', ru: '', en: '' }, quotas: [], passPercent: 50 }).success).toBe(false);
  });
});

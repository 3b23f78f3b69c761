import type { SittingKind } from '../../../shared/api/channels/sittings-types';
import type { Localized } from '../../../shared/domain/localized';

/** One quota as the form shows it: `perTopic` quotas take `count` from every topic of the bank. */
export type QuotaFacts = { label: string | null; count: number; perTopic: boolean };

/** What the form shows of a built-in blueprint before it meets a bank. */
export type BlueprintFacts = {
  id: string;
  title: Localized;
  kind: SittingKind;
  quotas: QuotaFacts[];
  statedTotal: number | null;
  timeLimitMinutes: number | null;
  passPercent: number | null;
  gradeScale: string | null;
  /** Applied below one module (a module test): the form asks which. */
  needsRoot: boolean;
};

const q = (count: number, label: string | null = null, perTopic = false): QuotaFacts => ({ label, count, perTopic });

/**
 * The built-in blueprints (shared/domain/bank/blueprints-builtin.ts), as plain data: that
 * module parses with zod at load, which the renderer does not bundle. The e2e test
 * `tests-examiner` checks that this table and the core's agree.
 */
export const BUILTIN_BLUEPRINTS: readonly BlueprintFacts[] = [
  {
    id: 'kz-001-final-test',
    title: { kk: 'Қорытынды тестілеу (20 сұрақ)', ru: 'Итоговое тестирование (20 вопросов)', en: 'Final test (20 questions)' },
    kind: 'final', quotas: [q(20)], statedTotal: 20, timeLimitMinutes: null, passPercent: 50, gradeScale: 'kz-001-test-percent', needsRoot: false,
  },
  {
    id: 'kz-001-module-test',
    title: { kk: 'Модуль бойынша тест (10 сұрақ)', ru: 'Тест по модулю (10 вопросов)', en: 'Module test (10 questions)' },
    kind: 'module', quotas: [q(10)], statedTotal: 10, timeLimitMinutes: null, passPercent: null, gradeScale: 'kz-001-test-percent', needsRoot: true,
  },
  {
    id: 'kz-003-final-test',
    title: { kk: 'Қорытынды тестілеу', ru: 'Итоговое тестирование', en: 'Final test' },
    kind: 'final',
    quotas: [
      q(4, 'Нормативтік-құқықтық модуль'),
      q(2, 'Психологиялық-педагогикалық модуль'),
      q(12, 'Мазмұндық модуль'),
      q(2, 'Технологиялық модуль'),
      q(8, 'Вариативтік модуль'),
    ],
    statedTotal: 30, timeLimitMinutes: null, passPercent: null, gradeScale: null, needsRoot: false,
  },
  {
    id: 'kz-003-topic-test',
    title: { kk: 'Тақырыптар бойынша тест (24 тапсырма)', ru: 'Тест по темам (24 задания)', en: 'Test by topic (24 items)' },
    kind: 'entrance', quotas: [q(3, null, true)], statedTotal: 24, timeLimitMinutes: null, passPercent: null, gradeScale: null, needsRoot: false,
  },
];

/** A warning found in the blueprint alone: its quotas do not add up to the total the source states. */
export type StaticWarning = { code: 'total_mismatch'; total: number; stated: number; counts: string };

/**
 * What can be checked before the bank is known: the quotas against the stated total (003's
 * 4/2/12/2/8 = 28, not 30). Quotas per topic depend on the bank and are checked on creation.
 */
export function staticWarnings(b: BlueprintFacts): StaticWarning[] {
  if (b.statedTotal === null || b.quotas.some((x) => x.perTopic)) return [];
  const total = b.quotas.reduce((s, x) => s + x.count, 0);
  return total === b.statedTotal ? [] : [{ code: 'total_mismatch', total, stated: b.statedTotal, counts: b.quotas.map((x) => x.count).join('/') }];
}

import { t3 } from '../localized';
import { blueprintSchema, type Blueprint } from './blueprint';

/** 001: each module ends with a 10-question test (seed 001, line 273); apply with `withRoot` to a module. */
export const KZ_001_MODULE_TEST: Blueprint = blueprintSchema.parse({
  id: 'kz-001-module-test',
  title: t3('Модуль бойынша тест (10 сұрақ)', 'Тест по модулю (10 вопросов)', 'Module test (10 questions)'),
  quotas: [{ target: { kind: 'topic', path: [] }, count: 10 }],
  statedTotal: 10,
  gradeScale: 'kz-001-test-percent',
  source: 'seed 001, line 273; no pass mark is given for module tests',
});

/** 001: the final test, 20 questions, certificate at 50 % or more (seed 001, lines 275–283). */
export const KZ_001_FINAL_TEST: Blueprint = blueprintSchema.parse({
  id: 'kz-001-final-test',
  title: t3('Қорытынды тестілеу (20 сұрақ)', 'Итоговое тестирование (20 вопросов)', 'Final test (20 questions)'),
  quotas: [{ target: { kind: 'topic', path: [] }, count: 20 }],
  statedTotal: 20,
  passPercent: 50,
  gradeScale: 'kz-001-test-percent',
  source: 'seed 001, lines 275–283',
});

/** 003: a bank of 15 items per topic, 3 drawn at random per topic, 24 in all (seed 003, L841–844). */
export const KZ_003_TOPIC_TEST: Blueprint = blueprintSchema.parse({
  id: 'kz-003-topic-test',
  title: t3('Тақырыптар бойынша тест (24 тапсырма)', 'Тест по темам (24 задания)', 'Test by topic (24 items)'),
  quotas: [{ target: { kind: 'each-topic', path: [] }, count: 3 }],
  statedTotal: 24,
  source: 'seed 003, L841–844 (given as an example); no pass mark or scale is given',
});

const MODULES_003: [string, number][] = [
  ['Нормативтік-құқықтық модуль', 4],
  ['Психологиялық-педагогикалық модуль', 2],
  ['Мазмұндық модуль', 12],
  ['Технологиялық модуль', 2],
  ['Вариативтік модуль', 8],
];

/** 003: the final test by module, 4/2/12/2/8; the source states 30 but the rows add up to 28 (L901–913). Apply with `withRoot` to the programme. */
export const KZ_003_FINAL_TEST: Blueprint = blueprintSchema.parse({
  id: 'kz-003-final-test',
  title: t3('Қорытынды тестілеу', 'Итоговое тестирование', 'Final test'),
  quotas: MODULES_003.map(([label, count], i) => ({ target: { kind: 'module', index: i + 1 }, count, label })),
  statedTotal: 30,
  source: 'seed 003, L901–913: the rows sum to 28, the total row says 30; no pass mark is given',
});

/** The ready blueprints, in id order. */
export const BUILTIN_BLUEPRINTS: readonly Blueprint[] = [KZ_001_FINAL_TEST, KZ_001_MODULE_TEST, KZ_003_FINAL_TEST, KZ_003_TOPIC_TEST];

import { blueprintSchema, type Blueprint } from '../../shared/domain/bank/blueprint';
import type { Bank, BankItem } from '../../shared/domain/bank/types';
import { baseItem } from '../../shared/domain/bank/types';
import { frac } from '../../shared/domain/fraction';

/** The shape of the benchmarks: 8 topics × 15 items, 3 drawn per topic → 24 items a variant. */
export const TOPICS = 8;
export const PER_TOPIC = 15;
export const DRAWN = 3;

function item(t: number, k: number): BankItem {
  const topic = [`${t + 1}-модуль: Қазақстанның білім беру жүйесі`];
  const id = `m${t + 1}-q${k + 1}`;
  const text = `${t + 1}.${k + 1}. Қазақстан Республикасының «Білім туралы» Заңына сәйкес педагогтің кәсіби құзыреттілігін арттыру үшін қандай әрекет ең алдымен орындалуы тиіс? Ұсынылған жауаптардың ішінен дұрысын таңдаңыз (Әдістеме, Өлшеу, Ғылым, Һ, Ің).`;
  const options = ['Біліктілікті арттыру курсынан өту', 'Әдістемелік бірлестікке қатысу', 'Өз бетінше ғылыми-зерттеу жұмысын жүргізу', 'Үздік тәжірибені жинақтау және тарату'];
  return { ...baseItem(text, topic, id), id, type: 'single', shuffle: true, options: options.map((o, i) => ({ text: `${o} (${k + 1})`, weight: frac(i === k % 4 ? 1 : 0), feedback: '' })) };
}

/** The 8 × 15 bank, in Kazakh, every item a four-option single choice. */
export function benchBank(): Bank {
  return {
    topics: Array.from({ length: TOPICS }, (_, t) => [`${t + 1}-модуль: Қазақстанның білім беру жүйесі`]),
    items: Array.from({ length: TOPICS * PER_TOPIC }, (_, i) => item(Math.floor(i / PER_TOPIC), i % PER_TOPIC)),
  };
}

/** 3 of every topic, items and options shuffled. */
export const benchBlueprint: Blueprint = blueprintSchema.parse({
  id: 'bench-24',
  title: { kk: 'Қорытынды тест (24 сұрақ)', ru: 'Итоговый тест (24 вопроса)', en: 'Final test (24 questions)' },
  quotas: [{ target: { kind: 'each-topic', path: [] }, count: DRAWN }],
});

import type { Strings } from '../../i18n/strings';
import type { variantLabelsEn } from './labels-en';

/** Russian labels of printed tests: booklets, answer keys and answer sheets. */
export const variantLabelsRu: Strings<typeof variantLabelsEn> = {
  variant: 'Вариант',
  seed: 'Зерно генератора',
  examinee: 'Тестируемый',
  iin: 'ИИН',
  date: 'Дата',
  checkCode: 'Контрольный код',
  booklet: 'Тестовая книжка',
  answerKey: 'Ключ ответов',
  answerSheet: 'Бланк ответов',
  question: '№',
  answer: 'Правильный ответ',
  points: 'Баллы',
  pointsShort: 'б.',
  maxPoints: 'Максимум баллов',
  items: 'Вопросов',
  true: 'Верно',
  false: 'Неверно',
  chooseOne: 'Выберите один ответ.',
  chooseMany: 'Выберите все правильные ответы.',
  matchPairs: 'Сопоставьте каждый пункт слева с буквой справа.',
  writeAnswer: 'Ответ:',
  writeEssay: 'Напишите ответ ниже.',
  essayKey: 'оценивает комиссия',
  tolerance: '±',
  or: 'или',
  sheetHint: 'Закрашивайте кружки полностью тёмной ручкой. Краткие и числовые ответы пишите в клетках.',
  sheetEssay: 'ответ в книжке',
  signature: 'Подпись',
};

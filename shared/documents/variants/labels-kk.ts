import type { Strings } from '../../i18n/strings';
import type { variantLabelsEn } from './labels-en';

/** Kazakh labels of printed tests: booklets, answer keys and answer sheets. */
export const variantLabelsKk: Strings<typeof variantLabelsEn> = {
  variant: 'Нұсқа',
  seed: 'Кездейсоқ сан көзі',
  examinee: 'Тестіленуші',
  iin: 'ЖСН',
  date: 'Күні',
  checkCode: 'Тексеру коды',
  booklet: 'Тест кітапшасы',
  answerKey: 'Жауаптар кілті',
  answerSheet: 'Жауап парағы',
  question: '№',
  answer: 'Дұрыс жауап',
  points: 'Ұпай',
  pointsShort: 'ұп.',
  maxPoints: 'Ең жоғары ұпай',
  items: 'Сұрақтар саны',
  true: 'Дұрыс',
  false: 'Бұрыс',
  chooseOne: 'Бір жауапты таңдаңыз.',
  chooseMany: 'Барлық дұрыс жауаптарды таңдаңыз.',
  matchPairs: 'Сол жақтағы әр тармаққа оң жақтағы әріпті сәйкестендіріңіз.',
  writeAnswer: 'Жауабы:',
  writeEssay: 'Жауабыңызды төменде жазыңыз.',
  essayKey: 'комиссия бағалайды',
  tolerance: '±',
  or: 'немесе',
  sheetHint: 'Дөңгелектерді қою қаламмен толық бояңыз. Қысқа және сандық жауаптарды ұяшыққа жазыңыз.',
  sheetEssay: 'жауап кітапшада',
  signature: 'Қолы',
};

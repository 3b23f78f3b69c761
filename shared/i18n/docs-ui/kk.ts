import type { Strings } from '../strings';
import type { docsUiEn } from './en';

/** Kazakh strings of the Documents screen. */
export const docsUiKk: Strings<typeof docsUiEn> = {
  title: 'Құжаттар',
  intro: 'Хаттамалар мен бағалау парақтары бекітілген нәтижелерден жасалады. Жобаның әр бетінде «ЖОБА / ПРОЕКТ / DRAFT» белгісі болады.',
  cohort: 'Топ',
  session: 'Қорғау отырысы',
  chooseCohort: 'Топты таңдаңыз',
  chooseSession: 'Отырысты таңдаңыз',
  noSessions: 'Бұл топта әлі қорғау отырысы жоқ.',
  doc: 'Құжат',
  docs: { protocol: 'Қорғау хаттамасы', sheets: 'Комиссия мүшелерінің бағалау парақтары', statement: 'Тест нәтижелерінің тізімдемесі', summary: 'Топ бойынша жиынтық' },
  language: 'Құжат тілі',
  format: 'Пішімі',
  draft: 'Жоба (отырыс әлі ашық болуы мүмкін)',
  export: 'Шығару',
  exporting: 'Құжат дайындалуда…',
  done: 'Дайын: {{file}} — {{bytes}} КБ, {{size}}',
  pages: '{{n}} бет',
  sheets: '{{n}} парақ',
  hash: 'Жазба хэші',
  download: 'Қайта жүктеу',
  open: 'Деректер қалтасында сақталды: {{file}}',
  closed: 'жабық',
  open_: 'ашық',
};

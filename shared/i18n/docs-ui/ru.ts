import type { Strings } from '../strings';
import type { docsUiEn } from './en';

/** Russian strings of the Documents screen. */
export const docsUiRu: Strings<typeof docsUiEn> = {
  title: 'Документы',
  intro: 'Протоколы и оценочные листы формируются из утверждённых результатов. Проект помечается «ЖОБА / ПРОЕКТ / DRAFT» на каждой странице.',
  cohort: 'Группа',
  session: 'Заседание защиты',
  chooseCohort: 'Выберите группу',
  chooseSession: 'Выберите заседание',
  noSessions: 'У этой группы ещё нет заседаний защиты.',
  doc: 'Документ',
  docs: { protocol: 'Протокол защиты', sheets: 'Оценочные листы членов комиссии', statement: 'Ведомость результатов теста', summary: 'Сводка по группе' },
  language: 'Язык документа',
  format: 'Формат',
  draft: 'Проект (заседание может быть ещё открыто)',
  export: 'Выгрузить',
  exporting: 'Документ готовится…',
  done: 'Готово: {{file}} — {{bytes}} КБ, {{size}}',
  pages: 'страниц: {{n}}',
  sheets: 'листов: {{n}}',
  hash: 'Хэш записи',
  download: 'Скачать ещё раз',
  open: 'Сохранено в папке данных: {{file}}',
  closed: 'закрыто',
  open_: 'открыто',
};

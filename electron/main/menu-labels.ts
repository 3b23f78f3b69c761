import { LANGS, type Lang } from '../../shared/domain/localized';

/** The words main shows itself: the menu and its own dialogs. */
export type ShellLabels = {
  file: string; quit: string;
  edit: string; undo: string; redo: string; cut: string; copy: string; paste: string; selectAll: string;
  view: string; reload: string; zoomIn: string; zoomOut: string; resetZoom: string; fullScreen: string; devTools: string;
  window: string; minimize: string; close: string;
  help: string; about: string; version: string; dataFolder: string;
  dbErrorTitle: string; dbErrorHint: string;
};

/** kk, ru and en labels (roles would show English only). */
export const SHELL_LABELS: Readonly<Record<Lang, ShellLabels>> = {
  kk: {
    file: 'Файл', quit: 'Шығу',
    edit: 'Өңдеу', undo: 'Болдырмау', redo: 'Қайталау', cut: 'Қию', copy: 'Көшіру', paste: 'Қою', selectAll: 'Барлығын белгілеу',
    view: 'Көрініс', reload: 'Қайта жүктеу', zoomIn: 'Үлкейту', zoomOut: 'Кішірейту', resetZoom: 'Нақты өлшем', fullScreen: 'Толық экран', devTools: 'Әзірлеуші құралдары',
    window: 'Терезе', minimize: 'Жию', close: 'Жабу',
    help: 'Анықтама', about: 'Attesta туралы', version: 'Нұсқа', dataFolder: 'Деректер қалтасы',
    dbErrorTitle: 'Attesta дерекқорды аша алмады',
    dbErrorHint: 'Қалтаға жазу рұқсатын тексеріңіз немесе Attesta-ны қайта орнатыңыз.',
  },
  ru: {
    file: 'Файл', quit: 'Выход',
    edit: 'Правка', undo: 'Отменить', redo: 'Повторить', cut: 'Вырезать', copy: 'Копировать', paste: 'Вставить', selectAll: 'Выделить всё',
    view: 'Вид', reload: 'Перезагрузить', zoomIn: 'Увеличить', zoomOut: 'Уменьшить', resetZoom: 'Реальный размер', fullScreen: 'Во весь экран', devTools: 'Инструменты разработчика',
    window: 'Окно', minimize: 'Свернуть', close: 'Закрыть',
    help: 'Справка', about: 'О программе Attesta', version: 'Версия', dataFolder: 'Папка данных',
    dbErrorTitle: 'Attesta не удалось открыть базу данных',
    dbErrorHint: 'Проверьте права на запись в папку или переустановите Attesta.',
  },
  en: {
    file: 'File', quit: 'Quit',
    edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    view: 'View', reload: 'Reload', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', resetZoom: 'Actual Size', fullScreen: 'Toggle Full Screen', devTools: 'Developer Tools',
    window: 'Window', minimize: 'Minimize', close: 'Close',
    help: 'Help', about: 'About Attesta', version: 'Version', dataFolder: 'Data folder',
    dbErrorTitle: 'Attesta could not open its database',
    dbErrorHint: 'Check that the folder is writable, or reinstall Attesta.',
  },
};

/** The first of the system's preferred languages that Attesta speaks; Kazakh otherwise. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const lang = LANGS.find((l) => l === primary);
    if (lang) return lang;
  }
  return 'kk';
}

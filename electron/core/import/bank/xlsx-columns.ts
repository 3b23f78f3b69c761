/** The sheet of the template that holds the items. */
export const BANK_SHEET = 'Bank';

/** The option columns of the template; the reader takes any single-letter column. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** The template's columns: key (what the reader matches), then Kazakh and Russian hints, and width. */
export const XLSX_COLUMNS: readonly { key: string; kk: string; ru: string; width: number }[] = [
  { key: 'id', kk: 'атауы', ru: 'название', width: 12 },
  { key: 'topic', kk: 'модуль / тақырып', ru: 'модуль / тема', width: 28 },
  { key: 'type', kk: 'түрі', ru: 'тип', width: 12 },
  { key: 'text', kk: 'сұрақ мәтіні', ru: 'текст вопроса', width: 50 },
  ...OPTION_LETTERS.map((l) => ({ key: l, kk: 'нұсқа', ru: 'вариант', width: 22 })),
  { key: 'answer', kk: 'дұрыс жауап', ru: 'правильный ответ', width: 16 },
  { key: 'feedback', kk: 'түсініктеме', ru: 'комментарий', width: 24 },
  { key: 'lang', kk: 'тілі', ru: 'язык', width: 8 },
  { key: 'difficulty', kk: 'күрделілігі 1–5', ru: 'сложность 1–5', width: 10 },
  { key: 'competencies', kk: 'құзыреттер (;)', ru: 'компетенции (;)', width: 20 },
  { key: 'points', kk: 'балл', ru: 'балл', width: 8 },
  { key: 'case_sensitive', kk: 'регистр', ru: 'регистр', width: 10 },
];

/** Columns a sheet must have to be read as a bank. */
export const REQUIRED_COLUMNS = ['type', 'text', 'answer', 'A', 'B'] as const;

/** The key a header cell names: its first word ("type · түрі · тип" → "type"; option letters upper-case). */
export function headerKey(cell: string): string {
  const word = /^[A-Za-z_]+/u.exec(cell.trim())?.[0] ?? '';
  return word.length === 1 ? word.toUpperCase() : word.toLowerCase();
}

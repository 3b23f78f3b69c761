import type { Lang } from '../domain/localized';
import { documentsEn } from '../i18n/documents/en';
import { documentsKk } from '../i18n/documents/kk';
import { documentsRu } from '../i18n/documents/ru';
import type { Strings } from '../i18n/strings';

/** The labels of printed documents in one language. */
export type DocLabels = Strings<typeof documentsEn>;

/** Document labels by language (data is printed as entered; only labels are translated). */
export const DOC_LABELS: Readonly<Record<Lang, DocLabels>> = { kk: documentsKk, ru: documentsRu, en: documentsEn };

/** Fills `{{name}}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** dd.mm.yyyy from an ISO date or timestamp (Kazakhstan time for timestamps). */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  return new Intl.DateTimeFormat('ru-KZ', { timeZone: 'Asia/Almaty', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso));
}

/** 24-hour HH:MM in Kazakhstan time. */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('ru-KZ', { timeZone: 'Asia/Almaty', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

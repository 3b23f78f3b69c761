import type { Lang } from '../../../../shared/domain/localized';
import { INTL_LOCALES } from '../../../../shared/i18n';

/** Kazakhstan's time zone (screens.md: dates in Kazakhstan time by default). */
export const KZ_TIME_ZONE = 'Asia/Almaty';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${withTime}`;
  let f = cache.get(key);
  if (!f) {
    const time: Intl.DateTimeFormatOptions = withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {};
    f = new Intl.DateTimeFormat(INTL_LOCALES[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone, ...time });
    cache.set(key, f);
  }
  return f;
}

/** Intl's parts put in the app's one order, dd.mm.yyyy [HH:MM], whatever the locale's separators. */
function assemble(f: Intl.DateTimeFormat, date: Date, withTime: boolean): string {
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  const day = `${parts.day ?? ''}.${parts.month ?? ''}.${parts.year ?? ''}`;
  return withTime ? `${day} ${parts.hour ?? ''}:${parts.minute ?? ''}` : day;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored day (yyyy-mm-dd) or a timestamp as dd.mm.yyyy; '' for null. */
export function formatDay(lang: Lang, iso: string | null): string {
  if (!iso) return '';
  const m = ISO_DAY.exec(iso);
  if (m) return assemble(formatter(lang, 'UTC', false), new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), false);
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : assemble(formatter(lang, KZ_TIME_ZONE, false), date, false);
}

/** A timestamp as dd.mm.yyyy HH:MM in Kazakhstan time (24-hour). */
export function formatMoment(lang: Lang, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : assemble(formatter(lang, KZ_TIME_ZONE, true), date, true);
}

/**
 * Reads a typed day, dd.mm.yyyy (d.m.yyyy, with dots, slashes or dashes), into yyyy-mm-dd.
 * 'empty' for nothing typed; null when it is not a real date.
 */
export function parseDay(text: string): string | 'empty' | null {
  const s = text.trim();
  if (s === '') return 'empty';
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s) ?? null;
  const iso = ISO_DAY.exec(s);
  const [y, mo, d] = m ? [Number(m[3]), Number(m[2]), Number(m[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [0, 0, 0];
  if (y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A stored day as the text of a date field (dd.mm.yyyy). */
export function dayToInput(iso: string | null): string {
  const m = iso ? ISO_DAY.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}

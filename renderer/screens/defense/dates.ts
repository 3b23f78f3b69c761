/** Kazakhstan time by default (screens.md): dates dd.mm.yyyy, 24-hour time. */
const ZONE = 'Asia/Almaty';

function parts(iso: string): Record<string, string> | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const out: Record<string, string> = {};
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const p of f.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** "2026-11-27" or an ISO time → "27.11.2026" (a bare date is taken as it is, with no zone shift). */
export function formatDate(value: string): string {
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (bare) return `${bare[3]}.${bare[2]}.${bare[1]}`;
  const p = parts(value);
  return p ? `${p.day}.${p.month}.${p.year}` : value;
}

/** An ISO time → "27.11.2026 14:05" in Kazakhstan time. */
export function formatDateTime(value: string): string {
  const p = parts(value);
  return p ? `${p.day}.${p.month}.${p.year} ${p.hour ?? '00'}:${p.minute ?? '00'}` : value;
}


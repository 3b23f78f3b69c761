import type { ExamResponse } from '../../../shared/api/channels/sittings';
import type { ExamItem, ExamView } from '../../../shared/api/channels/sittings-types';
import type { NewWrite } from './exam-outbox';

/** True when an answer says something (a blank text, no choice or no pair is unanswered). */
export function isAnswered(answer: ExamResponse | null): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case 'single':
      return answer.choice !== null;
    case 'multiple':
      return answer.choices.length > 0;
    case 'truefalse':
      return answer.answer !== null;
    case 'matching':
      return answer.rights.some((r) => r !== null);
    case 'short':
    case 'numeric':
    case 'essay':
      return answer.text.trim() !== '';
  }
}

/** One write applied to the item it is for (the screen shows what was given before the core confirms it). */
export function applyWrite(items: readonly ExamItem[], write: NewWrite): ExamItem[] {
  return items.map((item) => {
    if (item.ref !== write.ref) return item;
    return write.kind === 'answer' ? { ...item, answer: write.response } : { ...item, flagged: write.flagged };
  });
}

/** A view from the core with the writes that have not reached it yet laid over it. */
export function withWrites(view: ExamView, writes: readonly NewWrite[]): ExamView {
  const items = writes.reduce<ExamItem[]>((acc, w) => applyWrite(acc, w), [...view.items]);
  return { ...view, items };
}

/** How many items are answered and flagged, counted from what the screen shows. */
export function tally(items: readonly ExamItem[]): { answered: number; flagged: number; total: number } {
  return { answered: items.filter((i) => isAnswered(i.answer)).length, flagged: items.filter((i) => i.flagged).length, total: items.length };
}

/** The colour of the timer: amber in the last fifth of the time (at most 5 min), red in the last minute (or half that). */
export type TimerTone = 'normal' | 'amber' | 'red';

/** The timer's tone for the seconds left of a test of `limitMinutes`. */
export function timerTone(seconds: number, limitMinutes: number | null): TimerTone {
  const limit = (limitMinutes ?? 60) * 60;
  const amber = Math.max(30, Math.min(300, limit / 5));
  const red = Math.min(60, amber / 2);
  return seconds <= red ? 'red' : seconds <= amber ? 'amber' : 'normal';
}

/** Seconds as m:ss, or h:mm:ss from an hour up. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The text of an item as plain text: HTML (Moodle, GIFT [html]) through the browser's parser,
 * which runs no script, so nothing of the bank's markup reaches the page as markup.
 */
export function plainText(text: string, format: ExamItem['format']): string {
  if (format !== 'html') return text;
  const doc = new DOMParser().parseFromString(text.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '</p>\n'), 'text/html');
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

import type { Turn } from '../../../shared/api/channels/defense-types';

/** How the pitch timer looks: not started, running within time, in its last minute, past the limit. */
export type PitchTone = 'idle' | 'ok' | 'near' | 'over';

/** Seconds of pitch so far (frozen once stopped), or null before the pitch started. */
export function pitchSeconds(turn: Pick<Turn, 'pitchStartedAt' | 'pitchEndedAt'>, nowMs: number): number | null {
  if (!turn.pitchStartedAt) return null;
  const start = Date.parse(turn.pitchStartedAt);
  const end = turn.pitchEndedAt ? Date.parse(turn.pitchEndedAt) : nowMs;
  return Math.max(0, Math.floor((end - start) / 1000));
}

/**
 * The timer's colour against the programme's minutes: amber in the last minute before the
 * upper limit (the last fifth for limits under five minutes), red past it.
 */
export function pitchTone(seconds: number | null, limits: { min: number; max: number } | null): PitchTone {
  if (seconds === null) return 'idle';
  if (!limits) return 'ok';
  const max = limits.max * 60;
  const warn = limits.max >= 5 ? 60 : Math.ceil(max / 5);
  if (seconds > max) return 'over';
  return seconds >= max - warn ? 'near' : 'ok';
}

/** 754 → "12:34"; an hour or more → "1:02:34". */
export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const rest = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${rest}` : rest;
}

import type { Turn } from '../../../shared/api/channels/defense-types';

/** A turn that has started and is not confirmed yet (members may still be scoring it). */
export function isOpenTurn(turn: Turn): boolean {
  return turn.status === 'in_progress' || turn.status === 'ended';
}

function startedLastFirst(a: Turn, b: Turn): number {
  const byStart = (b.startedAt ?? '').localeCompare(a.startedAt ?? '');
  return byStart !== 0 ? byStart : a.position - b.position;
}

/** The listener being defended now: the open turn started last (ties: the earlier in the queue). */
export function currentTurn(turns: readonly Turn[]): Turn | null {
  return [...turns].filter(isOpenTurn).sort(startedLastFirst)[0] ?? null;
}

/** The turns members may score now, the current one first. */
export function openTurns(turns: readonly Turn[]): Turn[] {
  return [...turns].filter(isOpenTurn).sort(startedLastFirst);
}

/**
 * What the board shows: the current listener; between listeners the one confirmed last (so
 * the grade stays up); before the first, the first in the queue.
 */
export function boardTurn(turns: readonly Turn[]): Turn | null {
  const current = currentTurn(turns);
  if (current) return current;
  const done = [...turns]
    .filter((t) => t.status === 'confirmed')
    .sort((a, b) => (b.endedAt ?? '').localeCompare(a.endedAt ?? '') || b.position - a.position);
  return done[0] ?? turns.find((t) => t.status === 'waiting') ?? null;
}

/** The turn the session screen opens on: the current one, else the first waiting, else the last. */
export function defaultTurn(turns: readonly Turn[]): Turn | null {
  return currentTurn(turns) ?? turns.find((t) => t.status === 'waiting') ?? turns.at(-1) ?? null;
}

/** The first listener still waiting after `position` (or anywhere, when none is after it). */
export function nextWaiting(turns: readonly Turn[], position: number): Turn | null {
  const waiting = turns.filter((t) => t.status === 'waiting');
  return waiting.find((t) => t.position > position) ?? waiting[0] ?? null;
}

import { sectionPath } from '../../routes';

/** Which page of the Defenses section the address names. */
export type DefenseRoute =
  | { kind: 'home'; tab: 'sessions' | 'score' | null }
  | { kind: 'session'; sessionId: number; turnId: number | null }
  | { kind: 'sheet'; sessionId: number; turnId: number; memberId: number; isPaper: boolean }
  | { kind: 'board'; sessionId: number };

function id(part: string | undefined): number | null {
  return part !== undefined && /^[1-9]\d{0,9}$/.test(part) ? Number(part) : null;
}

/**
 * Reads the parts after `#/defenses`: `[]`, `['score']`, `['sessions']`, `[sid]`,
 * `[sid, 'turn', tid]`, `[sid, 'turn', tid, 'sheet', mid, 'paper'?]`, `[sid, 'board']`.
 */
export function defenseRoute(parts: readonly string[]): DefenseRoute {
  const [first, second, third, fourth, fifth, sixth] = parts;
  if (first === 'score' || first === 'sessions') return { kind: 'home', tab: first };
  const sessionId = id(first);
  if (sessionId === null) return { kind: 'home', tab: null };
  if (second === 'board') return { kind: 'board', sessionId };
  const turnId = second === 'turn' ? id(third) : null;
  const memberId = fourth === 'sheet' ? id(fifth) : null;
  if (turnId !== null && memberId !== null) return { kind: 'sheet', sessionId, turnId, memberId, isPaper: sixth === 'paper' };
  return { kind: 'session', sessionId, turnId };
}

/** Links inside the Defenses section. */
export const defenseLinks = {
  tab: (tab: 'sessions' | 'score'): string => sectionPath('defenses', tab),
  session: (sessionId: number, turnId?: number | null): string =>
    turnId ? sectionPath('defenses', sessionId, 'turn', turnId) : sectionPath('defenses', sessionId),
  sheet: (sessionId: number, turnId: number, memberId: number, isPaper = false): string =>
    isPaper
      ? sectionPath('defenses', sessionId, 'turn', turnId, 'sheet', memberId, 'paper')
      : sectionPath('defenses', sessionId, 'turn', turnId, 'sheet', memberId),
  board: (sessionId: number): string => sectionPath('defenses', sessionId, 'board'),
};

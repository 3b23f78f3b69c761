import { describe, expect, it } from 'vitest';
import { useTestCore } from '../helpers/test-core';

const tc = useTestCore({ perFile: true });
const { call } = tc;

describe('the demo data set', () => {
  it("loads 000's roadmap defense: 12 listeners, a commission of 5 and a secretary, 3 confirmed results, the session open", async () => {
    const ids = await call('demo:load', {});
    expect(ids.sitting).toBeGreaterThan(0);
    const sitting = (await call('sitting:get', { sittingId: ids.sitting! })) as { examinees: unknown[] };
    expect(sitting.examinees).toHaveLength(12);
    const programme = await call('programme:get', { id: ids.programme });
    expect(programme.designId).toBe('kz-000-roadmap-defense');
    const listeners = await call('listener:list', { cohortId: ids.cohort });
    expect(listeners).toHaveLength(12);
    expect(listeners.every((l) => l.iin !== null && /^\d{12}$/.test(l.iin))).toBe(true);
    const session = await call('session:get', { id: ids.session });
    expect(session.closedAt).toBeNull();
    expect(session.members.map((m) => m.role)).toEqual(['chair', 'member', 'member', 'member', 'member', 'secretary']);
    const turns = await call('defense:queue', { sessionId: ids.session });
    expect(turns.map((t) => t.status).slice(0, 5)).toEqual(['confirmed', 'confirmed', 'confirmed', 'in_progress', 'waiting']);
    // listener 1: c1 (17+18+16+17+18)/5 = 17.2, c2 16.4, c3 26.2, c4 8.4, c5 17 → 85.2 → 85 → Өте жақсы
    expect(turns[0]!.result).toMatchObject({ total: 85, band: 'excellent' });
    const board = await call('board:get', { turnId: turns[3]!.id });
    expect(board.state.submittedMemberIds).toHaveLength(2);
    expect(board.state.aggregate).toBeNull();
  });
});

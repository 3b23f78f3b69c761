import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/api/contract';
import { openCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from '../helpers/temp-dir';

let core: Core;
let remove: () => void;
beforeEach(() => {
  const t = tempDir();
  remove = t.remove;
  core = openCore(t.dir);
});
afterEach(() => {
  core.close();
  remove();
});
async function call(channel: Channel, input: unknown): Promise<any> {
  const e = await dispatch(core.handlers, channel, input);
  if (!e.ok) throw Object.assign(new Error(`${e.error.code}: ${e.error.message}`), e.error);
  return e.value;
}

describe('the design lock and academic leave', () => {
  it('a user design that graded a locked result can no longer change; a copy can', async () => {
    const design = await call('design:copy', { id: 'kz-000-roadmap-defense', newId: 'my-roadmap' });
    const programme = await call('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 1, designId: 'my-roadmap' });
    const cohort = await call('cohort:create', { programmeId: programme.id, name: 'X' });
    const listener = await call('listener:add', { cohortId: cohort.id, fields: { fullName: 'Әлиева' } });
    const session = await call('session:create', { cohortId: cohort.id, heldOn: '2026-11-27', members: [{ fullName: 'Chair', role: 'chair' }, { fullName: 'M1', role: 'member' }, { fullName: 'M2', role: 'member' }] });
    await call('member:set-pin', { memberId: session.members[0].id, pin: '4821' });
    const [turn] = await call('defense:queue', { sessionId: session.id });
    // before any result the design can still be edited
    const edited = structuredClone(design);
    edited.title.en = 'My roadmap';
    await call('design:save', { design: edited });
    for (const m of session.members) {
      const s = await call('sheet:save', { turnId: turn.id, memberId: m.id, scores: [16, 16, 25, 8, 16], version: 0 });
      await call('sheet:submit', { turnId: turn.id, memberId: m.id, version: s.version });
    }
    await call('result:confirm', { turnId: turn.id, chairId: session.members[0].id, pin: '4821' });
    edited.title.en = 'Changed after locking';
    await expect(call('design:save', { design: edited })).rejects.toMatchObject({ code: 'locked' });
    await call('design:copy', { id: 'my-roadmap', newId: 'my-roadmap-2' });
    edited.id = 'my-roadmap-2';
    expect((await call('design:save', { design: edited })).design.title.en).toBe('Changed after locking');
    expect(listener.id).toBeGreaterThan(0);
  });

  it('a listener on academic leave keeps passed modules and is not admitted until they return', async () => {
    const modules = [{ title: { kk: '1', ru: '1', en: '1' }, hours: 10, gatesAdmission: true }];
    const programme = await call('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 80, designId: 'kz-002-final-project', modules, settings: { admissionRequiresModules: true } });
    const cohort = await call('cohort:create', { programmeId: programme.id, name: 'Y' });
    const l = await call('listener:add', { cohortId: cohort.id, fields: { fullName: 'Қасымов' } });
    await call('admission:record-module', { listenerId: l.id, moduleId: programme.modules[0].id, passed: true });
    expect((await call('admission:get', { listenerId: l.id })).admitted).toBe(true);
    expect((await call('listener:leave', { id: l.id, onLeave: true, note: 'ауруына байланысты' })).onLeaveSince).not.toBeNull();
    expect(await call('admission:get', { listenerId: l.id })).toMatchObject({ admitted: false, reason: 'on_leave', missingModules: [] });
    await call('listener:leave', { id: l.id, onLeave: false });
    expect((await call('admission:get', { listenerId: l.id })).reason).toBe('ok');
  });
});

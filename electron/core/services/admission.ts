import type Database from 'better-sqlite3';
import type { Admission } from '../../../shared/api/channels/people-types';
import { AppError } from '../../../shared/domain/errors';
import { recordAudit } from './audit';
import { requirePin } from './commission';
import { getProgramme } from './programmes';
import { getListener } from './listeners';
import { prepared } from '../db/prepared';

function programmeOf(db: Database.Database, listenerId: number): number {
  const row = prepared(db, 'SELECT c.programme_id AS p FROM listener l JOIN cohort c ON c.id = l.cohort_id WHERE l.id = ?').get(listenerId) as { p: number } | undefined;
  if (!row) throw new AppError('not_found', `no listener ${listenerId}`, 'listenerId');
  return row.p;
}

/** Records a module's current control for a listener (passed or not). */
export function recordModuleControl(
  db: Database.Database,
  input: { listenerId: number; moduleId: number; passed: boolean; note?: string | null },
  actor: string,
  now: Date,
): Admission {
  const programme = getProgramme(db, programmeOf(db, input.listenerId));
  if (!programme.modules.some((m) => m.id === input.moduleId)) throw new AppError('not_found', `module ${input.moduleId} is not in the listener's programme`, 'moduleId');
  db.transaction(() => {
    prepared(db, 
      `INSERT INTO module_control (listener_id, module_id, passed, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (listener_id, module_id) DO UPDATE SET passed = excluded.passed, note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
    ).run(input.listenerId, input.moduleId, input.passed ? 1 : 0, input.note ?? null, actor, now.toISOString());
    recordAudit(db, { at: now, actor, action: 'module_control', entity: 'listener', entityId: input.listenerId, after: input });
  })();
  return admissionOf(db, input.listenerId);
}

/** The chair admits a listener despite missing controls, with a recorded note and their PIN. */
export function admitByChair(db: Database.Database, input: { listenerId: number; chairId: number; pin: string; note: string }, now: Date): Admission {
  const chair = requirePin(db, input.chairId, input.pin, 'chair');
  if (!input.note.trim()) throw new AppError('bad_input', 'the chair must give a reason', 'note');
  getListener(db, input.listenerId);
  db.transaction(() => {
    prepared(db, 'INSERT INTO admission_override (listener_id, note, admitted_by, admitted_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET note = excluded.note, admitted_by = excluded.admitted_by, admitted_at = excluded.admitted_at').run(
      input.listenerId, input.note.trim(), chair.id, now.toISOString(),
    );
    recordAudit(db, { at: now, actor: `member:${chair.id}`, action: 'admit', entity: 'listener', entityId: input.listenerId, after: { note: input.note } });
  })();
  return admissionOf(db, input.listenerId);
}

/** A listener's admission: modules gating admission all passed, not on leave, or the chair's override. */
export function admissionOf(db: Database.Database, listenerId: number): Admission {
  const listener = getListener(db, listenerId);
  const programme = getProgramme(db, programmeOf(db, listenerId));
  const passed = new Set(
    (prepared(db, 'SELECT module_id FROM module_control WHERE listener_id = ? AND passed = 1').all(listenerId) as { module_id: number }[]).map((r) => r.module_id),
  );
  const gating = programme.settings.admissionRequiresModules ? programme.modules.filter((m) => m.gatesAdmission) : [];
  const missingModules = gating.filter((m) => !passed.has(m.id)).map((m) => ({ id: m.id, title: m.title }));
  const o = prepared(db, 'SELECT note, admitted_by AS by, admitted_at AS at FROM admission_override WHERE listener_id = ?').get(listenerId) as Admission['override'] | undefined;
  const override = o ?? null;
  if (listener.onLeaveSince) return { listenerId, admitted: false, reason: 'on_leave', missingModules, override };
  if (missingModules.length === 0) return { listenerId, admitted: true, reason: 'ok', missingModules, override };
  return { listenerId, admitted: override !== null, reason: override ? 'admitted_by_chair' : 'modules_missing', missingModules, override };
}

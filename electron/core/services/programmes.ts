import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/domain/errors';
import type { Programme } from '../../../shared/api/channels/people-types';
import type { Localized } from '../../../shared/domain/localized';
import { moduleSchema, programmeSettingsSchema, type ModuleInput, type ProgrammeSettings } from '../../../shared/schemas/programme-schema';
import { getTemplate } from './templates';
import { prepared } from '../db/prepared';

type ProgrammeRow = { id: number; title_kk: string; title_ru: string; title_en: string; hours: number; design_id: string; settings: string; created_at: string };
type ModuleRow = { id: number; position: number; title_kk: string; title_ru: string; title_en: string; hours: number; gates_admission: number };

function toProgramme(db: Database.Database, r: ProgrammeRow): Programme {
  const modules = db
    .prepare('SELECT id, position, title_kk, title_ru, title_en, hours, gates_admission FROM programme_module WHERE programme_id = ? ORDER BY position')
    .all(r.id) as ModuleRow[];
  return {
    id: r.id,
    title: { kk: r.title_kk, ru: r.title_ru, en: r.title_en },
    hours: r.hours,
    designId: r.design_id,
    settings: programmeSettingsSchema.parse(JSON.parse(r.settings)),
    modules: modules.map((m) => ({ id: m.id, position: m.position, title: { kk: m.title_kk, ru: m.title_ru, en: m.title_en }, hours: m.hours, gatesAdmission: m.gates_admission === 1 })),
    createdAt: r.created_at,
  };
}

/** Every programme, newest first. */
export function listProgrammes(db: Database.Database): Programme[] {
  const rows = prepared(db, 'SELECT * FROM programme ORDER BY id DESC').all() as ProgrammeRow[];
  return rows.map((r) => toProgramme(db, r));
}

/** One programme; `not_found` when it does not exist. */
export function getProgramme(db: Database.Database, id: number): Programme {
  const row = prepared(db, 'SELECT * FROM programme WHERE id = ?').get(id) as ProgrammeRow | undefined;
  if (!row) throw new AppError('not_found', `no programme ${id}`, 'programme');
  return toProgramme(db, row);
}

/** Creates a programme on a design (a built-in template or a user design). */
export function createProgramme(
  db: Database.Database,
  input: { title: Localized; hours: number; designId: string; settings?: Partial<ProgrammeSettings>; modules?: ModuleInput[] },
  now: Date,
): Programme {
  const design = getTemplate(db, input.designId);
  const settings = programmeSettingsSchema.parse({ pitchMinutes: design.pitchMinutes, ...input.settings });
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO programme (title_kk, title_ru, title_en, hours, design_id, settings, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(input.title.kk, input.title.ru, input.title.en, input.hours, design.id, JSON.stringify(settings), now.toISOString()).lastInsertRowid,
    );
    setModules(db, id, input.modules ?? []);
    return getProgramme(db, id);
  })();
}

/** Replaces a programme's settings (validated). */
export function updateProgrammeSettings(db: Database.Database, id: number, patch: Partial<ProgrammeSettings>): Programme {
  const current = getProgramme(db, id);
  const settings = programmeSettingsSchema.parse({ ...current.settings, ...patch });
  prepared(db, 'UPDATE programme SET settings = ? WHERE id = ?').run(JSON.stringify(settings), id);
  return getProgramme(db, id);
}

/** Replaces a programme's modules (in order). Modules with recorded controls are kept by position. */
export function setModules(db: Database.Database, programmeId: number, modules: ModuleInput[]): void {
  const parsed = modules.map((m) => moduleSchema.parse(m));
  db.transaction(() => {
    const upsert = prepared(db, `
      INSERT INTO programme_module (programme_id, position, title_kk, title_ru, title_en, hours, gates_admission)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (programme_id, position) DO UPDATE SET title_kk = excluded.title_kk, title_ru = excluded.title_ru,
        title_en = excluded.title_en, hours = excluded.hours, gates_admission = excluded.gates_admission`);
    parsed.forEach((m, i) => upsert.run(programmeId, i + 1, m.title.kk, m.title.ru, m.title.en, m.hours, m.gatesAdmission ? 1 : 0));
    prepared(db, 'DELETE FROM programme_module WHERE programme_id = ? AND position > ? AND id NOT IN (SELECT module_id FROM module_control)').run(programmeId, parsed.length);
  })();
}

import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/domain/errors';
import { parseDesign } from '../../../../shared/domain/parse-design';
import type { Design } from '../../../../shared/schemas/design-schema';
import { BUILTIN_DESIGNS } from '../../../../shared/templates/builtin';

type DesignRow = { id: string; body: string; is_builtin: number };

/** Inserts or refreshes the built-in templates; user designs are never touched. */
export function seedBuiltinDesigns(db: Database.Database, now: Date): void {
  const upsert = db.prepare(`
    INSERT INTO design (id, kind, title_kk, title_ru, title_en, body, is_builtin, created_at, updated_at)
    VALUES (@id, @kind, @kk, @ru, @en, @body, 1, @at, @at)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title_kk = excluded.title_kk,
      title_ru = excluded.title_ru, title_en = excluded.title_en, body = excluded.body,
      updated_at = excluded.updated_at
    WHERE design.is_builtin = 1 AND design.body <> excluded.body`);
  db.transaction(() => {
    for (const d of BUILTIN_DESIGNS) {
      upsert.run({ id: d.id, kind: d.kind, ...d.title, body: JSON.stringify(d), at: now.toISOString() });
    }
  })();
}

/** Every design, built-ins first, then by id. */
export function listDesigns(db: Database.Database): { design: Design; isBuiltin: boolean }[] {
  const rows = db.prepare('SELECT id, body, is_builtin FROM design ORDER BY is_builtin DESC, id').all() as DesignRow[];
  return rows.map((r) => ({ design: parseDesign(JSON.parse(r.body)), isBuiltin: r.is_builtin === 1 }));
}

/** The design with this id, or null. */
export function findDesign(db: Database.Database, id: string): Design | null {
  const row = db.prepare('SELECT id, body, is_builtin FROM design WHERE id = ?').get(id) as DesignRow | undefined;
  return row ? parseDesign(JSON.parse(row.body)) : null;
}

/** Saves a user design (insert or replace); built-in ids cannot be overwritten. */
export function saveUserDesign(db: Database.Database, design: Design, now: Date): void {
  const info = db
    .prepare(`
      INSERT INTO design (id, kind, title_kk, title_ru, title_en, body, is_builtin, created_at, updated_at)
      VALUES (@id, @kind, @kk, @ru, @en, @body, 0, @at, @at)
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title_kk = excluded.title_kk,
        title_ru = excluded.title_ru, title_en = excluded.title_en, body = excluded.body,
        updated_at = excluded.updated_at
      WHERE design.is_builtin = 0`)
    .run({ id: design.id, kind: design.kind, ...design.title, body: JSON.stringify(design), at: now.toISOString() });
  if (info.changes === 0) throw new AppError('forbidden', `the built-in design ${design.id} cannot be overwritten: save a copy under another id`, 'id');
}

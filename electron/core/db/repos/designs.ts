import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/domain/errors';
import { parseDesign } from '../../../../shared/domain/parse-design';
import type { Design } from '../../../../shared/schemas/design-schema';
import { BUILTIN_DESIGNS } from '../../../../shared/templates/builtin';
import { prepared } from '../prepared';

type DesignRow = { id: string; body: string; is_builtin: number };

/** Inserts or refreshes the built-in templates; user designs are never touched. */
export function seedBuiltinDesigns(db: Database.Database, now: Date): void {
  const upsert = prepared(db, `
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
  const rows = prepared(db, 'SELECT id, body, is_builtin FROM design ORDER BY is_builtin DESC, id').all() as DesignRow[];
  return rows.map((r) => ({ design: parseStored(r.body), isBuiltin: r.is_builtin === 1 }));
}

/** Parsed designs by their stored text: a design is parsed once, not on every read. */
const parsed = new Map<string, Design>();

function parseStored(body: string): Design {
  let design = parsed.get(body);
  if (!design) {
    design = parseDesign(JSON.parse(body));
    if (parsed.size > 200) parsed.clear();
    parsed.set(body, design);
  }
  return design;
}

/** Designs by id and stored version, so a hot read does not even fetch the body. */
const byVersion = new Map<string, Design>();

/** The design with this id, or null. The returned object is shared: never mutate it. */
export function findDesign(db: Database.Database, id: string): Design | null {
  const head = prepared(db, 'SELECT updated_at, length(body) AS n FROM design WHERE id = ?').get(id) as { updated_at: string; n: number } | undefined;
  if (!head) return null;
  const key = `${id}\u0000${head.updated_at}\u0000${head.n}`;
  const cached = byVersion.get(key);
  if (cached) return cached;
  const row = prepared(db, 'SELECT id, body, is_builtin FROM design WHERE id = ?').get(id) as DesignRow;
  const design = parseStored(row.body);
  if (byVersion.size > 200) byVersion.clear();
  byVersion.set(key, design);
  return design;
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

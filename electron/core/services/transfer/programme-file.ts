import { readFileSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../../shared/domain/errors';
import { parseDesign } from '../../../../shared/domain/parse-design';
import { prepared } from '../../db/prepared';
import { findDesign, saveUserDesign } from '../../db/repos/designs';
import { getProgramme } from '../programmes';
import { APP_VERSION } from '../../version';
import { isEncrypted, open, seal } from './envelope';
import { PROGRAMME_TABLES, type TableSpec } from './tables';

/** The programme file format this Attesta writes and reads (decisions §6). */
export const PROGRAMME_FILE_FORMAT = 1;
/** Programme files above this size are refused before unpacking. */
export const MAX_PROGRAMME_FILE = 200 * 1024 * 1024;

type Row = Record<string, unknown>;

/** Designs other than the programme's that its rows reference (`:p` the programme, `:own` its design). */
const OTHER_DESIGNS = `SELECT DISTINCT id FROM (
    SELECT grade_scale AS id FROM sitting WHERE cohort_id IN (SELECT id FROM cohort WHERE programme_id = @p)
    UNION SELECT r.design_id FROM defense_result r JOIN defense_turn t ON t.id = r.turn_id JOIN defense_session s ON s.id = t.session_id
      JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = @p
  ) WHERE id IS NOT NULL AND id <> @own ORDER BY id`;

function tableExists(db: Database.Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** Writes a whole programme (design, banks, cohorts, results with their hashes) as an `.attesta` zip, sealed when a password is given. */
export async function exportProgrammeFile(db: Database.Database, programmeId: number, opts: { password?: string; now: Date }): Promise<Buffer> {
  const programme = getProgramme(db, programmeId);
  const zip = new JSZip();
  const counts: Record<string, number> = {};
  zip.file('design.json', JSON.stringify(findDesign(db, programme.designId)));
  // other designs the rows name (a sitting's grade scale, a result locked on an earlier design), so the copy's references hold
  const others = (db.prepare(OTHER_DESIGNS).all({ p: programmeId, own: programme.designId }) as { id: string }[]).flatMap((r) => findDesign(db, r.id) ?? []);
  zip.file('designs.json', JSON.stringify(others));
  for (const spec of PROGRAMME_TABLES) {
    if (!tableExists(db, spec.table)) continue;
    const rows = db.prepare(`SELECT * FROM ${spec.table} WHERE ${spec.where.replaceAll(':p', '@p')} ORDER BY rowid`).all({ p: programmeId }) as Row[];
    const kept = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !spec.omit?.includes(k))));
    zip.file(`tables/${spec.table}.json`, JSON.stringify(kept));
    counts[spec.table] = kept.length;
  }
  // the manifest lists every table and its row count, so a file missing a part is refused whole
  zip.file('manifest.json', JSON.stringify({ format: PROGRAMME_FILE_FORMAT, app: `Attesta ${APP_VERSION}`, createdAt: opts.now.toISOString(), programme: programme.title, tables: counts }));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return opts.password ? seal(bytes, opts.password) : bytes;
}

/** An `.attesta` file's bytes from a path on this computer: refused before reading when too large or not a file. */
export function readProgrammeFile(path: string): Buffer {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new AppError('not_found', `there is no file ${path}`, 'file');
  }
  if (size > MAX_PROGRAMME_FILE) throw new AppError('file_too_large', `the file is ${size} bytes; at most 200 MB`, 'file');
  return readFileSync(path);
}

async function unpack(bytes: Buffer, password: string | undefined): Promise<JSZip> {
  if (bytes.length > MAX_PROGRAMME_FILE) throw new AppError('file_too_large', `the file is ${bytes.length} bytes; at most 200 MB`, 'file');
  let plain = bytes;
  if (isEncrypted(bytes)) {
    if (!password) throw new AppError('wrong_password', 'this file is protected by a password', 'password');
    plain = open(bytes, password);
  }
  try {
    return await JSZip.loadAsync(plain, { checkCRC32: true });
  } catch {
    throw new AppError('bad_input', 'the file is not an Attesta programme file (.attesta)', 'file');
  }
}

async function json(zip: JSZip, name: string): Promise<unknown> {
  const entry = zip.file(name);
  if (!entry) throw new AppError('bad_input', `the programme file has no ${name}`, 'file');
  try {
    return JSON.parse(await entry.async('string')) as unknown;
  } catch {
    throw new AppError('bad_input', `${name} in the programme file is not JSON`, 'file');
  }
}

const specOf = (table: string): TableSpec => PROGRAMME_TABLES.find((s) => s.table === table)!;

function insertRows(db: Database.Database, table: string, rows: Row[]): void {
  if (!tableExists(db, table)) throw new AppError('bad_input', `this Attesta has no ${table}`, 'file');
  const spec = specOf(table);
  const columns = new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  for (const row of rows) {
    const names = [...new Set([...Object.keys(row).filter((k) => columns.has(k) && !spec.fresh?.includes(k)), ...(spec.fresh ?? [])])];
    const values = Object.fromEntries(
      names.map((n) => [n, spec.fresh?.includes(n) ? randomBytes(32).toString('hex') : spec.deferred?.includes(n) ? null : (row[n] ?? null)]),
    );
    run(table, () => prepared(db, `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(values));
  }
}

function setDeferred(db: Database.Database, spec: TableSpec, rows: Row[]): void {
  if (!spec.deferred || !spec.id) return;
  const sql = `UPDATE ${spec.table} SET ${spec.deferred.map((c) => `${c} = @${c}`).join(', ')} WHERE ${spec.id.map((c) => `${c} = @${c}`).join(' AND ')}`;
  for (const row of rows) {
    if (spec.deferred.every((c) => (row[c] ?? null) === null)) continue;
    run(spec.table, () => prepared(db, sql).run(Object.fromEntries([...spec.deferred!, ...spec.id!].map((c) => [c, row[c] ?? null]))));
  }
}

/** Runs one write, turning SQLite's refusal into an error the user can act on. */
function run(table: string, write: () => unknown): void {
  try {
    write();
  } catch (e) {
    const why = (e as Error).message;
    if (/UNIQUE|PRIMARY KEY/.test(why)) throw new AppError('duplicate', `${table}: a row with the same id is already here — import a programme into an empty data folder, or one that does not hold it yet`, 'file');
    throw new AppError('bad_input', `${table}: ${why}`, 'file');
  }
}

/**
 * Reads an `.attesta` file into this database in one transaction: the same ids, so documents
 * come out the same; a newer format, ids already taken, or any bad row writes nothing.
 */
export async function importProgrammeFile(db: Database.Database, bytes: Buffer, opts: { password?: string; now: Date }): Promise<{ programme: number; rows: Record<string, number> }> {
  const zip = await unpack(bytes, opts.password);
  const manifest = (await json(zip, 'manifest.json')) as { format?: unknown; tables?: unknown };
  if (typeof manifest.format !== 'number') throw new AppError('bad_input', 'the programme file has no format number', 'file');
  if (manifest.format > PROGRAMME_FILE_FORMAT) throw new AppError('db_newer', `the file was made by a newer Attesta (format ${manifest.format}); update Attesta to read it`, 'file');
  const expected = manifest.tables;
  if (typeof expected !== 'object' || expected === null) throw new AppError('bad_input', 'the programme file does not list its tables', 'file');
  const design = parseDesign(await json(zip, 'design.json'));
  const others = zip.file('designs.json') ? await json(zip, 'designs.json') : [];
  if (!Array.isArray(others)) throw new AppError('bad_input', 'designs.json in the programme file is not a list', 'file');
  const otherDesigns = others.map((d) => parseDesign(d));
  const tables: { table: string; rows: Row[] }[] = [];
  for (const [table, count] of Object.entries(expected as Record<string, unknown>)) {
    if (!PROGRAMME_TABLES.some((s) => s.table === table)) throw new AppError('bad_input', `the programme file holds an unknown table ${table}`, 'file');
    const rows = await json(zip, `tables/${table}.json`);
    if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) throw new AppError('bad_input', `tables/${table}.json is not a list of rows`, 'file');
    if (rows.length !== count) throw new AppError('bad_input', `tables/${table}.json has ${rows.length} rows; the manifest says ${String(count)}`, 'file');
    tables.push({ table, rows: rows as Row[] });
  }
  tables.sort((a, b) => PROGRAMME_TABLES.findIndex((s) => s.table === a.table) - PROGRAMME_TABLES.findIndex((s) => s.table === b.table));
  const programme = tables.find((t) => t.table === 'programme')?.rows[0];
  if (!programme || typeof programme.id !== 'number') throw new AppError('bad_input', 'the programme file has no programme', 'file');
  const counts: Record<string, number> = {};
  db.transaction(() => {
    for (const d of [design, ...otherDesigns]) if (!findDesign(db, d.id)) saveUserDesign(db, d, opts.now);
    for (const { table, rows } of tables) {
      insertRows(db, table, rows);
      counts[table] = rows.length;
    }
    // finished tests and released result sets last, as the lock triggers allow
    for (const { table, rows } of [...tables].reverse()) setDeferred(db, specOf(table), rows);
  })();
  return { programme: programme.id, rows: counts };
}

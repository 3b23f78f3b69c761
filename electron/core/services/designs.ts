import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/domain/errors';
import { parseDesign } from '../../../shared/domain/parse-design';
import { validateDesign, type Validation } from '../../../shared/domain/validate-design';
import type { Design } from '../../../shared/schemas/design-schema';
import { findDesign, saveUserDesign } from '../db/repos/designs';
import { getTemplate } from './templates';
import { prepared } from '../db/prepared';

/** True when a locked result was graded on this design (then it can no longer change). */
export function isDesignLocked(db: Database.Database, id: string): boolean {
  const hasResults = prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'defense_result'").get();
  if (!hasResults) return false;
  return prepared(db, 'SELECT 1 FROM defense_result WHERE design_id = ? AND locked_at IS NOT NULL LIMIT 1').get(id) !== undefined;
}

/** Saves a user design from the editor: refused when invalid, built-in, or used by a locked result. */
export function saveDesign(db: Database.Database, raw: unknown, now: Date): { design: Design; validation: Validation } {
  const design = parseDesign(raw);
  const validation = validateDesign(design);
  if (!validation.ok) {
    const first = validation.findings.find((f) => f.severity === 'error')!;
    throw new AppError('bad_input', `${first.path}: ${first.message}`, first.path);
  }
  if (findDesign(db, design.id) && isDesignLocked(db, design.id)) {
    throw new AppError('locked', `${design.id} graded a locked result and can no longer change: edit a copy instead`, 'id');
  }
  saveUserDesign(db, design, now);
  return { design, validation };
}

/** Copies a design under a new id (the way to change a built-in or a locked design). */
export function copyDesign(db: Database.Database, id: string, newId: string, now: Date): Design {
  if (findDesign(db, newId)) throw new AppError('duplicate', `a design with id "${newId}" exists`, 'newId');
  const copy = { ...getTemplate(db, id), id: newId };
  saveUserDesign(db, copy, now);
  return copy;
}

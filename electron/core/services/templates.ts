import type Database from 'better-sqlite3';
import type { TemplateSummary } from '../../../shared/api/contract';
import { AppError } from '../../../shared/domain/errors';
import { parseDesign } from '../../../shared/domain/parse-design';
import { validateDesign, type Validation } from '../../../shared/domain/validate-design';
import type { Design } from '../../../shared/schemas/design-schema';
import { findDesign, listDesigns } from '../db/repos/designs';

/** Every design as a summary row (`attesta templates`). */
export function listTemplates(db: Database.Database): TemplateSummary[] {
  return listDesigns(db).map(({ design: d }) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    max: d.max,
    criteria: d.kind === 'scale' ? null : d.criteria.length,
  }));
}

/** The design with this id; `unknown_template` when there is none. */
export function getTemplate(db: Database.Database, id: string): Design {
  const design = findDesign(db, id);
  if (!design) throw new AppError('unknown_template', `no template with id "${id}" (see \`attesta templates\`)`, 'template');
  return design;
}

/** Parses and validates a design given as JSON; a bad shape is an `invalid_template` error. */
export function validateTemplate(value: unknown): Validation {
  return validateDesign(parseDesign(value));
}

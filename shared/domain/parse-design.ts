import { designSchema, type Design } from '../schemas/design-schema';
import { AppError } from './errors';

/** Formats a zod issue path such as ["criteria", 2, "max"] as `criteria[2].max`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

/** Parses an unknown value as a design; throws `invalid_template` naming the first bad field. */
export function parseDesign(value: unknown): Design {
  const result = designSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = formatPath(issue.path) || '(root)';
  throw new AppError('invalid_template', `${path}: ${issue.message}`, path);
}

/** Parses a design from file text; throws `not_json` when the text is not JSON at all. */
export function parseDesignText(text: string): Design {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('not_json', `the file is not JSON (${(e as Error).message})`, 'file');
  }
  return parseDesign(value);
}

/** Error codes that cross every boundary (CLI, IPC, HTTP) and are translated by the UI. */
export const ERROR_CODES = [
  'bad_input',
  'out_of_range',
  'wrong_count',
  'not_a_step',
  'not_json',
  'invalid_template',
  'unknown_template',
  'unknown_channel',
  'not_found',
  'duplicate',
  'conflict',
  'locked',
  'not_admitted',
  'no_quorum',
  'wrong_pin',
  'wrong_password',
  'pin_locked',
  'recused',
  'unresolved_divergence',
  'not_submitted',
  'file_too_large',
  'not_xlsx',
  'not_xml',
  'not_final',
  'render_failed',
  'cancelled',
  'too_few_for_trimmed',
  'db_newer',
  'unauthorized',
  'forbidden',
  'internal',
] as const;

/** A code from ERROR_CODES. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error a user can act on: a code, a message naming the field, and the field's path. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;

  constructor(code: ErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
}

/** True for errors that carry a user-facing code. */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

import type { ErrorCode } from '../domain/errors';

/** The error half of the envelope: a code the UI translates, never a stack trace. */
export type ApiError = { code: ErrorCode; message: string; field?: string | null };

/** What every channel answers, over IPC and HTTP alike. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a value. */
export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

/** Wraps an error. */
export function fail<T = never>(error: ApiError): Envelope<T> {
  return { ok: false, error };
}

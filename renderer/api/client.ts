import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { ApiError, Envelope } from '../../shared/api/envelope';
import { ERROR_CODES, type ErrorCode } from '../../shared/domain/errors';
import type { ClientErrorCode } from '../../shared/i18n/codes';
import { authToken } from './token';

/** A code the UI can translate: one of the core's, or `network` when the core is unreachable. */
export type CallErrorCode = ErrorCode | ClientErrorCode;

/** What `call` throws: a translatable code, the core's message (for logs) and the field. */
export class ApiCallError extends Error {
  readonly code: CallErrorCode;
  readonly field: string | null;

  constructor(code: CallErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.field = field;
  }
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Turns whatever came back into an envelope; anything malformed is an `internal` error. */
function asEnvelope(body: unknown, status: number): Envelope<unknown> {
  if (isRecord(body) && body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (isRecord(body) && body.ok === false && isRecord(body.error)) {
    const e = body.error;
    const error: ApiError = {
      code: isErrorCode(e.code) ? e.code : 'internal',
      message: typeof e.message === 'string' ? e.message : '',
      field: typeof e.field === 'string' ? e.field : null,
    };
    return { ok: false, error };
  }
  const code: ErrorCode = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'internal';
  return { ok: false, error: { code, message: `unexpected answer (HTTP ${status})` } };
}

/**
 * POSTs JSON to a path of the HTTP host with the bearer token (if any) and returns the
 * envelope; a host that cannot be reached is a `network` error.
 */
export async function postEnvelope(path: string, input: unknown, token: string | null): Promise<Envelope<unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiCallError('network', `cannot reach the core for ${path}`);
  }
  const body: unknown = await res.json().catch(() => null);
  return asEnvelope(body, res.status);
}

/** Unwraps an envelope: the value, or an ApiCallError with its code. */
export function unwrap(envelope: Envelope<unknown>): unknown {
  if (!envelope.ok) throw new ApiCallError(envelope.error.code, envelope.error.message, envelope.error.field ?? null);
  return envelope.value;
}

function overHttp(channel: Channel, input: unknown): Promise<Envelope<unknown>> {
  return postEnvelope(`/api/${channel}`, input, authToken());
}

async function overIpc(api: NonNullable<Window['api']>, channel: Channel, input: unknown): Promise<Envelope<unknown>> {
  try {
    return asEnvelope(await api.invoke(channel, input), 200);
  } catch {
    throw new ApiCallError('network', `the main process did not answer ${channel}`);
  }
}

/**
 * Calls one channel of the shared contract: through the Electron preload when present,
 * else over HTTP with the session token (a member's device token on a phone). Returns the
 * value or throws an ApiCallError.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const envelope = window.api ? await overIpc(window.api, channel, input) : await overHttp(channel, input);
  // The core validated the input and typed the handler's result; the wire loses only the type.
  return unwrap(envelope) as ChannelResult<C>;
}

/** The translatable code of anything a call (or a render) threw. */
export function errorCode(e: unknown): CallErrorCode {
  return e instanceof ApiCallError ? e.code : 'internal';
}

import { channelInputs, isChannel, type Channel } from '../../shared/api/contract';
import { fail, ok, type Envelope } from '../../shared/api/envelope';
import { isAppError } from '../../shared/domain/errors';
import { formatPath } from '../../shared/domain/parse-design';
import type { Handlers } from './handlers';

/** Something to tell about failures the user cannot act on (a log file, stderr). */
export type ErrorSink = (channel: string, error: unknown) => void;

/**
 * Runs one request: checks the channel, parses the input with the channel's zod schema,
 * calls the handler, and wraps the outcome in the envelope. Unexpected errors become
 * `internal` with a plain message; their details go only to `onInternal`.
 */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown, onInternal: ErrorSink = () => {}): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return fail({ code: 'unknown_channel', message: `no channel "${channel}"` });
  const parsed = channelInputs[channel].safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = formatPath(issue.path) || null;
    return fail({ code: 'bad_input', message: `${field ?? 'input'}: ${issue.message}`, field });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (e) {
    if (isAppError(e)) return fail({ code: e.code, message: e.message, field: e.field });
    onInternal(channel, e);
    return fail({ code: 'internal', message: 'something went wrong inside Attesta; the details are in the log' });
  }
}

/** The channel names as a typed list (re-exported for hosts). */
export type { Channel };

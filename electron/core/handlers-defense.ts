import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { DefenseResults } from '../../shared/api/channels/defense-types';
import { actorOf, type CoreContext } from './context';
import { amendResult, board, closeSession, confirmResult, resolveDivergence, resultOf } from './services/defense/results';
import { revote, saveSheet, sheetFor, submitSheet } from './services/defense/sheets';
import { ask, getTurn, queue, setNotes, stamp, turnDetail } from './services/defense/turns';
import { once } from './services/devices';

type DefenseChannel = keyof DefenseResults;
/** The handlers of the defense-day channels. */
export type DefenseHandlers = { [C in DefenseChannel]: (input: ParsedInput<C>) => ChannelResult<C> };

/** Defense day over one context: every write is one transaction and carries who did it. */
export function createDefenseHandlers(ctx: CoreContext): DefenseHandlers {
  const { db } = ctx;
  const actor = () => actorOf(ctx);
  /** Tells live views (board, devices) that a turn changed, after the write is committed. */
  const changed = <T>(turnId: number, kind: string, value: T): T => {
    ctx.events.emit('change', { sessionId: getTurn(db, turnId).sessionId, turnId, kind });
    return value;
  };
  return {
    'defense:queue': ({ sessionId }) => queue(db, sessionId),
    'defense:turn': ({ turnId }) => turnDetail(db, turnId),
    'defense:start': ({ turnId }) => changed(turnId, 'start', stamp(db, turnId, 'start', ctx.now())),
    'defense:end': ({ turnId }) => changed(turnId, 'end', stamp(db, turnId, 'end', ctx.now())),
    'defense:pitch': ({ turnId, action }) => changed(turnId, 'pitch', stamp(db, turnId, action === 'start' ? 'pitch_start' : 'pitch_stop', ctx.now())),
    'defense:ask': (input) => changed(input.turnId, 'ask', ask(db, input, ctx.now())),
    'defense:note': ({ turnId, notes }) => changed(turnId, 'note', setNotes(db, turnId, notes)),
    'sheet:get': ({ turnId, memberId }) => sheetFor(db, turnId, memberId),
    'sheet:save': ({ clientId, ...input }) => changed(input.turnId, 'sheet', once(db, clientId, 'sheet:save', ctx.now(), () => saveSheet(db, input, actor(), ctx.now()))),
    'sheet:submit': ({ clientId, ...input }) => changed(input.turnId, 'submit', once(db, clientId, 'sheet:submit', ctx.now(), () => submitSheet(db, input, actor(), ctx.now()))),
    'sheet:revote': (input) => changed(input.turnId, 'revote', revote(db, input, actor(), ctx.now())),
    'board:get': ({ turnId }) => board(db, turnId),
    'divergence:resolve': (input) => changed(input.turnId, 'resolve', resolveDivergence(db, input, actor(), ctx.now())),
    'result:confirm': (input) => changed(input.turnId, 'confirm', confirmResult(db, input, ctx.now())),
    'result:get': ({ turnId }) => (getTurn(db, turnId), resultOf(db, turnId)),
    'result:amend': (input) => {
      const result = amendResult(db, input, ctx.now());
      return changed(result.turnId, 'amend', result);
    },
    'session:close': (input) => {
      const closed = closeSession(db, input, actor(), ctx.now());
      ctx.events.emit('change', { sessionId: input.sessionId, turnId: null, kind: 'close' });
      return closed;
    },
  };
}

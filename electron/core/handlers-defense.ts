import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { DefenseResults } from '../../shared/api/channels/defense-types';
import { actorOf, type CoreContext } from './context';
import { amendResult, board, closeSession, confirmResult, resolveDivergence, resultOf } from './services/defense/results';
import { revote, saveSheet, sheetFor, submitSheet } from './services/defense/sheets';
import { ask, getTurn, queue, setNotes, stamp, turnDetail } from './services/defense/turns';

type DefenseChannel = keyof DefenseResults;
/** The handlers of the defense-day channels. */
export type DefenseHandlers = { [C in DefenseChannel]: (input: ParsedInput<C>) => ChannelResult<C> };

/** Defense day over one context: every write is one transaction and carries who did it. */
export function createDefenseHandlers(ctx: CoreContext): DefenseHandlers {
  const { db } = ctx;
  const actor = () => actorOf(ctx);
  return {
    'defense:queue': ({ sessionId }) => queue(db, sessionId),
    'defense:turn': ({ turnId }) => turnDetail(db, turnId),
    'defense:start': ({ turnId }) => stamp(db, turnId, 'start', ctx.now()),
    'defense:end': ({ turnId }) => stamp(db, turnId, 'end', ctx.now()),
    'defense:pitch': ({ turnId, action }) => stamp(db, turnId, action === 'start' ? 'pitch_start' : 'pitch_stop', ctx.now()),
    'defense:ask': (input) => ask(db, input, ctx.now()),
    'defense:note': ({ turnId, notes }) => setNotes(db, turnId, notes),
    'sheet:get': ({ turnId, memberId }) => sheetFor(db, turnId, memberId),
    'sheet:save': (input) => saveSheet(db, input, actor(), ctx.now()),
    'sheet:submit': (input) => submitSheet(db, input, actor(), ctx.now()),
    'sheet:revote': (input) => revote(db, input, actor(), ctx.now()),
    'board:get': ({ turnId }) => board(db, turnId),
    'divergence:resolve': (input) => resolveDivergence(db, input, actor(), ctx.now()),
    'result:confirm': (input) => confirmResult(db, input, ctx.now()),
    'result:get': ({ turnId }) => (getTurn(db, turnId), resultOf(db, turnId)),
    'result:amend': (input) => amendResult(db, input, ctx.now()),
    'session:close': (input) => closeSession(db, input, actor(), ctx.now()),
  };
}

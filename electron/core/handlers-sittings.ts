import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { SittingResults } from '../../shared/api/channels/sittings-types';
import { actorOf, type CoreContext } from './context';
import { once } from './services/devices';
import { sittingAnalysis } from './services/sittings/analysis';
import { admit, createSitting, reissueToken } from './services/sittings/create';
import { examView, flagItem, saveAnswer, settleExaminee, startExam, submitExam } from './services/sittings/exam';
import { gainReport } from './services/sittings/gain';
import { closeSitting, linkSittings, listSittings, sittingDetail } from './services/sittings/overview';
import { essayQueue, releaseResults, scoreEssay, sittingResults } from './services/sittings/release';

type SittingChannel = keyof SittingResults;
/** The handlers of the test-sitting channels. */
export type SittingHandlers = { [C in SittingChannel]: (input: ParsedInput<C>) => ChannelResult<C> };

/**
 * Test sittings over one context. An examinee's write first submits a test whose time ran out
 * (committed on its own, so a refused write cannot undo it), then runs once per client id.
 */
export function createSittingHandlers(ctx: CoreContext): SittingHandlers {
  const { db } = ctx;
  const actor = () => actorOf(ctx);
  const settled = (examineeId: number): Date => {
    const now = ctx.now();
    settleExaminee(db, examineeId, now);
    return now;
  };
  return {
    'sitting:list': ({ cohortId }) => listSittings(db, cohortId),
    'sitting:create': (input) => sittingDetail(db, createSitting(db, input, actor(), ctx.now()), ctx.now()),
    'sitting:get': ({ sittingId }) => sittingDetail(db, sittingId, ctx.now()),
    'sitting:admit': (input) => admit(db, input, actor(), ctx.now()),
    'sitting:reissue': ({ examineeId }) => reissueToken(db, examineeId, actor(), ctx.now()),
    'sitting:release': (input) => releaseResults(db, input, actor(), ctx.now()),
    'sitting:close': ({ sittingId }) => closeSitting(db, sittingId, actor(), ctx.now()),
    'sitting:results': ({ sittingId }) => sittingResults(db, sittingId, ctx.now()),
    'sitting:analysis': ({ sittingId }) => sittingAnalysis(db, sittingId, ctx.now()),
    'sitting:link': (input) => linkSittings(db, input, actor(), ctx.now()),
    'sitting:gain': ({ exitId }) => gainReport(db, exitId),
    'sitting:essays': ({ sittingId }) => essayQueue(db, sittingId, ctx.now()),
    'essay:score': (input) => scoreEssay(db, input, actor(), ctx.now()),
    'exam:get': (input) => examView(db, input, ctx.now()),
    'exam:start': (input) => startExam(db, input, ctx.now()),
    'exam:answer': ({ clientId, ...input }) => {
      const now = settled(input.examineeId);
      return once(db, clientId, 'exam:answer', now, () => saveAnswer(db, input, now));
    },
    'exam:flag': ({ clientId, ...input }) => {
      const now = settled(input.examineeId);
      return once(db, clientId, 'exam:flag', now, () => flagItem(db, input, now));
    },
    'exam:submit': ({ clientId, confirm: _confirm, ...input }) => {
      const now = settled(input.examineeId);
      return once(db, clientId, 'exam:submit', now, () => submitExam(db, input, now));
    },
  };
}

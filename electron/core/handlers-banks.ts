import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { BankResults } from '../../shared/api/channels/banks-types';
import type { CoreContext } from './context';

type BankChannel = keyof BankResults;
/** The handlers of the test banks (issue 6): bank list, items, import preview, blueprints channels. */
export type BankHandlers = { [C in BankChannel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

/** The test banks (issue 6): bank list, items, import preview, blueprints handlers over one context. */
export function createBankHandlers(_ctx: CoreContext): BankHandlers {
  return {};
}

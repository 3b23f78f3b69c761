import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { VariantResults } from '../../shared/api/channels/variants-types';
import type { CoreContext } from './context';

type VariantChannel = keyof VariantResults;
/** The handlers of the printed variants, answer keys and answer sheets (issue 6) channels. */
export type VariantHandlers = { [C in VariantChannel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

/** The printed variants, answer keys and answer sheets (issue 6) handlers over one context. */
export function createVariantHandlers(_ctx: CoreContext): VariantHandlers {
  return {};
}

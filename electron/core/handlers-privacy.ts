import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { PrivacyResults } from '../../shared/api/channels/privacy-types';
import type { CoreContext } from './context';

type PrivacyChannel = keyof PrivacyResults;
/** The handlers of the personal data, retention, encrypted backups (issue 10) channels. */
export type PrivacyHandlers = { [C in PrivacyChannel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

/** The personal data, retention, encrypted backups (issue 10) handlers over one context. */
export function createPrivacyHandlers(_ctx: CoreContext): PrivacyHandlers {
  return {};
}

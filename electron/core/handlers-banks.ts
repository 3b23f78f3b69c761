import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { BankResults } from '../../shared/api/channels/banks-types';
import type { CoreContext } from './context';
import { bankTemplateXlsx } from './import/bank/xlsx-template';
import { blueprintEntries, checkAgainstBank, deleteCustomBlueprint, saveCustomBlueprint } from './services/banks/blueprints';
import { exportBank } from './services/banks/export';
import { importBankChannel } from './services/banks/import';
import { deleteItem, deleteWholeBank, restoreItem, saveItem } from './services/banks/items';
import { bankSummaries, bankView } from './services/banks/view';

type BankChannel = keyof BankResults;
/** The handlers of the test banks (issue 6): bank list, items, import preview, blueprints channels. */
export type BankHandlers = { [C in BankChannel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

/** The test banks (issue 6): bank list, items, import preview, blueprints handlers over one context. */
export function createBankHandlers(ctx: CoreContext): BankHandlers {
  const { db } = ctx;
  return {
    'bank:list': ({ programmeId }) => bankSummaries(db, programmeId ?? null),
    'bank:get': ({ bankId }) => bankView(db, bankId),
    'bank:import': (input) => importBankChannel(db, input, ctx.now()),
    'bank:import-template': async () => ({ fileName: 'attesta-bank.xlsx', base64: (await bankTemplateXlsx()).toString('base64') }),
    'bank:item-save': (input) => saveItem(db, input),
    'bank:item-delete': ({ bankId, itemId }) => deleteItem(db, bankId, itemId, ctx.now()),
    'bank:item-restore': ({ binId }) => restoreItem(db, binId),
    'bank:delete': ({ bankId }) => deleteWholeBank(db, bankId),
    'bank:export': ({ bankId, format }) => exportBank(db, bankId, format),
    'blueprint:list': () => blueprintEntries(db),
    'blueprint:check': ({ bankId, blueprint, root }) => checkAgainstBank(db, bankId, blueprint, root),
    'blueprint:save': ({ blueprint }) => saveCustomBlueprint(db, blueprint, ctx.now()),
    'blueprint:delete': ({ id }) => deleteCustomBlueprint(db, id),
  };
}

import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { PrivacyResults, PrivacySettings } from '../../shared/api/channels/privacy-types';
import { AppError } from '../../shared/domain/errors';
import { actorOf, type CoreContext } from './context';
import { eraseListener, purgeNameSearch } from './services/privacy/erase';
import { dueRows, retentionEnds } from './services/privacy/retention';
import { getSetting, setSetting } from './services/privacy/settings';
import { recordAudit } from './services/audit';

type PrivacyChannel = keyof PrivacyResults;
/** How many listeners erase-due erases in one transaction before letting other requests in. */
const ERASE_SLICE = 200;
/** The handlers of the personal data and retention channels. */
export type PrivacyHandlers = { [C in PrivacyChannel]: (input: ParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

/** Personal data and retention over one context. */
export function createPrivacyHandlers(ctx: CoreContext): PrivacyHandlers {
  const settings = (): PrivacySettings => ({ retentionYears: getSetting(ctx.db, 'retentionYears'), hasBackupPassword: getSetting(ctx.db, 'backupPassword') !== null });
  const audited = (action: string, after: unknown): void => recordAudit(ctx.db, { at: ctx.now(), actor: actorOf(ctx), action, entity: 'settings', entityId: null, after });
  return {
    'privacy:settings': () => settings(),
    'privacy:set-retention': ({ years }) => {
      ctx.db.transaction(() => (setSetting(ctx.db, 'retentionYears', years), audited('retention', { years })))();
      return settings();
    },
    'privacy:set-backup-password': ({ password }) => {
      ctx.db.transaction(() => (setSetting(ctx.db, 'backupPassword', password), audited('backup_password', { isSet: password !== null })))();
      return settings();
    },
    'privacy:erase-listener': ({ id, reason }) => {
      const result = eraseListener(ctx.db, { id, reason }, actorOf(ctx), ctx.now());
      purgeNameSearch(ctx.db);
      return result;
    },
    'privacy:due': () => {
      const years = getSetting(ctx.db, 'retentionYears');
      return {
        retentionYears: years,
        listeners: dueRows(ctx.db, ctx.now()).map((r) => ({
          id: r.id, cohortId: r.cohort_id, cohortName: r.cohort_name, name: r.full_name, cohortEndedOn: r.ended_on, dueSince: retentionEnds(r.ended_on, years) ?? r.ended_on, isErased: r.is_erased === 1,
        })),
      };
    },
    'privacy:erase-due': async ({ ids, reason }) => {
      const now = ctx.now();
      const due = dueRows(ctx.db, now, ids);
      if (due.length !== new Set(ids).size) throw new AppError('conflict', `${new Set(ids).size - due.length} of the listeners are not due for erasure; load the list again`, 'ids');
      // in slices, one transaction each, so a long erasure never holds the core (and everyone's requests) for minutes
      // (each slice asks again what is still due: another request may have erased someone meanwhile)
      let erased = 0;
      let redacted = 0;
      for (let i = 0; i < due.length; i += ERASE_SLICE) {
        ctx.db.transaction(() => {
          for (const r of dueRows(ctx.db, now, due.slice(i, i + ERASE_SLICE).map((d) => d.id))) {
            redacted += eraseListener(ctx.db, { id: r.id, reason }, actorOf(ctx), now).lockedRedacted;
            erased += 1;
          }
        })();
        await new Promise((resolve) => setImmediate(resolve));
      }
      purgeNameSearch(ctx.db);
      return { erased, redacted };
    },
  };
}

import { useTranslation } from 'react-i18next';
import type { Listener } from '../../../../shared/api/channels/people-types';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { useLang } from '../../../i18n/use-lang';
import { formatDay, formatMoment } from '../../programmes/ui/dates';
import type { ToastMessage } from '../../programmes/ui/Toast';
import { useLoad } from '../../programmes/ui/use-load';
import { maskIin } from './iin';

const KEEP_DAYS = 30;

type Props = { cohortId: number; onChanged: () => void; showToast: (t: Omit<ToastMessage, 'id'>) => void };

/** Deleted listeners (kept 30 days) with the day each one is kept until, and Restore. */
export function RecycleBin({ cohortId, onChanged, showToast }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, reload } = useLoad(() => call('listener:list', { cohortId, deleted: true }), `bin|${cohortId}`);
  const restore = async (l: Listener): Promise<void> => {
    try {
      await call('listener:restore', { id: l.id });
      reload();
      onChanged();
      showToast({ tone: 'info', text: t('people.bin.restored', { name: l.fullName }) });
    } catch (error) {
      showToast({ tone: 'error', text: errorText(t, error) });
    }
  };
  const keptUntil = (deletedAt: string): string => formatDay(lang, new Date(new Date(deletedAt).getTime() + KEEP_DAYS * 86_400_000).toISOString());
  return (
    <div className="card card--flush" data-testid="recycle-bin">
      <div className="pf-toolbar">
        <h2 className="pf-toolbar-title">{t('people.bin.title')}</h2>
        <span className="muted">{t('people.bin.hint')}</span>
      </div>
      {state.status === 'failed' && <p className="alert alert--error">{errorText(t, state.error)}</p>}
      {state.status === 'done' && state.value.length === 0 && <p className="muted pf-pad" data-testid="bin-empty">{t('people.bin.empty')}</p>}
      {state.status === 'done' && state.value.length > 0 && (
        <table className="pf-table">
          <thead>
            <tr>
              <th>{t('people.listeners.fullName')}</th>
              <th>{t('people.listeners.iin')}</th>
              <th>{t('people.bin.deletedAt')}</th>
              <th>{t('people.bin.keptUntil')}</th>
              <th><span className="pf-sr">{t('people.common.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {state.value.map((l) => (
              <tr key={l.id} data-testid="bin-row">
                <td>{l.fullName}</td>
                <td className="mono">{maskIin(l.iin)}</td>
                <td>{l.deletedAt ? formatMoment(lang, l.deletedAt) : '—'}</td>
                <td>{l.deletedAt ? keptUntil(l.deletedAt) : '—'}</td>
                <td className="pf-row-actions">
                  <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="bin-restore" onClick={() => void restore(l)}>
                    {t('people.bin.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

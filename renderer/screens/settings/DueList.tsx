import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatDay } from '../programmes/ui/dates';

const NO_INPUT = {};
/** How many due listeners the preview lists on screen (all of them are erased). */
const SHOWN = 200;

/** The listeners whose retention period is over (the preview), and erasing them all in one action with a reason and a confirmation. */
export function DueList({ round }: { round: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [refresh, setRefresh] = useState(0);
  const due = useCall('privacy:due', NO_INPUT, round * 1000 + refresh);
  const [reason, setReason] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  if (due.status === 'failed') return <p className="alert alert--error">{errorText(t, due.error)}</p>;
  if (due.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  const list = due.value.listeners;
  const erase = async (): Promise<void> => {
    try {
      const done = await call('privacy:erase-due', { ids: list.map((l) => l.id), reason, confirm: true });
      setMessage({ tone: 'info', text: t('trust.eraseDueDone', { erased: formatPlain(lang, done.erased), redacted: formatPlain(lang, done.redacted) }) });
      setConfirming(false);
      setReason('');
      setRefresh((r) => r + 1);
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(t, e) });
    }
  };
  return (
    <div data-testid="due-list">
      <h3 className="pf-subhead">{t('trust.dueTitle')}</h3>
      {message && <p className={`alert alert--${message.tone}`} role="status" data-testid="due-message">{message.text}</p>}
      {list.length === 0 ? (
        <p className="muted" data-testid="due-none">{t('trust.dueNone')}</p>
      ) : (
        <>
          <p data-testid="due-count">{t('trust.dueCount', { n: formatPlain(lang, list.length) })}</p>
          <div style={{ maxHeight: '20rem', overflowY: 'auto' }}>
            <table className="pf-table">
              <thead>
                <tr><th>{t('people.listeners.fullName')}</th><th>{t('trust.dueCohort')}</th><th>{t('trust.dueEnded')}</th><th>{t('trust.dueSince')}</th></tr>
              </thead>
              <tbody>
                {list.slice(0, SHOWN).map((l) => (
                  <tr key={l.id} data-testid="due-row">
                    <td>{l.name}{l.isErased && <span className="pf-tag"> {t('trust.dueLockedOnly')}</span>}</td>
                    <td>{l.cohortName}</td>
                    <td>{formatDay(lang, l.cohortEndedOn)}</td>
                    <td>{formatDay(lang, l.dueSince)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.length > SHOWN && <p className="muted">… +{formatPlain(lang, list.length - SHOWN)}</p>}
          <label className="pf-field">
            <span>{t('trust.reason')}</span>
            <input className="pf-input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="due-reason" />
          </label>
          {isConfirming ? (
            <div className="alert alert--info" role="alertdialog">
              <p>{t('trust.eraseDueConfirm', { n: formatPlain(lang, list.length) })}</p>
              <button type="button" className="pf-button pf-button--danger pf-button--small" onClick={() => void erase()} data-testid="due-erase-yes">{t('trust.eraseRun')}</button>{' '}
              <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => setConfirming(false)}>{t('trust.cancel')}</button>
            </div>
          ) : (
            <button type="button" className="pf-button pf-button--danger" disabled={reason.trim().length < 3} onClick={() => setConfirming(true)} data-testid="due-erase">{t('trust.eraseDue')}</button>
          )}
        </>
      )}
    </div>
  );
}

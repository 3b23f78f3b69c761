import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureResult } from '../../../../shared/api/channels/privacy-types';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { useLang } from '../../../i18n/use-lang';
import { formatDay } from '../../programmes/ui/dates';

/**
 * Erasing one listener's personal data: a reason and an explicit confirmation, then what was
 * kept — locked protocols keep the name until the retention period ends (or forever at 0).
 */
export function EraseListener({ listenerId, onErased }: { listenerId: number; onErased: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [isSure, setSure] = useState(false);
  const [done, setDone] = useState<ErasureResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const erase = async (): Promise<void> => {
    setError(null);
    try {
      setDone(await call('privacy:erase-listener', { id: listenerId, reason, confirm: true }));
      setOpen(false);
      onErased();
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  return (
    <section className="card" data-testid="erase-panel">
      <h2>{t('trust.eraseTitle')}</h2>
      {done ? (
        <div role="status" data-testid="erase-done">
          <p className="alert alert--info">{t('trust.erased', { pseudonym: done.pseudonym })}</p>
          {done.lockedKept > 0 && <p className="muted" data-testid="erase-locked">{done.lockedUntil ? t('trust.lockedKept', { date: formatDay(lang, done.lockedUntil) }) : t('trust.lockedForever')}</p>}
        </div>
      ) : isOpen ? (
        <form className="pf-form" onSubmit={(e) => { e.preventDefault(); void erase(); }}>
          <p className="muted">{t('trust.eraseHint', { id: listenerId })}</p>
          <label className="pf-field">
            <span>{t('trust.reason')}</span>
            <input className="pf-input" value={reason} maxLength={500} autoFocus onChange={(e) => setReason(e.target.value)} data-testid="erase-reason" />
          </label>
          <label className="pf-check">
            <input type="checkbox" checked={isSure} onChange={(e) => setSure(e.target.checked)} data-testid="erase-sure" /> {t('trust.eraseConfirm')}
          </label>
          <div className="pf-actions">
            <button type="submit" className="pf-button pf-button--danger" disabled={!isSure || reason.trim().length < 3} data-testid="erase-run">{t('trust.eraseRun')}</button>{' '}
            <button type="button" className="pf-button pf-button--ghost" onClick={() => setOpen(false)}>{t('trust.cancel')}</button>
          </div>
          {error && <p className="alert alert--error" role="alert">{error}</p>}
        </form>
      ) : (
        <button type="button" className="pf-button pf-button--ghost" onClick={() => setOpen(true)} data-testid="erase-open">{t('trust.eraseOpen')}</button>
      )}
    </section>
  );
}

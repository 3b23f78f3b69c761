import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacySettings } from '../../../shared/api/channels/privacy-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { DueList } from './DueList';

/** The retention setting (years after a cohort ends; 0 keeps forever) and the listeners due for erasure. */
export function Retention({ settings, onChanged }: { settings: PrivacySettings; onChanged: (s: PrivacySettings) => void }) {
  const { t } = useTranslation();
  const [years, setYears] = useState(String(settings.retentionYears));
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [round, setRound] = useState(0);
  const save = async (): Promise<void> => {
    try {
      onChanged(await call('privacy:set-retention', { years: Number(years) }));
      setRound((r) => r + 1);
      setMessage({ tone: 'info', text: t('trust.saved') });
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(t, e) });
    }
  };
  return (
    <div data-testid="retention">
      <h3 className="pf-subhead">{t('trust.retentionTitle')}</h3>
      <form className="pf-inline" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label className="pf-field">
          <span>{t('trust.retentionLabel')}</span>
          <input className="pf-input" type="number" min={0} max={100} step={1} value={years} onChange={(e) => setYears(e.target.value)} data-testid="retention-years" />
        </label>
        <button type="submit" className="pf-button pf-button--ghost" disabled={!/^\d{1,3}$/.test(years)} data-testid="retention-save">{t('trust.retentionSave')}</button>
        {settings.retentionYears === 0 && <span className="pf-tag">{t('trust.retentionForever')}</span>}
      </form>
      <p className="muted">{t('trust.retentionHint')}</p>
      {message && <p className={`alert alert--${message.tone}`} role="status">{message.text}</p>}
      <DueList round={round} />
    </div>
  );
}

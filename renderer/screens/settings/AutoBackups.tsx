import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacySettings } from '../../../shared/api/channels/privacy-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';

/** Automatic backups: plain unless a password is set here, and the screen says which. */
export function AutoBackups({ settings, onChanged }: { settings: PrivacySettings; onChanged: (s: PrivacySettings) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const save = async (next: string | null): Promise<void> => {
    try {
      onChanged(await call('privacy:set-backup-password', { password: next }));
      setPassword('');
      setMessage({ tone: 'info', text: t('trust.saved') });
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(t, e) });
    }
  };
  return (
    <div data-testid="auto-backups">
      <h3 className="pf-subhead">{t('trust.autoTitle')}</h3>
      <p className={settings.hasBackupPassword ? 'alert alert--info' : 'muted'} data-testid="auto-state">
        {settings.hasBackupPassword ? t('trust.autoEncrypted') : t('trust.autoPlain')}
      </p>
      {settings.hasBackupPassword ? (
        <button type="button" className="pf-button pf-button--ghost" onClick={() => void save(null)} data-testid="auto-clear">{t('trust.autoClear')}</button>
      ) : (
        <form className="pf-inline" onSubmit={(e) => { e.preventDefault(); void save(password); }}>
          <input className="pf-input" type="password" autoComplete="new-password" aria-label={t('trust.password')} placeholder={t('trust.password')} value={password}
            onChange={(e) => setPassword(e.target.value)} data-testid="auto-password" />
          <button type="submit" className="pf-button pf-button--ghost" disabled={password.length < 8} data-testid="auto-set">{t('trust.autoSet')}</button>
        </form>
      )}
      <p className="muted">{t('trust.autoHint')}</p>
      {message && <p className={`alert alert--${message.tone}`} role="status">{message.text}</p>}
    </div>
  );
}

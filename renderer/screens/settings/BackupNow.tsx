import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';

/** "Back up now": a folder (empty: the data folder's backups/) and an optional password that encrypts the copy. */
export function BackupNow({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const info = await call('backup:now', { ...(folder.trim() ? { folder: folder.trim() } : {}), ...(password ? { password } : {}) });
      setMessage({ tone: 'info', text: t('trust.backupDone', { name: info.name }) });
      setPassword('');
      onDone();
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(t, e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="pf-form" data-testid="backup-now" onSubmit={(e) => { e.preventDefault(); void run(); }}>
      <h3 className="pf-subhead">{t('trust.backupTitle')}</h3>
      <label className="pf-field">
        <span>{t('trust.backupFolder')}</span>
        <input className="pf-input" value={folder} onChange={(e) => setFolder(e.target.value)} data-testid="backup-folder" />
        <small className="muted">{t('trust.backupFolderHint')}</small>
      </label>
      <label className="pf-field">
        <span>{t('trust.backupPassword')}</span>
        <input className="pf-input" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="backup-password" />
        <small className="muted">{t('trust.backupPasswordHint')}</small>
      </label>
      <button type="submit" className="pf-button" disabled={isBusy || (password.length > 0 && password.length < 8)} data-testid="backup-run">{t('trust.backupRun')}</button>
      {message && <p className={`alert alert--${message.tone}`} role="status" data-testid="backup-message">{message.text}</p>}
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/api/channels/backups';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatMoment } from '../programmes/ui/dates';

type Step = 'idle' | 'password' | 'confirm';

/** One backup: what it holds (an encrypted one after its password), and restore with a confirmation that says the current data is kept. */
export function BackupRow({ backup, onRestored }: { backup: BackupInfo; onRestored: (text: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [info, setInfo] = useState(backup);
  const [step, setStep] = useState<Step>('idle');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const withPassword = backup.isEncrypted && password ? { password } : {};
  const preview = async (next: Step): Promise<void> => {
    setError(null);
    try {
      setInfo(await call('backup:preview', { file: backup.file, ...withPassword }));
      setStep(next);
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  const restore = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const done = await call('backup:restore', { file: backup.file, ...withPassword });
      setStep('idle');
      onRestored(t('trust.restoreDone', { name: done.restored.name, kept: done.keptCurrent.name }));
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const isLocked = info.isEncrypted && info.counts === null;
  return (
    <tr data-testid="backup-row" data-name={backup.name}>
      <td className="mono">{backup.name}</td>
      <td className="pf-nowrap">{formatMoment(lang, backup.createdAt)}</td>
      <td className="pf-num">{formatPlain(lang, Math.round(backup.bytes / 1024))} KB</td>
      <td>
        <span className="pf-tag">{backup.isEncrypted ? t('trust.encrypted') : t('trust.plain')}</span>{' '}
        <span data-testid="backup-counts">{info.counts ? t('trust.counts', counts(lang, info.counts)) : t('trust.countsHidden')}</span>
        {info.isNewer && <p className="alert alert--error">{t('trust.newer')}</p>}
        {step === 'password' && (
          <form className="pf-inline" onSubmit={(e) => { e.preventDefault(); void preview('confirm'); }}>
            <input className="pf-input" type="password" aria-label={t('trust.password')} placeholder={t('trust.password')} value={password} autoFocus
              onChange={(e) => setPassword(e.target.value)} data-testid="restore-password" />
            <button type="submit" className="pf-button pf-button--small" data-testid="restore-open">{t('trust.open')}</button>
          </form>
        )}
        {step === 'confirm' && (
          <div className="alert alert--info" role="alertdialog" data-testid="restore-confirm">
            <p>{t('trust.restoreConfirm')}</p>
            <button type="button" className="pf-button pf-button--danger pf-button--small" disabled={isBusy || info.isNewer} onClick={() => void restore()} data-testid="restore-yes">{t('trust.restoreYes')}</button>{' '}
            <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => setStep('idle')}>{t('trust.cancel')}</button>
          </div>
        )}
        {error && <p className="alert alert--error" role="alert" data-testid="restore-error">{error}</p>}
      </td>
      <td className="pf-row-actions">
        {!backup.isEncrypted && <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => void preview('idle')}>{t('trust.preview')}</button>}
        <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="restore-start"
          onClick={() => (isLocked || backup.isEncrypted ? setStep('password') : void preview('confirm'))}>{t('trust.restore')}</button>
      </td>
    </tr>
  );
}

/** The counts as the interface language writes numbers. */
function counts(lang: ReturnType<typeof useLang>, c: NonNullable<BackupInfo['counts']>) {
  const n = (v: number): string => formatPlain(lang, v);
  return { programmes: n(c.programmes), cohorts: n(c.cohorts), listeners: n(c.listeners), results: n(c.results) };
}

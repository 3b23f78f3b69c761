import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacySettings } from '../../../shared/api/channels/privacy-types';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { AutoBackups } from './AutoBackups';
import { BackupList } from './BackupList';
import { BackupNow } from './BackupNow';
import { Retention } from './Retention';

const NO_INPUT = {};

/** Settings › Data and privacy: back up now, the backups with preview and restore, automatic backups' encryption, retention and erasure. */
export function DataPrivacy({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const loaded = useCall('privacy:settings', NO_INPUT);
  const [settings, setSettings] = useState<PrivacySettings | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [restored, setRestored] = useState<string | null>(null);
  const current = settings ?? (loaded.status === 'done' ? loaded.value : null);
  const changed = (): void => {
    setRefresh((r) => r + 1);
    onChanged();
  };
  return (
    <div className="card" data-testid="data-privacy">
      <h2>{t('trust.title')}</h2>
      <p className="muted">{t('trust.lead')}</p>
      <BackupNow onDone={changed} />
      <h3 className="pf-subhead">{t('trust.listTitle')}</h3>
      {restored && <p className="alert alert--info" role="status" data-testid="restore-done">{restored}</p>}
      <BackupList refresh={refresh} onRestored={(text) => { setRestored(text); changed(); }} />
      {loaded.status === 'failed' && <p className="alert alert--error">{errorText(t, loaded.error)}</p>}
      {current && (
        <>
          <AutoBackups settings={current} onChanged={setSettings} />
          <Retention key={refresh} settings={current} onChanged={setSettings} />
        </>
      )}
    </div>
  );
}

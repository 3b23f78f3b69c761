import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { errorText } from '../i18n/codes';
import { formatPlain } from '../i18n/format';
import { useLang } from '../i18n/use-lang';
import { DataPrivacy } from './settings/DataPrivacy';

const NO_INPUT = {};

function AppInfoCard({ refresh }: { refresh: number }) {
  const { t } = useTranslation();
  const info = useCall('app:info', NO_INPUT, refresh);
  const lang = useLang();
  return (
    <div className="card">
      <h2>{t('settings.aboutTitle')}</h2>
      {info.status === 'failed' && <p className="alert alert--error">{errorText(t, info.error)}</p>}
      {(info.status === 'loading' || info.status === 'idle') && <p className="muted">{t('score.loading')}</p>}
      {info.status === 'done' && (
        <dl className="facts" data-testid="app-info">
          <dt>{t('settings.version')}</dt>
          <dd>{info.value.version}</dd>
          <dt>{t('settings.dataDir')}</dt>
          <dd className="mono">{info.value.dataDir}</dd>
          <dt>{t('settings.schemaVersion')}</dt>
          <dd>{formatPlain(lang, info.value.schemaVersion)}</dd>
          <dt>{t('settings.dbSize')}</dt>
          <dd>{formatPlain(lang, Math.round(info.value.dbBytes / 1024))} KB</dd>
          <dt>{t('settings.lastBackup')}</dt>
          <dd>{info.value.lastBackup ? new Date(info.value.lastBackup).toLocaleString(lang === 'en' ? 'en-GB' : 'ru-KZ', { timeZone: 'Asia/Almaty' }) : t('settings.noBackup')}</dd>
        </dl>
      )}
    </div>
  );
}

/** Settings: the interface language, data and privacy (backups, retention, erasure), and facts about the running core. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const [refresh, setRefresh] = useState(0);
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <div className="card">
        <h2>{t('settings.languageTitle')}</h2>
        <LanguageSwitch variant="full" />
        <p className="muted">{t('settings.languageHint')}</p>
      </div>
      <DataPrivacy onChanged={() => setRefresh((r) => r + 1)} />
      <AppInfoCard refresh={refresh} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { BackupRow } from './BackupRow';

const NO_INPUT = {};

/** The backups in the data folder, newest first, each with its preview and restore. */
export function BackupList({ refresh, onRestored }: { refresh: number; onRestored: (text: string) => void }) {
  const { t } = useTranslation();
  const list = useCall('backup:list', NO_INPUT, refresh);
  if (list.status === 'failed') return <p className="alert alert--error">{errorText(t, list.error)}</p>;
  if (list.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  if (list.value.length === 0) return <p className="muted" data-testid="backups-empty">{t('trust.listEmpty')}</p>;
  return (
    <div style={{ maxHeight: '24rem', overflowY: 'auto' }}>
      <table className="pf-table" data-testid="backup-list">
        <thead>
          <tr>
            <th>{t('trust.colName')}</th>
            <th>{t('trust.colDate')}</th>
            <th className="pf-num">{t('trust.colSize')}</th>
            <th>{t('trust.colContent')}</th>
            <th><span className="pf-sr">{t('people.common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {list.value.map((b) => <BackupRow key={b.file} backup={b} onRestored={onRestored} />)}
        </tbody>
      </table>
    </div>
  );
}

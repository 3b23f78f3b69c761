import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SittingDetail } from '../../../shared/api/channels/sittings-types';
import { call } from '../../api/client';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { ConfirmDialog } from './ConfirmDialog';
import { sittingErrorText } from './labels';

type Asking = 'release' | 'close' | null;

/** Release the results (once, after a confirmation), then close the sitting (kiosk links stop working). */
export function SittingActions({ detail, onChanged }: { detail: SittingDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [asking, setAsking] = useState<Asking>(null);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const writing = detail.counts.inProgress;
  const absent = detail.counts.ready;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (asking === 'release') await call('sitting:release', { sittingId: detail.id, force: writing > 0 });
      else await call('sitting:close', { sittingId: detail.id });
      setAsking(null);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const open = (what: Asking) => {
    setError(null);
    setAsking(what);
  };

  return (
    <div className="pf-actions pf-actions--header">
      {detail.status === 'open' && (
        <button type="button" className="pf-button" onClick={() => open('release')} data-testid="release-open">
          {t('tests.page.release')}
        </button>
      )}
      {detail.status === 'released' && (
        <button type="button" className="pf-button pf-button--danger" onClick={() => open('close')} data-testid="close-open">
          {t('tests.page.close')}
        </button>
      )}
      <ConfirmDialog isOpen={asking !== null} title={asking === 'close' ? t('tests.page.closeTitle') : t('tests.page.releaseTitle')}
        confirmLabel={asking === 'close' ? t('tests.page.closeConfirm') : t('tests.page.releaseConfirm')} cancelLabel={t('tests.common.cancel')}
        onConfirm={() => void run()} onCancel={() => setAsking(null)} isBusy={isBusy} error={error ? sittingErrorText(t, error) : null}
        tone={asking === 'close' ? 'danger' : 'primary'} testId="sitting-dialog">
        {asking === 'close' ? (
          <p>{t('tests.page.closeBody')}</p>
        ) : (
          <>
            <p>{t('tests.page.releaseBody')}</p>
            {writing > 0 && <p className="pf-bad" data-testid="release-writing">{t('tests.page.releaseWriting', { n: formatPlain(lang, writing) })}</p>}
            {absent > 0 && <p>{t('tests.page.releaseAbsent', { n: formatPlain(lang, absent) })}</p>}
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}

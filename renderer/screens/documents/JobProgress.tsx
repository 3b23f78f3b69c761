import { useTranslation } from 'react-i18next';
import type { JobView } from '../../api/use-job';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

/** A long job's bar (steps done of all once known) and its Cancel button. */
export function JobProgress({ job, label }: { job: JobView; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!job.isRunning) return null;
  const known = job.total > 0;
  return (
    <div className="job-progress" data-testid="job-progress">
      <progress className="pf-progress" aria-label={label} {...(known ? { max: job.total, value: job.done } : {})} />
      {known && <span className="muted" data-testid="job-steps">{t('docsUi.progress', { done: formatPlain(lang, job.done), total: formatPlain(lang, job.total) })}</span>}
      <button type="button" className="button def-quiet" onClick={job.cancel} data-testid="job-cancel">
        {t('docsUi.cancel')}
      </button>
    </div>
  );
}

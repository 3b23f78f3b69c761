import { useTranslation } from 'react-i18next';
import type { GradeResult } from '../../../shared/domain/grade';
import type { Design } from '../../../shared/schemas/design-schema';
import type { CallState } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { formatExact, formatFull, formatPercent, formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { GradeDetails } from './GradeDetails';
import type { SheetStatus } from './sheet-status';

type Props = { design: Design; grade: CallState<GradeResult>; status: SheetStatus };

function Figures({ result }: { result: GradeResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (result.total === null || result.totalExact === null) {
    return (
      <div className="total-row">
        <span className="total" data-testid="percent-big" title={`${formatFull(lang, result.percent)} %`}>
          {formatPercent(lang, result.percent)}
        </span>
      </div>
    );
  }
  const exact = formatExact(lang, result.totalExact);
  return (
    <>
      <div className="total-row">
        <span className="total" data-testid="total" title={`${t('score.exact')}: ${exact}`}>
          {formatPlain(lang, result.total)}
        </span>
        <span className="total-max">{t('score.outOf', { max: formatPlain(lang, result.max) })}</span>
      </div>
      <div className="subfigures">
        <span>
          {t('score.exact')} <b data-testid="total-exact">{exact}</b>
        </span>
        <span>
          {t('score.percent')}{' '}
          <b data-testid="percent" title={`${formatFull(lang, result.percent)} %`}>
            {formatPercent(lang, result.percent)}
          </b>
        </span>
      </div>
    </>
  );
}

/** The live result beside the sheet; every number comes from `grade:compute`. */
export function ResultPanel({ design, grade, status }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  let body;
  if (status.kind === 'problem') {
    body = <p className="alert alert--error">{t('score.fixFields')}</p>;
  } else if (status.kind === 'empty') {
    body = <p className="muted">{t('score.empty')}</p>;
  } else if (grade.status === 'failed') {
    body = (
      <p className="alert alert--error" data-testid="result-error">
        {errorText(t, grade.error)}
      </p>
    );
  } else if (grade.status !== 'done') {
    body = <p className="muted">{t('score.loading')}</p>;
  } else {
    body = (
      <>
        <Figures result={grade.value} />
        {status.kind === 'partial' ? (
          <p className="alert alert--info" data-testid="incomplete">
            {t('score.incomplete', { done: formatPlain(lang, status.done), total: formatPlain(lang, status.total) })}
          </p>
        ) : (
          <GradeDetails design={design} result={grade.value} />
        )}
        {grade.value.total !== null && <p className="note">{t('score.roundingNote')}</p>}
      </>
    );
  }
  return (
    <aside className="card result" aria-live="polite" data-testid="result">
      <h2>{t('score.resultTitle')}</h2>
      {body}
    </aside>
  );
}

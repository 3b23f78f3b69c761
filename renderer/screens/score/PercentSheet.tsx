import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../shared/schemas/design-schema';
import { useCall } from '../../api/use-call';
import { useLang } from '../../i18n/use-lang';
import { checkPercent } from './parse-points';
import { problemText } from './problem-text';
import { ResultPanel } from './ResultPanel';
import { singleStatus } from './sheet-status';

type Props = { design: Design; children?: ReactNode };

/** A percent-scale template (tests): one percent field, graded live on the exact percent. */
export function PercentSheet({ design, children }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState('');
  const check = checkPercent(text);
  const request = check.kind === 'ok' ? { template: design.id, percent: check.value } : null;
  const grade = useCall('grade:compute', request);
  const status = singleStatus(check);
  return (
    <div className="score-layout">
      <div className="score-main">
        <div className="card">
          <label className="field-label" htmlFor="percent-input">
            {t('score.percentLabel')}
          </label>
          <div className="percent-field">
            <input
              id="percent-input"
              className="points-input points-input--wide"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={text}
              aria-invalid={check.kind === 'problem' ? true : undefined}
              aria-describedby="percent-hint"
              data-testid="percent-input"
              onChange={(e) => setText(e.target.value)}
            />
            <span className="unit">%</span>
          </div>
          {check.kind === 'problem' ? (
            <div className="field-error" role="alert" data-testid="percent-error">
              {problemText(t, lang, check.problem)}
            </div>
          ) : (
            <p className="muted" id="percent-hint">
              {t('score.percentHint')}
            </p>
          )}
        </div>
        {children}
      </div>
      <ResultPanel design={design} grade={request ? grade : { status: 'idle' }} status={status} />
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../shared/schemas/design-schema';
import { ApiCallError } from '../../api/client';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { CriteriaTable } from './CriteriaTable';
import { checkPoints, fieldIndex } from './parse-points';
import { ResultPanel } from './ResultPanel';
import { sheetStatus } from './sheet-status';

type Props = { design: Design; children?: ReactNode };

/** One member's sheet on a rubric or checklist, graded live by the core on every change. */
export function ScoreSheet({ design, children }: Props) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<string[]>(() => design.criteria.map(() => ''));
  const checks = design.criteria.map((c, i) => checkPoints(c, texts[i] ?? ''));
  const status = sheetStatus(checks);
  const request =
    status.kind === 'partial' || status.kind === 'complete'
      ? { template: design.id, scores: checks.map((c) => (c.kind === 'ok' ? c.value : 0)) }
      : null;
  const grade = useCall('grade:compute', request);
  const serverErrors = new Map<number, string>();
  if (grade.status === 'failed' && grade.error instanceof ApiCallError) {
    const index = fieldIndex(grade.error.field);
    if (index !== null) serverErrors.set(index, errorText(t, grade.error));
  }
  const onChange = (index: number, text: string): void =>
    setTexts((prev) => prev.map((old, i) => (i === index ? text : old)));
  return (
    <div className="score-layout">
      <div className="score-main">
        <div className="card card--flush">
          <CriteriaTable design={design} texts={texts} checks={checks} serverErrors={serverErrors} onChange={onChange} />
        </div>
        {children}
      </div>
      <ResultPanel design={design} grade={request ? grade : { status: 'idle' }} status={status} />
    </div>
  );
}

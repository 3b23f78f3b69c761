import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../shared/schemas/design-schema';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { FindingsPanel } from './FindingsPanel';
import { PercentSheet } from './PercentSheet';
import { ScoreSheet } from './ScoreSheet';
import { TemplatePicker } from './TemplatePicker';

const NO_INPUT = {};

function Sheet({ design }: { design: Design }) {
  const validation = useCall('template:validate', { design });
  const findings = <FindingsPanel design={design} validation={validation} />;
  return design.kind === 'scale' || design.criteria.length === 0 ? (
    <PercentSheet design={design}>{findings}</PercentSheet>
  ) : (
    <ScoreSheet design={design}>{findings}</ScoreSheet>
  );
}

/** «Қорғауды бағалау»: choose a template, type the points, see the grade as you type. */
export function ScoreScreen() {
  const { t } = useTranslation();
  const list = useCall('template:list', NO_INPUT);
  const [chosen, setChosen] = useState<string | null>(null);
  const id = chosen ?? (list.status === 'done' ? (list.value[0]?.id ?? null) : null);
  const design = useCall('template:get', id === null ? null : { id });
  const failed = [list, design].find((s) => s.status === 'failed');
  return (
    <div className="score-screen" data-testid="score-screen">
      <div className="section-intro">
        <h2>{t('score.title')}</h2>
        <p>{t('score.intro')}</p>
        <p className="muted">{t('score.keyboardHint')}</p>
      </div>
      {failed?.status === 'failed' && (
        <p className="alert alert--error" data-testid="screen-error">
          {errorText(t, failed.error)}
        </p>
      )}
      {list.status === 'loading' && <p className="muted">{t('score.loading')}</p>}
      {list.status === 'done' && id !== null && <TemplatePicker templates={list.value} chosen={id} onChoose={setChosen} />}
      {design.status === 'done' && design.value.id === id && <Sheet key={design.value.id} design={design.value} />}
    </div>
  );
}

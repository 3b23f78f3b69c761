import { useTranslation } from 'react-i18next';
import type { Design } from '../../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { LocalizedInputs } from '../ui/LocalizedInputs';
import { BandRow } from './BandRow';
import { addCriterionBand, addLevel, removeCriterion, removeCriterionBand, removeLevel, setScaleKind, updateCriterion, updateCriterionBand, updateLevel } from './design-ops';
import { FieldNotes } from './FieldNotes';
import { NumberField } from './NumberField';
import { useProblems } from './problems';

type Props = { design: Design; i: number; onChange: (d: Design) => void };

function Levels({ design, i, onChange }: Props) {
  const { t } = useTranslation();
  const c = design.criteria[i];
  if (!c || c.scale.kind !== 'levels') return null;
  return (
    <div className="pf-levels" data-path={`criteria[${i}].scale`}>
      {c.scale.levels.map((l, k) => (
        <div key={k} className="pf-level">
          <NumberField id={`crit-${i}-level-${k}`} label={t('people.editor.levelValue')} value={l.value} path={`criteria[${i}].scale.levels[${k}].value`} onChange={(value) => onChange(updateLevel(design, i, k, { value }))} />
          <LocalizedInputs id={`crit-${i}-level-${k}-label`} label={t('people.editor.levelLabel')} value={l.label} onChange={(label) => onChange(updateLevel(design, i, k, { label }))} />
          <button type="button" className="pf-button pf-button--ghost pf-button--small pf-remove" onClick={() => onChange(removeLevel(design, i, k))}>
            {t('people.common.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => onChange(addLevel(design, i))}>
        + {t('people.editor.addLevel')}
      </button>
    </div>
  );
}

/** One criterion, folded to a summary line (with its problem count) until opened. */
export function CriterionEditor({ design, i, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const path = `criteria[${i}]`;
  const errors = useProblems(path, true).filter((p) => p.severity === 'error').length;
  const c = design.criteria[i];
  if (!c) return null;
  return (
    <details className="pf-crit" data-path={path} data-testid={`crit-${i}`}>
      <summary>
        <span className="pf-crit-no">{formatPlain(lang, i + 1)}</span>
        <span className="pf-crit-title">{pick(c.title, lang) || t('people.editor.untitled')}</span>
        <span className="muted">{t('people.editor.maxShort', { max: formatPlain(lang, c.max) })}</span>
        {errors > 0 && <span className="pf-tag pf-tag--bad">{t('people.editor.errorCount', { n: formatPlain(lang, errors) })}</span>}
      </summary>
      <div className="pf-crit-body">
        <LocalizedInputs id={`crit-${i}-title`} label={t('people.editor.criterionTitle')} value={c.title} path={`${path}.title`} testId={`crit-${i}-title`} onChange={(title) => onChange(updateCriterion(design, i, { title }))} />
        <FieldNotes path={`${path}.title`} />
        <div className="pf-row">
          <NumberField id={`crit-${i}-max`} label={t('score.colMax')} value={c.max} path={`${path}.max`} isPositive testId={`crit-${i}-max`} onChange={(max) => onChange(updateCriterion(design, i, { max }))} />
          <div className="pf-field">
            <label className="pf-label" htmlFor={`crit-${i}-kind`}>{t('people.editor.scaleKind')}</label>
            <select id={`crit-${i}-kind`} className="select" value={c.scale.kind} onChange={(e) => onChange(setScaleKind(design, i, e.target.value === 'levels' ? 'levels' : 'range'))}>
              <option value="range">{t('people.editor.kindRange')}</option>
              <option value="levels">{t('people.editor.kindLevels')}</option>
            </select>
          </div>
          {c.scale.kind === 'range' && (
            <NumberField id={`crit-${i}-step`} label={t('people.editor.step')} value={c.scale.step} path={`${path}.scale.step`} isPositive
              onChange={(step) => onChange(updateCriterion(design, i, { scale: { kind: 'range', step } }))} />
          )}
        </div>
        <FieldNotes path={`${path}.max`} />
        <Levels design={design} i={i} onChange={onChange} />
        <FieldNotes path={`${path}.scale`} within />
        <h4 className="pf-subhead">{t('people.editor.bands')}</h4>
        <FieldNotes path={`${path}.bands`} />
        {c.bands.map((b, k) => (
          <BandRow key={k} path={`${path}.bands[${k}]`} testId={`crit-${i}-band-${k}`} band={b}
            onChange={(patch) => onChange(updateCriterionBand(design, i, k, patch))} onRemove={() => onChange(removeCriterionBand(design, i, k))} />
        ))}
        <div className="pf-actions">
          <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => onChange(addCriterionBand(design, i))}>+ {t('people.editor.addBand')}</button>
          <button type="button" className="pf-button pf-button--danger pf-button--small" data-testid={`crit-${i}-remove`} onClick={() => onChange(removeCriterion(design, i))}>{t('people.editor.removeCriterion')}</button>
        </div>
        <FieldNotes path={path} />
      </div>
    </details>
  );
}

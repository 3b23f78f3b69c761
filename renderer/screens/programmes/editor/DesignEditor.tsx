import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../../shared/schemas/design-schema';
import { ApiCallError, call } from '../../../api/client';
import { errorText, findingText } from '../../../i18n/codes';
import { sectionPath } from '../../../routes';
import { LocalizedInputs } from '../ui/LocalizedInputs';
import { FindingsList } from '../view/FindingsList';
import { CriterionEditor } from './CriterionEditor';
import { addCriterion } from './design-ops';
import { FieldNotes } from './FieldNotes';
import { GradeBandsEditor } from './GradeBandsEditor';
import { NumberField } from './NumberField';
import { ProblemsContext, spreadOverlaps, type Problem } from './problems';
import { SaveBox, type SaveState } from './SaveBox';
import { useValidation } from './use-validation';

type SaveError = { text: string; path: string | null } | null;

/**
 * The design editor on a user design: every change is checked by the core as you type and
 * the findings sit next to the fields; Save (or Enter) stores it with design:save.
 */
export function DesignEditor({ programmeId, initial }: { programmeId: number; initial: Design }) {
  const { t } = useTranslation();
  const [design, setDesign] = useState(initial);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initial));
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [saveError, setSaveError] = useState<SaveError>(null);
  const check = useValidation(design);
  const mainRef = useRef<HTMLDivElement>(null);
  const change = (next: Design): void => {
    setDesign(next);
    setSaveError(null);
    if (save.kind === 'failed') setSave({ kind: 'idle' });
  };
  const problems = useMemo<Problem[]>(() => {
    const list: Problem[] = spreadOverlaps(check.validation?.findings ?? [], design).map((f) => ({
      path: f.path, code: f.code, severity: f.severity, text: findingText(t, f.code, f.message),
    }));
    if (check.refused) list.push({ path: check.refused.path, code: check.refused.code, severity: 'error', text: t('people.editor.invalidValue') });
    if (saveError?.path) list.push({ path: saveError.path, code: 'save', severity: 'error', text: saveError.text });
    return list;
  }, [check, design, saveError, t]);
  const hasErrors = problems.some((p) => p.severity === 'error');

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setSave({ kind: 'busy' });
    try {
      const result = await call('design:save', { design });
      setSavedJson(JSON.stringify(design));
      setSave({ kind: 'saved' });
      setSaveError(null);
      if (result.design.id !== design.id) change(result.design);
    } catch (error) {
      const text = error instanceof ApiCallError && error.code === 'bad_input' ? t('people.editor.notSaved') : errorText(t, error);
      setSave({ kind: 'failed', text });
      setSaveError({ text: errorText(t, error), path: error instanceof ApiCallError ? error.field : null });
    }
  };

  return (
    <section className="page pf-page pf-page--wide" data-testid="design-editor">
      <header className="page-header">
        <a className="pf-back" href={sectionPath('programmes', programmeId)}>
          ← {t('people.editor.backToProgramme')}
        </a>
        <h1>{t('people.editor.title')}</h1>
        <p className="pf-meta">
          <span className="mono" data-testid="editor-design-id">{design.id}</span>
          <span className="pf-tag">{t('people.design.own')}</span>
        </p>
        <p className="lead">{t('people.editor.lead')}</p>
      </header>
      <ProblemsContext.Provider value={problems}>
        <form className="pf-split" onSubmit={(e) => void submit(e)} noValidate>
          <div className="pf-main" ref={mainRef}>
            <section className="card" data-path="title">
              <LocalizedInputs id="design-title" label={t('people.editor.designTitle')} value={design.title} path="title" testId="design-title" onChange={(title) => change({ ...design, title })} />
              <FieldNotes path="title" />
              <NumberField id="design-max" label={t('people.editor.designMax')} value={design.max} path="max" isPositive testId="design-max" onChange={(max) => change({ ...design, max })} />
              <FieldNotes path="max" />
            </section>
            {(design.kind !== 'scale' || design.criteria.length > 0) && (
              <section className="card" data-path="criteria" data-testid="criteria-editor">
                <h2>{t('people.editor.criteria')}</h2>
                <p className="muted">{t('people.editor.criteriaHint')}</p>
                <FieldNotes path="criteria" />
                {design.criteria.map((_, i) => (
                  <CriterionEditor key={i} design={design} i={i} onChange={change} />
                ))}
                <button type="button" className="pf-button pf-button--ghost" data-testid="criterion-add" onClick={() => change(addCriterion(design))}>
                  + {t('people.editor.addCriterion')}
                </button>
              </section>
            )}
            <GradeBandsEditor design={design} onChange={change} />
            {problems.some((p) => p.path === 'aggregation' || p.path === 'pitchMinutes') && (
              <section className="card" data-path="aggregation">
                <FieldNotes path="aggregation" />
                <FieldNotes path="pitchMinutes" />
              </section>
            )}
          </div>
          <aside className="pf-aside">
            <SaveBox programmeId={programmeId} designId={design.id} isDirty={JSON.stringify(design) !== savedJson} hasErrors={hasErrors} state={save} />
            <FindingsList design={design} validation={check.validation} isChecking={check.isChecking} root={() => mainRef.current} />
          </aside>
        </form>
      </ProblemsContext.Provider>
    </section>
  );
}

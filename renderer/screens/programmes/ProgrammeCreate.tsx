import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/api/contract';
import type { Localized } from '../../../shared/domain/localized';
import { ApiCallError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { isBuiltinDesign } from './builtin';
import { checkModules, ModulesEditor, type ModuleDraft, type ModuleProblems } from './ModulesEditor';
import { escapeCancels } from './ui/keys';
import { hasAnyText, LocalizedInputs, trimmed } from './ui/LocalizedInputs';
import { TextField } from './ui/TextField';

const NO_INPUT = {};

function DesignOptions({ templates, isBuiltin }: { templates: readonly TemplateSummary[]; isBuiltin: boolean }) {
  const lang = useLang();
  return (
    <>
      {templates
        .filter((d) => isBuiltinDesign(d.id) === isBuiltin)
        .map((d) => (
          <option key={d.id} value={d.id}>
            {pick(d.title, lang)} ({d.id})
          </option>
        ))}
    </>
  );
}

type Problems = { title?: string; hours?: string; design?: string; form?: string };

/** A new programme on a built-in template or a user design, with its modules. */
export function ProgrammeCreate({ designId }: { designId: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const templates = useCall('template:list', NO_INPUT);
  const [title, setTitle] = useState<Localized>({ kk: '', ru: '', en: '' });
  const [hours, setHours] = useState('');
  const [chosen, setChosen] = useState<string | null>(designId);
  const [modules, setModules] = useState<ModuleDraft[]>([]);
  const [moduleProblems, setModuleProblems] = useState<ReadonlyMap<number, ModuleProblems>>(new Map());
  const [problems, setProblems] = useState<Problems>({});
  const [isBusy, setBusy] = useState(false);
  const list = templates.status === 'done' ? templates.value : [];
  const design = chosen ?? list[0]?.id ?? '';
  const summary = list.find((d) => d.id === design);
  const cancel = (): void => {
    window.location.hash = sectionPath('programmes');
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const next: Problems = {};
    if (!hasAnyText(title)) next.title = t('people.form.titleRequired');
    const h = Number(hours.trim());
    if (hours.trim() === '' || !Number.isInteger(h) || h < 0 || h > 5000) next.hours = t('people.programmes.hoursRange');
    if (!design) next.design = t('people.programmes.designRequired');
    const checked = checkModules(modules);
    setModuleProblems(checked.problems);
    setProblems(next);
    if (Object.keys(next).length > 0 || !checked.modules) return;
    setBusy(true);
    try {
      const p = await call('programme:create', { title: trimmed(title), hours: h, designId: design, modules: checked.modules });
      window.location.hash = sectionPath('programmes', p.id);
    } catch (error) {
      const field = error instanceof ApiCallError ? error.field : null;
      const text = errorText(t, error);
      setProblems(field === 'hours' ? { hours: text } : field === 'template' || field === 'designId' ? { design: text } : { form: text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page pf-page" data-testid="programme-create">
      <header className="page-header">
        <a className="pf-back" href={sectionPath('programmes')}>
          ← {t('nav.programmes')}
        </a>
        <h1>{t('people.programmes.new')}</h1>
        <p className="lead">{t('people.programmes.createLead')}</p>
      </header>
      <form className="card pf-form" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(cancel)} noValidate>
        <LocalizedInputs id="programme-title" label={t('people.programmes.fieldTitle')} value={title} onChange={setTitle} error={problems.title} isRequired testId="programme-title" />
        <div className="pf-row">
          <TextField
            id="programme-hours"
            label={t('people.programmes.fieldHours')}
            value={hours}
            inputMode="numeric"
            className="pf-field--narrow"
            isRequired
            error={problems.hours}
            testId="programme-hours"
            onChange={setHours}
          />
          <div className="pf-field pf-field--grow">
            <label className="pf-label" htmlFor="programme-design">
              {t('people.programmes.fieldDesign')}
            </label>
            <select
              id="programme-design"
              className="select"
              value={design}
              aria-invalid={problems.design ? true : undefined}
              data-testid="programme-design"
              onChange={(e) => setChosen(e.target.value)}
            >
              <optgroup label={t('people.design.builtinTemplates')}>
                <DesignOptions templates={list} isBuiltin />
              </optgroup>
              {list.some((d) => !isBuiltinDesign(d.id)) && (
                <optgroup label={t('people.design.ownDesigns')}>
                  <DesignOptions templates={list} isBuiltin={false} />
                </optgroup>
              )}
            </select>
            {summary && (
              <div className="pf-hint">
                {t('score.maxPoints', { max: formatPlain(lang, summary.max) })}
                {summary.criteria !== null && ` · ${t('score.criteriaCount', { n: formatPlain(lang, summary.criteria) })}`}
              </div>
            )}
            {problems.design && <div className="field-error" role="alert">{problems.design}</div>}
          </div>
        </div>
        <h2 className="pf-subhead">{t('people.modules.heading')}</h2>
        <p className="muted">{t('people.modules.hint')}</p>
        <ModulesEditor drafts={modules} problems={moduleProblems} onChange={setModules} />
        {problems.form && <p className="alert alert--error" role="alert">{problems.form}</p>}
        {templates.status === 'failed' && <p className="alert alert--error">{errorText(t, templates.error)}</p>}
        <div className="pf-actions">
          <button type="submit" className="pf-button" disabled={isBusy} data-testid="programme-create-submit">
            {isBusy ? t('people.common.working') : t('people.programmes.create')}
          </button>
          <button type="button" className="pf-button pf-button--ghost" onClick={cancel}>
            {t('people.common.cancel')}
          </button>
          <span className="pf-keys">{t('people.common.keysHint')}</span>
        </div>
      </form>
    </section>
  );
}

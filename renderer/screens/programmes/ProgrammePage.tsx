import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../shared/api/channels/people-types';
import type { TemplateSummary } from '../../../shared/api/contract';
import type { Validation } from '../../../shared/domain/validate-design';
import type { Design } from '../../../shared/schemas/design-schema';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { isBuiltinDesign } from './builtin';
import { CopyDesign } from './CopyDesign';
import { ModulesCard } from './ModulesCard';
import { ExportProgrammeFile } from './ProgrammeFile';
import { SettingsForm } from './SettingsForm';
import { formatDay } from './ui/dates';
import { useLoad } from './ui/use-load';
import { FindingsList } from './view/FindingsList';
import { GradeBar, GradeLegend } from './view/GradeBar';
import { RubricTable } from './view/RubricTable';

type PageData = { programme: Programme; design: Design; validation: Validation; templates: TemplateSummary[] };

async function loadPage(id: number): Promise<PageData> {
  const programme = await call('programme:get', { id });
  const [design, templates] = await Promise.all([call('template:get', { id: programme.designId }), call('template:list', {})]);
  const validation = await call('template:validate', { design });
  return { programme, design, validation, templates };
}

function Actions({ data }: { data: PageData }) {
  const { t } = useTranslation();
  const [isCopying, setCopying] = useState(false);
  const { programme, design } = data;
  const isBuiltin = isBuiltinDesign(design.id);
  if (isCopying) {
    return <CopyDesign programmeId={programme.id} designId={design.id} taken={new Set(data.templates.map((d) => d.id))} onCancel={() => setCopying(false)} />;
  }
  return (
    <div className="pf-actions pf-actions--header">
      <a className="pf-button pf-button--ghost" href={sectionPath('programmes', 'new', design.id)} data-testid="use-design">
        {t('people.design.use')}
      </a>
      {isBuiltin ? (
        <button type="button" className="pf-button" data-testid="edit-copy" onClick={() => setCopying(true)}>
          {t('people.design.editCopy')}
        </button>
      ) : (
        <>
          <a className="pf-button" href={sectionPath('programmes', programme.id, 'design', design.id)} data-testid="edit-design">
            {t('people.design.edit')}
          </a>
          <button type="button" className="pf-button pf-button--ghost" data-testid="edit-copy" onClick={() => setCopying(true)}>
            {t('people.design.editCopy')}
          </button>
        </>
      )}
    </div>
  );
}

/** A programme: its design (rubric, grade bar, consequences), settings and modules, with the check beside it. */
export function ProgrammePage({ id }: { id: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, replace } = useLoad(() => loadPage(id), String(id));
  const mainRef = useRef<HTMLDivElement>(null);
  if (state.status !== 'done') {
    return (
      <section className="page pf-page">
        <a className="pf-back" href={sectionPath('programmes')}>← {t('nav.programmes')}</a>
        <h1>{t('nav.programmes')}</h1>
        {state.status === 'failed' ? <p className="alert alert--error" data-testid="page-error">{errorText(t, state.error)}</p> : <p className="muted">{t('score.loading')}</p>}
      </section>
    );
  }
  const data = state.value;
  const { programme, design } = data;
  const onSaved = (p: Programme): void => replace({ ...data, programme: p });
  return (
    <section className="page pf-page pf-page--wide" data-testid="programme-page">
      <header className="page-header">
        <a className="pf-back" href={sectionPath('programmes')}>← {t('nav.programmes')}</a>
        <h1 data-testid="programme-title">{pick(programme.title, lang)}</h1>
        <p className="pf-meta">
          <span>{t('people.programmes.hoursValue', { n: formatPlain(lang, programme.hours) })}</span>
          <span>{t('people.programmes.createdOn', { date: formatDay(lang, programme.createdAt) })}</span>
        </p>
      </header>
      <div className="pf-split">
        <div className="pf-main" ref={mainRef}>
          <section className="card">
            <div className="pf-card-head">
              <div>
                <h2>{t('people.design.heading')}</h2>
                <p className="pf-meta" data-path="title">
                  <span>{pick(design.title, lang)}</span>
                  <span className="mono">{design.id}</span>
                  <span className="pf-tag">{isBuiltinDesign(design.id) ? t('people.design.builtin') : t('people.design.own')}</span>
                  <span data-path="max">{t('score.maxPoints', { max: formatPlain(lang, design.max) })}</span>
                </p>
              </div>
              <Actions data={data} />
            </div>
            <h3 className="pf-subhead">{t('people.design.rubric')}</h3>
            <RubricTable design={design} />
            <h3 className="pf-subhead">{t('people.design.scale')}</h3>
            <GradeBar design={design} />
            <GradeLegend design={design} />
          </section>
          <section className="card">
            <h2>{t('people.settings.heading')}</h2>
            <SettingsForm key={programme.id} programme={programme} design={design} onSaved={onSaved} />
          </section>
          <section className="card">
            <h2>{t('people.modules.heading')}</h2>
            <ModulesCard programme={programme} onSaved={onSaved} />
          </section>
          <section className="card">
            <h2>{t('people.transfer.heading')}</h2>
            <ExportProgrammeFile programmeId={programme.id} />
          </section>
        </div>
        <aside className="pf-aside">
          <FindingsList design={design} validation={data.validation} root={() => mainRef.current} />
        </aside>
      </div>
    </section>
  );
}

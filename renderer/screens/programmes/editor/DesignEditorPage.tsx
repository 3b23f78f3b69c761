import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../shared/api/contract';
import type { Design } from '../../../../shared/schemas/design-schema';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { sectionPath } from '../../../routes';
import { isBuiltinDesign } from '../builtin';
import { CopyDesign } from '../CopyDesign';
import { useLoad } from '../ui/use-load';
import { DesignEditor } from './DesignEditor';

type Data = { design: Design; templates: TemplateSummary[] };

async function load(programmeId: number, designId: string | null): Promise<Data> {
  const id = designId ?? (await call('programme:get', { id: programmeId })).designId;
  const [design, templates] = await Promise.all([call('template:get', { id }), call('template:list', {})]);
  return { design, templates };
}

/**
 * `#/programmes/<id>/design[/<designId>]`: the editor on a user design. A built-in template
 * is never edited in place: the page offers to copy it first.
 */
export function DesignEditorPage({ programmeId, designId }: { programmeId: number; designId: string | null }) {
  const { t } = useTranslation();
  const { state } = useLoad(() => load(programmeId, designId), `${programmeId}|${designId ?? ''}`);
  if (state.status === 'done' && designId !== null && !isBuiltinDesign(state.value.design.id)) {
    return <DesignEditor key={state.value.design.id} programmeId={programmeId} initial={state.value.design} />;
  }
  const back = (): void => {
    window.location.hash = sectionPath('programmes', programmeId);
  };
  return (
    <section className="page pf-page" data-testid="design-editor-gate">
      <a className="pf-back" href={sectionPath('programmes', programmeId)}>← {t('people.editor.backToProgramme')}</a>
      <h1>{t('people.editor.title')}</h1>
      {state.status === 'failed' && <p className="alert alert--error">{errorText(t, state.error)}</p>}
      {state.status === 'loading' && <p className="muted">{t('score.loading')}</p>}
      {state.status === 'done' && (
        <div className="card">
          <p>{isBuiltinDesign(state.value.design.id) ? t('people.editor.builtinNotice') : t('people.editor.copyNotice')}</p>
          <CopyDesign programmeId={programmeId} designId={state.value.design.id} taken={new Set(state.value.templates.map((d) => d.id))} onCancel={back} />
        </div>
      )}
    </section>
  );
}

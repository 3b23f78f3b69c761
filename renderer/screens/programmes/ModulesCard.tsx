import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { checkModules, ModulesEditor, toDrafts, type ModuleDraft, type ModuleProblems } from './ModulesEditor';
import { escapeCancels } from './ui/keys';

/** The programme's modules, and their editor (programme:set-modules). */
export function ModulesCard({ programme, onSaved }: { programme: Programme; onSaved: (p: Programme) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [drafts, setDrafts] = useState<ModuleDraft[] | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<number, ModuleProblems>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    if (!drafts) return;
    const checked = checkModules(drafts);
    setProblems(checked.problems);
    if (!checked.modules) return;
    try {
      onSaved(await call('programme:set-modules', { id: programme.id, modules: checked.modules }));
      setDrafts(null);
      setFailure(null);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };
  if (drafts) {
    return (
      <form
        className="pf-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={escapeCancels(() => setDrafts(null))}
      >
        <ModulesEditor drafts={drafts} problems={problems} onChange={setDrafts} />
        {failure && <p className="alert alert--error" role="alert">{failure}</p>}
        <div className="pf-actions">
          <button type="submit" className="pf-button" data-testid="modules-save">{t('people.common.save')}</button>
          <button type="button" className="pf-button pf-button--ghost" onClick={() => setDrafts(null)}>{t('people.common.cancel')}</button>
        </div>
      </form>
    );
  }
  return (
    <div data-testid="modules-view">
      {programme.modules.length === 0 ? (
        <p className="muted">{t('people.modules.none')}</p>
      ) : (
        <ol className="pf-module-view">
          {programme.modules.map((m) => (
            <li key={m.id}>
              <span>{pick(m.title, lang)}</span>
              <span className="muted">{t('people.modules.hoursShort', { n: formatPlain(lang, m.hours) })}</span>
              {m.gatesAdmission && <span className="pf-tag">{t('people.modules.gatesShort')}</span>}
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="modules-edit" onClick={() => setDrafts(toDrafts(programme.modules))}>
        {t('people.modules.edit')}
      </button>
    </div>
  );
}

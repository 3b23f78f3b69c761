import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../shared/domain/localized';
import type { ModuleInput } from '../../../shared/schemas/programme-schema';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { hasAnyText, LocalizedInputs, trimmed } from './ui/LocalizedInputs';
import { TextField } from './ui/TextField';

/** A module as it is being typed (hours as text until checked). */
export type ModuleDraft = { key: number; title: Localized; hours: string; gatesAdmission: boolean };

/** What is wrong with one module row. */
export type ModuleProblems = { title?: 'required'; hours?: 'hours' };

let nextKey = 1;

/** An empty module row. */
export function emptyModule(): ModuleDraft {
  return { key: nextKey++, title: { kk: '', ru: '', en: '' }, hours: '', gatesAdmission: false };
}

/** Rows for a programme's saved modules. */
export function toDrafts(modules: readonly { title: Localized; hours: number; gatesAdmission: boolean }[]): ModuleDraft[] {
  return modules.map((m) => ({ key: nextKey++, title: m.title, hours: String(m.hours), gatesAdmission: m.gatesAdmission }));
}

/** Checks the rows: the modules to send, or the problems by row key. */
export function checkModules(drafts: readonly ModuleDraft[]): { modules: ModuleInput[] | null; problems: Map<number, ModuleProblems> } {
  const problems = new Map<number, ModuleProblems>();
  const modules = drafts.map((d) => {
    const p: ModuleProblems = {};
    if (!hasAnyText(d.title)) p.title = 'required';
    const hours = d.hours.trim() === '' ? 0 : Number(d.hours.trim());
    if (!Number.isInteger(hours) || hours < 0 || hours > 2000) p.hours = 'hours';
    if (p.title || p.hours) problems.set(d.key, p);
    return { title: trimmed(d.title), hours, gatesAdmission: d.gatesAdmission };
  });
  return { modules: problems.size === 0 ? modules : null, problems };
}

type Props = { drafts: ModuleDraft[]; problems: ReadonlyMap<number, ModuleProblems>; onChange: (drafts: ModuleDraft[]) => void };

/** The programme's modules: title in three languages, hours, and whether passing it gates admission. */
export function ModulesEditor({ drafts, problems, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const update = (key: number, patch: Partial<ModuleDraft>): void => onChange(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  return (
    <div className="pf-modules" data-testid="modules-editor">
      {drafts.length === 0 && <p className="muted">{t('people.modules.none')}</p>}
      <ol className="pf-module-list">
        {drafts.map((d, i) => {
          const p = problems.get(d.key) ?? {};
          return (
            <li key={d.key} className="pf-module" data-testid={`module-${i}`}>
              <LocalizedInputs
                id={`module-${d.key}-title`}
                label={t('people.modules.title', { n: formatPlain(lang, i + 1) })}
                value={d.title}
                error={p.title ? t('people.form.titleRequired') : null}
                testId={`module-${i}-title`}
                onChange={(title) => update(d.key, { title })}
              />
              <div className="pf-module-side">
                <TextField
                  id={`module-${d.key}-hours`}
                  label={t('people.modules.hours')}
                  value={d.hours}
                  inputMode="numeric"
                  className="pf-field--narrow"
                  error={p.hours ? t('people.modules.hoursRange') : null}
                  testId={`module-${i}-hours`}
                  onChange={(hours) => update(d.key, { hours })}
                />
                <label className="pf-check">
                  <input
                    type="checkbox"
                    checked={d.gatesAdmission}
                    data-testid={`module-${i}-gates`}
                    onChange={(e) => update(d.key, { gatesAdmission: e.target.checked })}
                  />
                  {t('people.modules.gates')}
                </label>
                <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => onChange(drafts.filter((x) => x.key !== d.key))}>
                  {t('people.common.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="pf-button pf-button--ghost" data-testid="module-add" onClick={() => onChange([...drafts, emptyModule()])}>
        + {t('people.modules.add')}
      </button>
    </div>
  );
}

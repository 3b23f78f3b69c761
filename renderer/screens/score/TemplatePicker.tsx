import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/api/contract';
import { assertNever } from '../../assert-never';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

type Props = { templates: readonly TemplateSummary[]; chosen: string; onChoose: (id: string) => void };

function useKindLabel(): (kind: TemplateSummary['kind']) => string {
  const { t } = useTranslation();
  return (kind) => {
    switch (kind) {
      case 'rubric':
        return t('score.kindRubric');
      case 'scale':
        return t('score.kindScale');
      case 'checklist':
        return t('score.kindChecklist');
      default:
        return assertNever(kind);
    }
  };
}

/** The template choice, titles in the UI language, with the chosen one's kind and maximum. */
export function TemplatePicker({ templates, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const kindLabel = useKindLabel();
  const summary = templates.find((s) => s.id === chosen);
  return (
    <div className="card template-picker">
      <label className="field-label" htmlFor="template-select">
        {t('score.template')}
      </label>
      <select
        id="template-select"
        className="select"
        value={chosen}
        data-testid="template-select"
        onChange={(e) => onChoose(e.target.value)}
      >
        {templates.map((s) => (
          <option key={s.id} value={s.id}>
            {pick(s.title, lang)}
          </option>
        ))}
      </select>
      {summary && (
        <p className="template-meta" data-testid="template-meta">
          <span>{kindLabel(summary.kind)}</span>
          {summary.kind !== 'scale' && <span>{t('score.maxPoints', { max: formatPlain(lang, summary.max) })}</span>}
          {summary.criteria !== null && <span>{t('score.criteriaCount', { n: formatPlain(lang, summary.criteria) })}</span>}
          <span className="mono">{summary.id}</span>
        </p>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { staticWarnings, type BlueprintFacts } from './builtin-blueprints';
import { limitText } from './labels';

/** The chosen blueprint beside the form: its quotas, total, pass mark, scale, and what is wrong with it. */
export function BlueprintPanel({ blueprint }: { blueprint: BlueprintFacts }) {
  const { t } = useTranslation();
  const lang = useLang();
  const warnings = staticWarnings(blueprint);
  return (
    <aside className="card ts-blueprint" data-testid="blueprint-panel">
      <h2>{pick(blueprint.title, lang)}</h2>
      {warnings.length > 0 ? (
        <div className="ts-warnings" role="alert" data-testid="blueprint-warnings">
          <h3>{t('tests.warnings.title')}</h3>
          <ul>
            {warnings.map((w) => (
              <li key={w.code} data-code={w.code}>
                {t('tests.warnings.staticMismatch', { counts: w.counts, total: formatPlain(lang, w.total), stated: formatPlain(lang, w.stated) })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="pf-ok" data-testid="blueprint-ok">{t('tests.create.noStaticWarnings')}</p>
      )}
      <h3>{t('tests.create.quotas')}</h3>
      <ul className="ts-quotas">
        {blueprint.quotas.map((x, i) => (
          <li key={i}>
            {x.perTopic
              ? t('tests.create.perTopic', { n: formatPlain(lang, x.count) })
              : t('tests.create.quota', { label: x.label ?? t('tests.create.wholeBank'), n: formatPlain(lang, x.count) })}
          </li>
        ))}
      </ul>
      <dl className="ts-facts">
        <dt>{t('tests.create.stated')}</dt>
        <dd>{blueprint.statedTotal === null ? '—' : formatPlain(lang, blueprint.statedTotal)}</dd>
        <dt>{t('tests.create.pass')}</dt>
        <dd>{blueprint.passPercent === null ? t('tests.create.noPass') : `${formatPlain(lang, blueprint.passPercent)} %`}</dd>
        <dt>{t('tests.create.scale')}</dt>
        <dd>{blueprint.gradeScale ?? t('tests.create.noScale')}</dd>
        <dt>{t('tests.exam.timeLimit')}</dt>
        <dd>{limitText(t, lang, blueprint.timeLimitMinutes)}</dd>
      </dl>
      <p className="pf-hint">{t('tests.create.checkedOnCreate')}</p>
    </aside>
  );
}

import { useTranslation } from 'react-i18next';
import type { Validation } from '../../../../shared/domain/validate-design';
import type { Design } from '../../../../shared/schemas/design-schema';
import { findingText } from '../../../i18n/codes';
import { pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { goToField } from '../ui/field-link';
import { describePath } from './describe-path';

type Props = { design: Design; validation: Validation | null; isChecking?: boolean; root?: () => ParentNode | null };

/**
 * The validator's findings, translated, each with a link that takes the user to the field
 * it names (scrolled to, focused and highlighted).
 */
export function FindingsList({ design, validation, isChecking = false, root }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card pf-findings" data-testid="design-findings" aria-live="polite" aria-busy={isChecking}>
      <h2>{t('score.findingsTitle')}</h2>
      {validation === null ? (
        <p className="muted">{t('score.loading')}</p>
      ) : (
        <>
          <p className={validation.ok ? 'pf-verdict is-ok' : 'pf-verdict is-bad'} data-testid="design-verdict">
            <span aria-hidden="true">{validation.ok ? '✓ ' : '✗ '}</span>
            {validation.ok ? t('people.design.usable') : t('score.findingsErrors')}
          </p>
          {validation.findings.length === 0 && <p className="muted">{t('score.findingsOk')}</p>}
          <ul className="finding-list">
            {validation.findings.map((f, i) => {
              const note = design.notes.find((n) => n.code === f.code && n.path === f.path);
              return (
                <li key={`${f.code}-${f.path}-${i}`} className={`finding sev-${f.severity}`} data-code={f.code} data-testid="finding">
                  <span className="severity">{t(`severity.${f.severity}`)}</span>
                  <div className="finding-body">
                    <p className="finding-text">{findingText(t, f.code, f.message)}</p>
                    {note && <p className="finding-detail">{pick(note.message, lang)}</p>}
                    {f.path && (
                      <button type="button" className="pf-link" data-testid="finding-link" onClick={() => goToField(f.path, root?.() ?? document)}>
                        → {describePath(t, lang, design, f.path)}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

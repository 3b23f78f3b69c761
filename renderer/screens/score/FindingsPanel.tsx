import { useTranslation } from 'react-i18next';
import type { Validation } from '../../../shared/domain/validate-design';
import type { Design } from '../../../shared/schemas/design-schema';
import type { CallState } from '../../api/use-call';
import { errorText, findingText } from '../../i18n/codes';
import { pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

type Props = { design: Design; validation: CallState<Validation> };

/**
 * The validator's findings on the chosen design (`template:validate`), translated by code;
 * a note the template carries about itself also shows its own text in the UI language.
 */
export function FindingsPanel({ design, validation }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (validation.status === 'failed') {
    return (
      <section className="card findings" data-testid="findings">
        <h2>{t('score.findingsTitle')}</h2>
        <p className="alert alert--error">{errorText(t, validation.error)}</p>
      </section>
    );
  }
  if (validation.status !== 'done') return null;
  const { ok, findings } = validation.value;
  return (
    <section className="card findings" data-testid="findings">
      <h2>{t('score.findingsTitle')}</h2>
      {!ok && <p className="alert alert--error">{t('score.findingsErrors')}</p>}
      {findings.length === 0 ? (
        <p className="muted">{t('score.findingsOk')}</p>
      ) : (
        <ul className="finding-list">
          {findings.map((f, i) => {
            const note = design.notes.find((n) => n.code === f.code && n.path === f.path);
            return (
              <li key={`${f.code}-${f.path}-${i}`} className={`finding sev-${f.severity}`} data-code={f.code}>
                <span className="severity">{t(`severity.${f.severity}`)}</span>
                <div className="finding-body">
                  <p className="finding-text">{findingText(t, f.code, f.message)}</p>
                  {note && <p className="finding-detail">{pick(note.message, lang)}</p>}
                  {f.path && <code className="finding-path">{f.path}</code>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

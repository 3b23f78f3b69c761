import { useTranslation } from 'react-i18next';
import type { Admission } from '../../../../shared/api/channels/people-types';
import { assertNever } from '../../../assert-never';
import { formatPlain } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';

/** A listener's admission in words with a colour (never the colour alone). */
export function AdmissionBadge({ admission }: { admission: Admission | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!admission) return <span className="muted">…</span>;
  const [tone, text] = ((): [string, string] => {
    switch (admission.reason) {
      case 'ok':
        return ['ok', t('people.admission.admitted')];
      case 'admitted_by_chair':
        return ['ok', t('people.admission.byChair')];
      case 'modules_missing':
        return ['bad', t('people.admission.missing', { n: formatPlain(lang, admission.missingModules.length) })];
      case 'on_leave':
        return ['warn', t('people.admission.onLeave')];
      default:
        return assertNever(admission.reason);
    }
  })();
  return (
    <span className={`pf-status pf-status--${tone}`} data-testid="admission-status" data-reason={admission.reason}>
      <span aria-hidden="true">{tone === 'ok' ? '✓' : tone === 'bad' ? '✗' : '•'}</span> {text}
    </span>
  );
}

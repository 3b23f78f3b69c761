import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmittedExaminee, SittingDetail } from '../../../shared/api/channels/sittings-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { useLoad } from '../programmes/ui/use-load';
import { sittingErrorText } from './labels';

type Props = { detail: SittingDetail; onAdmitted: (admitted: AdmittedExaminee[]) => void };

/** The cohort's listeners not yet admitted, to tick and admit; each gets a number, a variant and a kiosk link. */
export function AdmitPanel({ detail, onAdmitted }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, reload } = useLoad(() => call('listener:list', { cohortId: detail.cohortId }), `${detail.cohortId}`);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const waiting = useMemo(() => {
    if (state.status !== 'done') return [];
    const admitted = new Set(detail.examinees.map((e) => e.listenerId));
    return state.value.filter((l) => !l.deletedAt && !admitted.has(l.id));
  }, [state, detail.examinees]);
  const chosen = waiting.filter((l) => picked.has(l.id)).map((l) => l.id);

  const toggle = (id: number) => setPicked((p) => {
    const next = new Set(p);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  const admit = async () => {
    setBusy(true);
    setError(null);
    try {
      const admitted = await call('sitting:admit', { sittingId: detail.id, listenerIds: chosen });
      setPicked(new Set());
      onAdmitted(admitted);
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (state.status === 'failed') return <p className="alert alert--error">{errorText(t, state.error)}</p>;
  if (state.status !== 'done') return null;
  if (waiting.length === 0) return <p className="muted ts-admit-none" data-testid="admit-none">{t('tests.admit.none')}</p>;
  return (
    <details className="card ts-admit" open={detail.examinees.length === 0} data-testid="admit-panel">
      <summary className="ts-admit-summary">{t('tests.admit.title', { n: formatPlain(lang, waiting.length) })}</summary>
      <p className="muted">{t('tests.admit.lead')}</p>
      <label className="pf-check ts-admit-all">
        <input type="checkbox" checked={chosen.length === waiting.length} onChange={(e) => setPicked(new Set(e.target.checked ? waiting.map((l) => l.id) : []))}
          data-testid="admit-all" /> {t('tests.admit.all')}
      </label>
      <ul className="ts-admit-list">
        {waiting.map((l) => (
          <li key={l.id}>
            <label className="pf-check">
              <input type="checkbox" checked={picked.has(l.id)} onChange={() => toggle(l.id)} data-testid={`admit-${l.id}`} />
              {l.fullName}
              {l.onLeaveSince && <span className="pf-tag pf-tag--warn">{t('tests.admit.onLeave')}</span>}
            </label>
          </li>
        ))}
      </ul>
      {error !== null && <p className="alert alert--error" data-testid="admit-error">{sittingErrorText(t, error)}</p>}
      <button type="button" className="pf-button" disabled={chosen.length === 0 || isBusy} onClick={() => void admit()} data-testid="admit-submit">
        {t('tests.admit.submit', { n: formatPlain(lang, chosen.length) })}
      </button>
    </details>
  );
}

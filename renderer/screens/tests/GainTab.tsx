import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GainReport, SittingDetail, SittingSummary } from '../../../shared/api/channels/sittings-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPercent, formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { formatDay } from '../programmes/ui/dates';
import { useLoad } from '../programmes/ui/use-load';
import { sittingErrorText } from './labels';

type Loaded = { sittings: SittingSummary[]; gain: GainReport | null };

async function load(detail: SittingDetail): Promise<Loaded> {
  const sittings = await call('sitting:list', { cohortId: detail.cohortId });
  const gain = detail.kind === 'exit' && detail.entranceId !== null ? await call('sitting:gain', { exitId: detail.id }) : null;
  return { sittings, gain };
}

/** Percentage points with a sign: +12.5 / −3.0. */
function points(lang: 'kk' | 'ru' | 'en', value: number | null): string {
  if (value === null) return '—';
  const text = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-KZ', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
  return text.replace('-', '−');
}

function GainTable({ report }: { report: GainReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = report.cohort;
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(lang, v));
  return (
    <>
      <div className="ts-stats" data-testid="gain-cohort">
        <div className="ts-stat"><span className="ts-stat-label">{t('tests.gain.paired')}</span><span className="ts-stat-value">{formatPlain(lang, c.paired)}</span></div>
        <div className="ts-stat"><span className="ts-stat-label">{t('tests.gain.meanEntrance')}</span><span className="ts-stat-value">{pct(c.meanEntrance)}</span></div>
        <div className="ts-stat"><span className="ts-stat-label">{t('tests.gain.meanExit')}</span><span className="ts-stat-value">{pct(c.meanExit)}</span></div>
        <div className="ts-stat"><span className="ts-stat-label">{t('tests.gain.meanGain')}</span><span className="ts-stat-value">{points(lang, c.meanGain)}</span></div>
        <div className="ts-stat" title={t('tests.gain.normalizedHint')}>
          <span className="ts-stat-label">{t('tests.gain.normalized')}</span>
          <span className="ts-stat-value">{c.normalizedGain === null ? '—' : formatPlain(lang, Math.round(c.normalizedGain * 100) / 100)}</span>
        </div>
      </div>
      <div className="card card--flush pf-scroll">
        <table className="pf-table" data-testid="gain-table">
          <thead>
            <tr>
              <th>{t('tests.common.name')}</th>
              <th className="pf-num">{t('tests.gain.entrance')}</th>
              <th className="pf-num">{t('tests.gain.exit')}</th>
              <th className="pf-num">{t('tests.gain.gain')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.listenerId}>
                <td>{r.listenerName}</td>
                <td className="pf-num">{pct(r.entrance)}</td>
                <td className="pf-num">{pct(r.exit)}</td>
                <td className="pf-num">{points(lang, r.gain)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** 003's entrance and exit tests: link the exit test to its entrance test, and the gain per listener and for the cohort. */
export function GainTab({ detail, onChanged }: { detail: SittingDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLoad(() => load(detail), `${detail.id}|${detail.entranceId ?? ''}|${detail.status}`);
  const [entranceId, setEntranceId] = useState(detail.entranceId === null ? '' : String(detail.entranceId));
  const [error, setError] = useState<unknown>(null);
  if (state.status === 'failed') return <p className="alert alert--error">{errorText(t, state.error)}</p>;
  if (state.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  const label = (s: SittingSummary) => `${pick(s.title, lang)} — ${formatDay(lang, s.heldOn)}`;
  if (detail.kind === 'entrance') {
    const exits = state.value.sittings.filter((s) => s.kind === 'exit' && s.entranceId === detail.id);
    return (
      <div className="card" data-testid="gain-tab">
        <p>{t('tests.gain.entranceNote')}</p>
        <ul>{exits.map((s) => <li key={s.id}><a href={sectionPath('tests', s.id, 'gain')}>{label(s)}</a></li>)}</ul>
      </div>
    );
  }
  const entrances = state.value.sittings.filter((s) => s.kind === 'entrance');
  const link = async () => {
    setError(null);
    try {
      await call('sitting:link', { exitId: detail.id, entranceId: Number(entranceId) });
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div data-testid="gain-tab">
      <div className="card pf-row">
        <label className="pf-field pf-field--grow">
          <span className="pf-label">{t('tests.gain.entranceTest')}</span>
          <select className="pf-input" value={entranceId} onChange={(e) => setEntranceId(e.target.value)} data-testid="gain-entrance">
            <option value="">{t('tests.gain.chooseEntrance')}</option>
            {entrances.map((s) => <option key={s.id} value={s.id}>{label(s)}</option>)}
          </select>
        </label>
        <button type="button" className="pf-button pf-check--inline" disabled={entranceId === '' || Number(entranceId) === detail.entranceId} onClick={() => void link()}
          data-testid="gain-link">{t('tests.gain.link')}</button>
        {entrances.length === 0 && <p className="muted">{t('tests.gain.noEntrance')}</p>}
      </div>
      {error !== null && <p className="alert alert--error">{sittingErrorText(t, error)}</p>}
      {state.value.gain && <GainTable report={state.value.gain} />}
    </div>
  );
}

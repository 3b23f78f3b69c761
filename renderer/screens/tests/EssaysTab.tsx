import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EssayEntry, SittingDetail } from '../../../shared/api/channels/sittings-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatMoment } from '../programmes/ui/dates';
import { useLoad } from '../programmes/ui/use-load';
import { sittingErrorText } from './labels';
import { sittingKey } from './ResultsTab';

function EssayCard({ entry, isLocked, onSaved }: { entry: EssayEntry; isLocked: boolean; onSaved: (e: EssayEntry) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [points, setPoints] = useState(entry.points === null ? '' : String(entry.points));
  const [note, setNote] = useState(entry.note);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const id = `essay-${entry.examineeId}-${entry.itemId}`;

  const save = async () => {
    const value = Number(points.trim().replace(',', '.'));
    if (points.trim() === '' || !Number.isFinite(value) || value < 0 || value > entry.max) {
      setProblem(t('tests.essays.badPoints', { max: formatPlain(lang, entry.max) }));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onSaved(await call('essay:score', { examineeId: entry.examineeId, itemId: entry.itemId, points: value, note }));
    } catch (e) {
      setProblem(sittingErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="card ts-essay" data-testid={id} data-scored={entry.points !== null}>
      <header className="pf-card-head">
        <h3 className="ts-essay-who">{t('tests.essays.examinee', { n: formatPlain(lang, entry.number) })}</h3>
        <span className={entry.points === null ? 'pf-status pf-status--warn' : 'pf-status pf-status--ok'}>
          {entry.points === null ? t('tests.essays.unscored') : t('tests.common.pointsOf', { n: formatPlain(lang, entry.points), max: formatPlain(lang, entry.max) })}
        </span>
      </header>
      <p className="ts-essay-question">{entry.question}</p>
      <blockquote className="ts-essay-answer">{entry.response}</blockquote>
      {entry.scoredBy && entry.scoredAt && <p className="pf-hint">{t('tests.essays.scored', { by: entry.scoredBy, at: formatMoment(lang, entry.scoredAt) })}</p>}
      {!isLocked && (
        <div className="pf-row">
          <label className="pf-field pf-field--narrow" htmlFor={`${id}-points`}>
            <span className="pf-label">{t('tests.essays.points', { max: formatPlain(lang, entry.max) })}</span>
            <input id={`${id}-points`} className="pf-input pf-input--num" inputMode="decimal" value={points} onChange={(e) => setPoints(e.target.value)}
              aria-invalid={problem ? true : undefined} data-testid="essay-points" />
          </label>
          <label className="pf-field pf-field--grow" htmlFor={`${id}-note`}>
            <span className="pf-label">{t('tests.essays.note')}</span>
            <input id={`${id}-note`} className="pf-input" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} data-testid="essay-note" />
          </label>
          <button type="button" className="pf-button pf-check--inline" disabled={isBusy} onClick={() => void save()} data-testid="essay-save">{t('tests.essays.save')}</button>
        </div>
      )}
      {problem && <p className="alert alert--error" data-testid="essay-error">{problem}</p>}
    </article>
  );
}

/** Essays to score by hand, blind (by examinee number); release waits until every one is scored. */
export function EssaysTab({ detail, onChanged }: { detail: SittingDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, replace } = useLoad(() => call('sitting:essays', { sittingId: detail.id }), sittingKey(detail));
  if (state.status === 'failed') return <p className="alert alert--error">{errorText(t, state.error)}</p>;
  if (state.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  const entries = state.value;
  const open = entries.filter((e) => e.points === null).length;
  const saved = (fresh: EssayEntry) => {
    replace(entries.map((e) => (e.examineeId === fresh.examineeId && e.itemId === fresh.itemId ? fresh : e)));
    onChanged();
  };
  return (
    <div data-testid="essays-tab">
      <p className="muted">{t('tests.essays.lead')}</p>
      {entries.length === 0 ? (
        <p className="card muted" data-testid="essays-empty">{t('tests.essays.empty')}</p>
      ) : (
        <>
          <p className={open > 0 ? 'alert ts-provisional' : 'alert alert--info'} data-testid="essays-open">{t('tests.essays.open', { n: formatPlain(lang, open), total: formatPlain(lang, entries.length) })}</p>
          {entries.map((e) => <EssayCard key={`${e.examineeId}-${e.itemId}`} entry={e} isLocked={detail.status !== 'open'} onSaved={saved} />)}
        </>
      )}
    </div>
  );
}

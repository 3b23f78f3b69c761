import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelResult } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/domain/localized';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useJob } from '../../api/use-job';
import { errorText } from '../../i18n/codes';
import { useLang } from '../../i18n/use-lang';
import { downloadBase64, mimeOf } from './download';
import { GradeChart } from './GradeChart';
import { JobProgress } from './JobProgress';
import { IdSelect } from './IdSelect';

type Doc = 'protocol' | 'sheets' | 'statement' | 'summary';
type Format = 'pdf' | 'xlsx';
type Outcome = { status: 'idle' } | { status: 'busy' } | { status: 'done'; value: ChannelResult<'document:export'> } | { status: 'failed'; error: unknown };

const NO_INPUT = {};

/** An ISO date as dd.mm.yyyy. */
const dotted = (iso: string): string => iso.split('-').reverse().join('.');

/** What a document is made of: a defense session, a test sitting or the whole cohort. */
function sourceOf(doc: Doc): 'session' | 'sitting' | 'cohort' {
  return doc === 'statement' ? 'sitting' : doc === 'summary' ? 'cohort' : 'session';
}

/** Documents: choose the cohort, the document and what it is of, its language and format; export and download. */
export function DocumentsSection() {
  const { t } = useTranslation();
  const uiLang = useLang();
  const cohorts = useCall('cohort:list', NO_INPUT);
  const [cohortId, setCohortId] = useState<number | null>(null);
  const [doc, setDoc] = useState<Doc>('protocol');
  const source = sourceOf(doc);
  const sessions = useCall('session:list', cohortId === null || source !== 'session' ? null : { cohortId });
  const sittings = useCall('sitting:list', cohortId === null || source !== 'sitting' ? null : { cohortId });
  const charts = useCall('document:distribution', cohortId === null || source !== 'cohort' ? null : { cohortId });
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [sittingId, setSittingId] = useState<number | null>(null);
  const [lang, setLang] = useState<Lang>('kk');
  const [format, setFormat] = useState<Format>('pdf');
  const [isDraft, setDraft] = useState(true);
  const [hasWords, setWords] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const { job, run } = useJob();
  const target = source === 'session' ? (sessionId === null ? null : { sessionId }) : source === 'sitting' ? (sittingId === null ? null : { sittingId }) : cohortId === null ? null : { cohortId };

  async function exportNow(): Promise<void> {
    if (target === null) return;
    setOutcome({ status: 'busy' });
    try {
      const words = hasWords && (doc === 'protocol' || doc === 'statement');
      const value = await run((jobId) => call('document:export', { doc, ...target, format, lang, draft: isDraft, words, inline: true, jobId }));
      setOutcome({ status: 'done', value });
      if (value.base64) downloadBase64(value.base64, value.file.split(/[\\/]/).pop() ?? `attesta.${format}`, mimeOf(format));
    } catch (error) {
      setOutcome({ status: 'failed', error });
    }
  }

  return (
    <section className="page" data-testid="documents">
      <header className="page-header">
        <h1>{t('docsUi.title')}</h1>
        <p className="muted">{t('docsUi.intro')}</p>
      </header>
      <div className="card form-grid">
        <label>
          {t('docsUi.cohort')}
          <select value={cohortId ?? ''} onChange={(e) => { setCohortId(e.target.value ? Number(e.target.value) : null); setSessionId(null); setSittingId(null); }} data-testid="doc-cohort">
            <option value="">{t('docsUi.chooseCohort')}</option>
            {cohorts.status === 'done' && cohorts.value.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>
          {t('docsUi.doc')}
          <select value={doc} onChange={(e) => setDoc(e.target.value as Doc)} data-testid="doc-kind">
            <option value="protocol">{t('docsUi.docs.protocol')}</option>
            <option value="sheets">{t('docsUi.docs.sheets')}</option>
            <option value="statement">{t('docsUi.docs.statement')}</option>
            <option value="summary">{t('docsUi.docs.summary')}</option>
          </select>
        </label>
        {source === 'session' && (
          <IdSelect label={t('docsUi.session')} placeholder={t('docsUi.chooseSession')} emptyText={t('docsUi.noSessions')} value={sessionId} onChange={setSessionId}
            isDisabled={cohortId === null} testId="doc-session"
            options={sessions.status === 'done' ? sessions.value.map((s) => ({ id: s.id, text: `${dotted(s.heldOn)} — ${s.place ?? ''} (${s.closedAt ? t('docsUi.closed') : t('docsUi.open_')})` })) : null} />
        )}
        {source === 'sitting' && (
          <IdSelect label={t('docsUi.sitting')} placeholder={t('docsUi.chooseSitting')} emptyText={t('docsUi.noSittings')} value={sittingId} onChange={setSittingId}
            isDisabled={cohortId === null} testId="doc-sitting"
            options={sittings.status === 'done' ? sittings.value.map((s) => ({ id: s.id, text: `${dotted(s.heldOn)} — ${s.title[uiLang]} (${s.releasedAt ? t('docsUi.released') : t('docsUi.notReleased')})` })) : null} />
        )}
        {source === 'cohort' && <p className="muted">{t('docsUi.wholeCohort')}</p>}
        <label>
          {t('docsUi.language')}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="doc-lang">
            <option value="kk">Қазақша</option>
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('docsUi.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as Format)} data-testid="doc-format">
            <option value="pdf">PDF</option>
            <option value="xlsx">Excel (.xlsx)</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={isDraft} onChange={(e) => setDraft(e.target.checked)} data-testid="doc-draft" /> {t('docsUi.draft')}
        </label>
        {(doc === 'protocol' || doc === 'statement') && (
          <label className="checkbox">
            <input type="checkbox" checked={hasWords} onChange={(e) => setWords(e.target.checked)} data-testid="doc-words" /> {t('docsUi.words')}
          </label>
        )}
        <button type="button" className="button button--primary" disabled={target === null || outcome.status === 'busy'} onClick={() => void exportNow()} data-testid="doc-export">
          {outcome.status === 'busy' ? t('docsUi.exporting') : t('docsUi.export')}
        </button>
      </div>
      {source === 'cohort' && charts.status === 'done' && (
        <div className="ts-charts" data-testid="doc-charts">
          {charts.value.every((d) => d.bars.every((b) => b.count === 0)) ? <p className="muted">{t('docsUi.noGrades')}</p> : charts.value.map((d, i) => <GradeChart key={i} distribution={d} />)}
        </div>
      )}
      <JobProgress job={job} label={t('docsUi.exporting')} />
      {outcome.status === 'failed' && <p className="alert alert--error" data-testid="doc-error">{errorText(t, outcome.error)}</p>}
      {outcome.status === 'done' && (
        <div className="card" data-testid="doc-done">
          <p>
            {t('docsUi.done', {
              file: outcome.value.file.split(/[\\/]/).pop() ?? '',
              bytes: String(Math.round(outcome.value.bytes / 1024)),
              size: String(outcome.value.pages !== undefined ? t('docsUi.pages', { n: String(outcome.value.pages) }) : t('docsUi.sheets', { n: String(outcome.value.sheets ?? 0) })),
            })}
          </p>
          <p className="muted">{t('docsUi.open', { file: outcome.value.file })}</p>
          <p className="mono">{t('docsUi.hash')}: {outcome.value.hash.slice(0, 12)}</p>
        </div>
      )}
    </section>
  );
}

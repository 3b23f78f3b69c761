import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelResult } from '../../../shared/api/contract';
import type { Blueprint } from '../../../shared/domain/bank/blueprint';
import type { Lang } from '../../../shared/domain/localized';
import { call, errorCode } from '../../api/client';
import { useJob } from '../../api/use-job';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { downloadBase64, mimeOf } from '../documents/download';
import { JobProgress } from '../documents/JobProgress';
import { WarningLine } from './QuotaTable';

type Props = { bankId: number | null; blueprint: Blueprint; root: string[] | undefined };
type Parts = { variants: boolean; keys: boolean; sheets: boolean };
type Outcome<T> = { status: 'idle' } | { status: 'busy' } | { status: 'done'; value: T } | { status: 'failed'; text: string };

const FIRST = 5;

/** *Draw*: the seed and the first variants; *Print variants*: the PDF (booklets, keys, answer sheets) as a download. */
export function DrawPanel({ bankId, blueprint, root }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [examinees, setExaminees] = useState('25');
  const [seed, setSeed] = useState('');
  const [parts, setParts] = useState<Parts>({ variants: true, keys: true, sheets: false });
  const [printLang, setPrintLang] = useState<Lang>(lang);
  const [drawn, setDrawn] = useState<Outcome<ChannelResult<'variant:draw'>>>({ status: 'idle' });
  const [printed, setPrinted] = useState<Outcome<ChannelResult<'variant:print'>>>({ status: 'idle' });
  const { job, run } = useJob();
  const count = Number(examinees);
  const isCountOk = Number.isInteger(count) && count >= 1 && count <= 2000;
  const failText = (error: unknown) => (errorCode(error) === 'unknown_channel' ? t('banks.blueprint.notAvailable') : errorText(t, error));
  const request = () => ({ bankId: bankId ?? 0, blueprint, examinees: count, ...(root ? { root } : {}), ...(seed.trim() ? { seed: seed.trim() } : {}) });

  const draw = async () => {
    if (bankId === null || !isCountOk) return;
    setDrawn({ status: 'busy' });
    try {
      const value = await call('variant:draw', request());
      setSeed(value.seed);
      setDrawn({ status: 'done', value });
    } catch (error) {
      setDrawn({ status: 'failed', text: failText(error) });
    }
  };
  const print = async () => {
    if (bankId === null || !isCountOk) return;
    setPrinted({ status: 'busy' });
    try {
      const value = await run((jobId) => call('variant:print', { ...request(), parts, lang: printLang, inline: true, jobId }));
      setSeed(value.seed);
      setPrinted({ status: 'done', value });
      if (value.base64) downloadBase64(value.base64, value.file.split(/[\\/]/).pop() ?? 'variants.pdf', mimeOf('pdf'));
    } catch (error) {
      setPrinted({ status: 'failed', text: failText(error) });
    }
  };

  return (
    <section className="card pf-form bk-draw" data-testid="draw-panel">
      <div className="pf-row">
        <label className="pf-field pf-field--narrow">
          <span className="pf-label">{t('banks.blueprint.examinees')}</span>
          <input className="pf-input" inputMode="numeric" value={examinees} onChange={(e) => setExaminees(e.target.value)} aria-invalid={isCountOk ? undefined : true} data-testid="draw-examinees" />
          {!isCountOk && <span className="pf-hint pf-bad" role="alert">{t('banks.blueprint.badExaminees')}</span>}
        </label>
        <label className="pf-field">
          <span className="pf-label">{t('banks.blueprint.seed')}</span>
          <input className="pf-input" value={seed} maxLength={100} onChange={(e) => setSeed(e.target.value)} data-testid="draw-seed" />
        </label>
        <button type="button" className="pf-button" disabled={bankId === null || !isCountOk || drawn.status === 'busy'} onClick={() => void draw()} data-testid="draw-run">
          {drawn.status === 'busy' ? t('banks.blueprint.drawing') : t('banks.blueprint.draw')}
        </button>
      </div>
      {bankId === null && <p className="pf-hint">{t('banks.blueprint.needBank')}</p>}
      {drawn.status === 'failed' && <p className="alert alert--error" role="alert" data-testid="draw-error">{drawn.text}</p>}
      {drawn.status === 'done' && (
        <div data-testid="draw-result">
          <p><b data-testid="draw-seed-shown">{t('banks.blueprint.drawnSeed', { seed: drawn.value.seed })}</b> · {t('banks.blueprint.total')}: {formatPlain(lang, drawn.value.total)}</p>
          <p className="pf-hint">{t('banks.blueprint.drawnNote')}</p>
          {drawn.value.warnings.length > 0 && <ul className="ts-warnings">{drawn.value.warnings.map((w, i) => <WarningLine key={i} w={w} plan={null} />)}</ul>}
          <h3>{t('banks.blueprint.firstVariants')}</h3>
          <ol className="bk-variants">
            {drawn.value.variants.slice(0, FIRST).map((v) => (
              <li key={v.examinee} data-testid="draw-variant" data-count={v.items.length}>
                <b>{t('banks.blueprint.variant', { n: formatPlain(lang, v.examinee) })}</b> <code className="muted">{v.seed}</code>: {v.items.join(', ')}
              </li>
            ))}
          </ol>
        </div>
      )}
      <fieldset className="pf-row bk-print">
        <legend className="pf-label">{t('banks.blueprint.parts')}</legend>
        {(['variants', 'keys', 'sheets'] as const).map((p) => (
          <label key={p} className="pf-check">
            <input type="checkbox" checked={parts[p]} onChange={(e) => setParts({ ...parts, [p]: e.target.checked })} data-testid={`print-${p}`} />{' '}
            {t(`banks.blueprint.part${p === 'variants' ? 'Variants' : p === 'keys' ? 'Keys' : 'Sheets'}`)}
          </label>
        ))}
        <label className="pf-field pf-field--narrow">
          <span className="pf-label">{t('banks.blueprint.printLang')}</span>
          <select className="pf-input" value={printLang} onChange={(e) => setPrintLang(e.target.value === 'ru' || e.target.value === 'en' ? e.target.value : 'kk')} data-testid="print-lang">
            <option value="kk">Қазақша</option>
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" className="pf-button" disabled={bankId === null || !isCountOk || printed.status === 'busy' || !(parts.variants || parts.keys || parts.sheets)}
          onClick={() => void print()} data-testid="print-run">
          {printed.status === 'busy' ? t('banks.blueprint.printing') : t('banks.blueprint.print')}
        </button>
      </fieldset>
      <JobProgress job={job} label={t('banks.blueprint.printing')} />
      {printed.status === 'failed' && <p className="alert alert--error" role="alert" data-testid="print-error">{printed.text}</p>}
      {printed.status === 'done' && (
        <p className="pf-ok" role="status" data-testid="print-done">✓ {t('banks.blueprint.printed', { pages: formatPlain(lang, printed.value.pages), file: printed.value.file.split(/[\\/]/).pop() ?? '' })}</p>
      )}
    </section>
  );
}

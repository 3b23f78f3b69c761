import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../shared/api/channels/people-types';
import type { BankSummary } from '../../../shared/api/channels/banks-types';
import type { SittingKind, SittingLayout } from '../../../shared/api/channels/sittings-types';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { dayToInput, KZ_TIME_ZONE, parseDay } from '../programmes/ui/dates';
import { TextField } from '../programmes/ui/TextField';
import { useLoad } from '../programmes/ui/use-load';
import { BlueprintPanel } from './BlueprintPanel';
import { BUILTIN_BLUEPRINTS } from './builtin-blueprints';
import { kindText } from './labels';
import { SITTING_KIND_LIST } from './sitting-kinds';

async function load(): Promise<{ cohorts: Cohort[]; banks: BankSummary[] }> {
  const [cohorts, banks] = await Promise.all([call('cohort:list', {}), call('bank:list', {})]);
  return { cohorts, banks };
}

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: KZ_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

type Problems = Partial<Record<'cohort' | 'bank' | 'blueprint' | 'root' | 'heldOn' | 'minutes' | 'general', string>>;

/** A new sitting: cohort, bank, blueprint (its facts and warnings beside), kind, date, place, time, layout. */
export function SittingCreate() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLoad(load, 'sitting-create');
  const [cohortId, setCohortId] = useState('');
  const [bank, setBank] = useState('');
  const [blueprintId, setBlueprintId] = useState(BUILTIN_BLUEPRINTS[0]!.id);
  const [root, setRoot] = useState('');
  const [kind, setKind] = useState<SittingKind>(BUILTIN_BLUEPRINTS[0]!.kind);
  const [heldOn, setHeldOn] = useState(() => dayToInput(today()));
  const [place, setPlace] = useState('');
  const [minutes, setMinutes] = useState('40');
  const [layout, setLayout] = useState<SittingLayout>('one');
  const [problems, setProblems] = useState<Problems>({});
  const [isBusy, setBusy] = useState(false);
  const blueprint = BUILTIN_BLUEPRINTS.find((b) => b.id === blueprintId) ?? BUILTIN_BLUEPRINTS[0]!;
  const banks = state.status === 'done' ? state.value.banks : [];

  const chooseBlueprint = (id: string) => {
    setBlueprintId(id);
    const next = BUILTIN_BLUEPRINTS.find((b) => b.id === id);
    if (next) setKind(next.kind);
  };

  const create = async () => {
    const found: Problems = {};
    const day = parseDay(heldOn);
    const bankId = Number(bank);
    const limit = minutes.trim() === '' ? null : Number(minutes.trim());
    if (!cohortId) found.cohort = t('tests.create.needCohort');
    if (!Number.isInteger(bankId) || bankId <= 0) found.bank = t('tests.create.needBank');
    if (blueprint.needsRoot && root.trim() === '') found.root = t('tests.create.needRoot');
    if (day === null || day === 'empty') found.heldOn = t('tests.create.badDate');
    if (limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > 600)) found.minutes = t('tests.create.badMinutes');
    setProblems(found);
    if (Object.keys(found).length > 0 || day === null || day === 'empty') return;
    setBusy(true);
    try {
      const created = await call('sitting:create', {
        cohortId: Number(cohortId), bankId, blueprint: blueprint.id, kind, heldOn: day, place: place.trim() || null, timeLimitMinutes: limit, layout,
        ...(blueprint.needsRoot ? { root: root.split('/').map((p) => p.trim()).filter(Boolean) } : {}),
      });
      window.location.hash = sectionPath('tests', created.id);
    } catch (e) {
      const field = e instanceof ApiCallError ? e.field : null;
      const key = field === 'bankId' ? 'bank' : field === 'cohortId' ? 'cohort' : field === 'blueprint' ? 'blueprint' : field === 'heldOn' ? 'heldOn' : field === 'timeLimitMinutes' ? 'minutes' : 'general';
      setProblems({ [key]: errorText(t, e) });
      setBusy(false);
    }
  };

  const cohorts = state.status === 'done' ? state.value.cohorts : [];
  return (
    <section className="page pf-page" data-testid="sitting-create">
      <a className="pf-back" href={sectionPath('tests')}>← {t('tests.title')}</a>
      <h1>{t('tests.create.title')}</h1>
      <p className="lead">{t('tests.create.lead')}</p>
      {state.status === 'failed' && <p className="alert alert--error">{errorText(t, state.error)}</p>}
      <div className="pf-split">
        <form className="card pf-form" onSubmit={(e) => { e.preventDefault(); void create(); }} noValidate>
          <label className="pf-field">
            <span className="pf-label">{t('tests.create.cohort')} *</span>
            <select className="pf-input" value={cohortId} onChange={(e) => setCohortId(e.target.value)} aria-invalid={problems.cohort ? true : undefined} data-testid="create-cohort">
              <option value="">{t('tests.create.chooseCohort')}</option>
              {cohorts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
            {problems.cohort && <span className="pf-hint pf-bad">{problems.cohort}</span>}
          </label>
          <label className="pf-field">
            <span className="pf-label">{t('tests.create.bank')} *</span>
            <select className="pf-input" value={bank} onChange={(e) => setBank(e.target.value)} data-testid="create-bank">
              <option value="">{t('tests.create.chooseBank')}</option>
              {banks.map((b) => <option key={b.id} value={b.id}>{t('tests.create.bankOption', { id: String(b.id), name: b.name, items: formatPlain(lang, b.items) })}</option>)}
            </select>
            {problems.bank ? <span className="pf-hint pf-bad">{problems.bank}</span> : banks.length === 0 && state.status === 'done' && <span className="pf-hint">{t('tests.create.bankHint')}</span>}
          </label>
          <label className="pf-field">
            <span className="pf-label">{t('tests.create.blueprint')} *</span>
            <select className="pf-input" value={blueprintId} onChange={(e) => chooseBlueprint(e.target.value)} data-testid="create-blueprint">
              {BUILTIN_BLUEPRINTS.map((b) => <option key={b.id} value={b.id}>{`${pick(b.title, lang)} — ${b.id}`}</option>)}
            </select>
            {problems.blueprint && <span className="pf-hint pf-bad">{problems.blueprint}</span>}
          </label>
          {blueprint.needsRoot && (
            <TextField id="create-root" label={t('tests.create.root')} value={root} onChange={setRoot} error={problems.root ?? null} hint={t('tests.create.rootHint')} testId="create-root" />
          )}
          <div className="pf-row">
            <label className="pf-field">
              <span className="pf-label">{t('tests.create.kind')}</span>
              <select className="pf-input" value={kind} onChange={(e) => setKind(SITTING_KIND_LIST.find((k) => k === e.target.value) ?? 'final')} data-testid="create-kind">
                {SITTING_KIND_LIST.map((k) => <option key={k} value={k}>{kindText(t, k)}</option>)}
              </select>
            </label>
            <TextField id="create-date" label={t('tests.create.heldOn')} value={heldOn} onChange={setHeldOn} error={problems.heldOn ?? null} hint={t('tests.create.dateHint')}
              testId="create-date" className="pf-field--date" />
            <TextField id="create-minutes" label={t('tests.create.timeLimit')} value={minutes} onChange={setMinutes} inputMode="numeric" error={problems.minutes ?? null}
              hint={t('tests.create.minutesHint')} testId="create-minutes" className="pf-field--narrow" />
          </div>
          <TextField id="create-place" label={t('tests.create.place')} value={place} onChange={setPlace} maxLength={300} testId="create-place" />
          <fieldset className="pf-localized">
            <legend className="pf-label">{t('tests.create.layout')}</legend>
            {(['one', 'all'] as const).map((l) => (
              <label key={l} className="pf-check ts-radio">
                <input type="radio" name="layout" checked={layout === l} onChange={() => setLayout(l)} data-testid={`create-layout-${l}`} /> {t(`tests.layout.${l}`)}
              </label>
            ))}
          </fieldset>
          {problems.general && <p className="alert alert--error" data-testid="create-error">{problems.general}</p>}
          <div className="pf-actions">
            <button type="submit" className="pf-button" disabled={isBusy} data-testid="create-submit">{isBusy ? t('tests.create.creating') : t('tests.create.submit')}</button>
            <a className="pf-button pf-button--ghost" href={sectionPath('tests')}>{t('tests.common.cancel')}</a>
          </div>
        </form>
        <BlueprintPanel blueprint={blueprint} />
      </div>
    </section>
  );
}

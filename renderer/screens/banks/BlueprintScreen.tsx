import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlueprintEntry, BlueprintPlanView } from '../../../shared/api/channels/banks-types';
import type { Blueprint } from '../../../shared/domain/bank/blueprint';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { TextField } from '../programmes/ui/TextField';
import { useLoad } from '../programmes/ui/use-load';
import { BlueprintSettings } from './BlueprintSettings';
import { customCopy, rootOf, warningsAt } from './blueprint-draft';
import { DrawPanel } from './DrawPanel';
import { QuotaTable, WarningLine } from './QuotaTable';
import { TestsNav } from './TestsNav';

async function load() {
  const [banks, blueprints, templates] = await Promise.all([call('bank:list', {}), call('blueprint:list', {}), call('template:list', {})]);
  return { banks, blueprints, scales: templates.filter((x) => x.kind === 'scale') };
}

type Check = { status: 'idle' | 'busy' } | { status: 'done'; plan: BlueprintPlanView } | { status: 'failed'; text: string };

/**
 * Blueprint & variants: a bank and a blueprint (built-in or custom) edited in place — quotas
 * with the bank's counts beside them and the warnings right there, time, pass mark, scale,
 * shuffling — then *Draw* (the seed and the first variants) and *Print variants*.
 */
export function BlueprintScreen({ initialBankId }: { initialBankId: number | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, reload } = useLoad(load, 'blueprint-screen');
  const [bankId, setBankId] = useState<number | null>(initialBankId);
  const [draft, setDraft] = useState<Blueprint | null>(null);
  const [root, setRoot] = useState('');
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const [saveId, setSaveId] = useState('');
  const [saveTitle, setSaveTitle] = useState('');
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);
  const entries: BlueprintEntry[] = useMemo(() => (state.status === 'done' ? state.value.blueprints : []), [state]);
  const chosen = entries.find((e) => e.blueprint.id === draft?.id) ?? null;
  useEffect(() => {
    if (draft === null && entries[0]) setDraft(entries[0].blueprint);
  }, [draft, entries]);
  const rootPath = rootOf(root);

  // Checks the draft against the bank a moment after the last change (checkKey stands for bankId, draft and root).
  const checkKey = JSON.stringify([bankId, draft, rootPath]);
  useEffect(() => {
    if (bankId === null || draft === null) return setCheck({ status: 'idle' });
    let isCurrent = true;
    setCheck((c) => (c.status === 'done' ? c : { status: 'busy' }));
    const timer = window.setTimeout(() => {
      call('blueprint:check', { bankId, blueprint: draft, ...(rootPath ? { root: rootPath } : {}) }).then(
        (plan) => isCurrent && setCheck({ status: 'done', plan }),
        (error: unknown) => isCurrent && setCheck({ status: 'failed', text: errorText(t, error) }),
      );
    }, 250);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [checkKey]);

  const choose = (id: string) => {
    const entry = entries.find((e) => e.blueprint.id === id);
    if (entry) setDraft(entry.blueprint);
    setSaved(null);
  };
  const patch = (p: Partial<Blueprint>) => setDraft((d) => (d ? { ...d, ...p } : d));
  const saveCustom = async () => {
    if (!draft) return;
    try {
      const entry = await call('blueprint:save', { blueprint: customCopy(draft, saveId.trim(), saveTitle.trim() || saveId.trim()) });
      setSaved({ ok: true, text: t('banks.blueprint.saved') });
      reload();
      setDraft(entry.blueprint);
    } catch (error) {
      setSaved({ ok: false, text: errorText(t, error) });
    }
  };
  const deleteCustom = async () => {
    if (!draft || !chosen || chosen.isBuiltin) return;
    try {
      await call('blueprint:delete', { id: draft.id });
      setDraft(null);
      reload();
    } catch (error) {
      setSaved({ ok: false, text: errorText(t, error) });
    }
  };

  const plan = check.status === 'done' ? check.plan : null;
  const general = warningsAt(plan, null);
  const value = state.status === 'done' ? state.value : null;
  return (
    <section className="page pf-page" data-testid="blueprint-screen">
      <TestsNav current="blueprint" />
      <header className="page-header pf-header">
        <div>
          <h1>{t('banks.blueprint.title')}</h1>
          <p className="lead">{t('banks.blueprint.lead')}</p>
        </div>
      </header>
      {state.status === 'failed' && <p className="alert alert--error" role="alert">{errorText(t, state.error)}</p>}
      {value && (
        <div className="card pf-form">
          <div className="pf-row">
            <label className="pf-field">
              <span className="pf-label">{t('banks.blueprint.bank')}</span>
              <select className="pf-input" value={bankId ?? ''} onChange={(e) => setBankId(e.target.value ? Number(e.target.value) : null)} data-testid="bp-bank">
                <option value="">{t('banks.blueprint.chooseBank')}</option>
                {value.banks.map((b) => <option key={b.id} value={b.id}>{`${b.name} (${b.items})`}</option>)}
              </select>
            </label>
            <label className="pf-field">
              <span className="pf-label">{t('banks.blueprint.blueprint')}</span>
              <select className="pf-input" value={draft?.id ?? ''} onChange={(e) => choose(e.target.value)} data-testid="bp-blueprint">
                {entries.map((e) => (
                  <option key={e.blueprint.id} value={e.blueprint.id}>
                    {`${pick(e.blueprint.title, lang)} — ${e.blueprint.id} (${e.isBuiltin ? t('banks.blueprint.builtin') : t('banks.blueprint.custom')})`}
                  </option>
                ))}
              </select>
            </label>
            <TextField id="bp-root" label={t('banks.blueprint.root')} value={root} onChange={setRoot} hint={t('banks.blueprint.rootHint')} testId="bp-root" />
          </div>
        </div>
      )}
      {draft && (
        <>
          {check.status === 'failed' && <p className="alert alert--error" role="alert" data-testid="bp-check-error">{check.text}</p>}
          {check.status === 'busy' && <p className="muted" aria-live="polite">{t('banks.blueprint.checking')}</p>}
          {plan && general.length > 0 && (
            <div className="ts-warnings card" role="alert" data-testid="bp-warnings">
              <h2>{t('tests.warnings.title')}</h2>
              <ul>{general.map((w, i) => <WarningLine key={i} w={w} plan={plan} />)}</ul>
            </div>
          )}
          {plan && plan.warnings.length === 0 && <p className="pf-ok" data-testid="bp-ok">{t('banks.blueprint.ok')}</p>}
          <QuotaTable blueprint={draft} plan={plan} onChange={(quotas) => patch({ quotas })} />
          <BlueprintSettings blueprint={draft} scales={value?.scales ?? []} onChange={patch} />
          <div className="card pf-form">
            <div className="pf-row">
              <TextField id="bp-save-id" label={t('banks.blueprint.saveId')} value={saveId} onChange={setSaveId} maxLength={100} testId="bp-save-id" />
              <TextField id="bp-save-title" label={t('banks.blueprint.saveTitle')} value={saveTitle} onChange={setSaveTitle} maxLength={200} testId="bp-save-title" />
              <button type="button" className="pf-button pf-button--ghost" disabled={saveId.trim() === ''} onClick={() => void saveCustom()} data-testid="bp-save">{t('banks.blueprint.saveAs')}</button>
              {chosen && !chosen.isBuiltin && (
                <button type="button" className="pf-button pf-button--ghost" onClick={() => void deleteCustom()} data-testid="bp-delete">{t('banks.blueprint.deleteCustom')}</button>
              )}
            </div>
            {saved && <p className={saved.ok ? 'pf-ok' : 'alert alert--error'} role="status" data-testid="bp-saved">{saved.text}</p>}
          </div>
          <DrawPanel bankId={bankId} blueprint={draft} root={rootPath} />
        </>
      )}
    </section>
  );
}

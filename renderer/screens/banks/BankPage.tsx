import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankItemView, BankView } from '../../../shared/api/channels/banks-types';
import { isUnder } from '../../../shared/domain/bank/types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { downloadBase64 } from '../documents/download';
import { ConfirmDialog } from '../tests/ConfirmDialog';
import { Toast, useToast } from '../programmes/ui/Toast';
import { useLoad } from '../programmes/ui/use-load';
import { ItemEditor } from './ItemEditor';
import { ItemList } from './ItemList';
import { pathText } from './labels';
import { TestsNav } from './TestsNav';
import { TopicTree } from './TopicTree';

type Editing = { item: BankItemView | null } | null;

/** One bank: topic tree (left), its questions (right) with keys hidden until asked, the editor, export, the recycle bin. */
export function BankPage({ bankId }: { bankId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, replace } = useLoad(() => call('bank:get', { bankId }), `bank-${bankId}`);
  const [topic, setTopic] = useState<string[]>([]);
  const [showKeys, setShowKeys] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [toast, showToast, dismissToast] = useToast();
  const view = state.status === 'done' ? state.value : null;
  const items = useMemo(() => (view ? view.items.filter((i) => isUnder(i.topic, topic)) : []), [view, topic]);

  const act = async (run: () => Promise<void>) => {
    setProblem(null);
    try {
      await run();
    } catch (error) {
      setProblem(errorText(t, error));
    }
  };
  const exportAs = (format: 'gift' | 'moodle-xml') =>
    act(async () => {
      const file = await call('bank:export', { bankId, format });
      downloadBase64(file.base64, file.fileName, format === 'gift' ? 'text/plain' : 'application/xml');
    });
  const remove = (item: BankItemView) =>
    act(async () => {
      const { binId, bank } = await call('bank:item-delete', { bankId, itemId: item.id });
      replace(bank);
      showToast({ text: t('banks.bank.removed'), tone: 'info', action: { label: t('banks.bank.undo'), run: () => void restore(binId) } });
    });
  const restore = (binId: number) => act(async () => replace((await call('bank:item-restore', { binId })).bank));
  const deleteBank = () =>
    act(async () => {
      setConfirming(false);
      await call('bank:delete', { bankId });
      window.location.hash = sectionPath('tests', 'banks');
    });
  const saved = (bank: BankView) => {
    replace(bank);
    setEditing(null);
    showToast({ text: t('banks.editor.saved'), tone: 'info' });
  };

  const isLocked = view !== null && view.bank.sittings > 0;
  return (
    <section className="page pf-page" data-testid="bank-page">
      <TestsNav current="banks" />
      <a className="pf-back" href={sectionPath('tests', 'banks')}>← {t('banks.bank.back')}</a>
      {state.status === 'failed' && <p className="alert alert--error" role="alert">{errorText(t, state.error)}</p>}
      {state.status === 'loading' && <p className="muted">{t('score.loading')}</p>}
      {view && (
        <>
          <header className="page-header pf-header">
            <div>
              <h1 data-testid="bank-title">{view.bank.name}</h1>
              <p className="lead">{`${view.bank.format} · ${t('banks.bank.topicCount', { n: formatPlain(lang, view.items.length) })}`}</p>
            </div>
            <div className="pf-actions">
              <a className="pf-button pf-button--ghost" href={sectionPath('tests', 'blueprint', bankId)} data-testid="bank-to-blueprint">{t('banks.bank.blueprint')}</a>
              <button type="button" className="pf-button pf-button--ghost" onClick={() => void exportAs('gift')} data-testid="export-gift">⤓ {t('banks.bank.exportGift')}</button>
              <button type="button" className="pf-button pf-button--ghost" onClick={() => void exportAs('moodle-xml')} data-testid="export-xml">⤓ {t('banks.bank.exportXml')}</button>
              {!isLocked && <button type="button" className="pf-button pf-button--ghost" onClick={() => setConfirming(true)} data-testid="bank-delete">{t('banks.bank.delete')}</button>}
            </div>
          </header>
          {isLocked && <p className="alert alert--info" data-testid="bank-locked">{t('banks.bank.locked', { n: formatPlain(lang, view.bank.sittings) })}</p>}
          {problem && <p className="alert alert--error" role="alert" data-testid="bank-error">{problem}</p>}
          {editing && (
            <ItemEditor key={editing.item?.id ?? 'new'} bankId={bankId} item={editing.item} topic={pathText(topic)} onSaved={saved} onCancel={() => setEditing(null)} />
          )}
          <div className="bk-split">
            <TopicTree topics={view.topics} selected={topic} onSelect={setTopic} />
            <div className="bk-main">
              <div className="pf-toolbar">
                <h2 className="pf-toolbar-title">{pathText(topic) || t('banks.bank.allTopics')} <span className="muted">({formatPlain(lang, items.length)})</span></h2>
                <label className="pf-check">
                  <input type="checkbox" checked={showKeys} onChange={(e) => setShowKeys(e.target.checked)} data-testid="show-keys" /> {t('banks.bank.showKeys')}
                </label>
                {!isLocked && (
                  <button type="button" className="pf-button pf-button--small" onClick={() => setEditing({ item: null })} data-testid="item-new">+ {t('banks.bank.newItem')}</button>
                )}
              </div>
              {!showKeys && <p className="muted bk-keys-note">{t('banks.bank.keysHidden')}</p>}
              <ItemList items={items} showKeys={showKeys} isLocked={isLocked} onEdit={(item) => setEditing({ item })} onDelete={(item) => void remove(item)} />
              {view.bin.length > 0 && (
                <details className="card bk-bin" data-testid="bank-bin">
                  <summary>{t('banks.bank.bin')} ({formatPlain(lang, view.bin.length)})</summary>
                  <ul className="bk-plain-list">
                    {view.bin.map((b) => (
                      <li key={b.id}>
                        <code>{b.itemId}</code> {b.text}{' '}
                        <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => void restore(b.id)} data-testid="bin-restore">{t('banks.bank.restore')}</button>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          </div>
        </>
      )}
      <ConfirmDialog isOpen={isConfirming} title={t('banks.bank.delete')} confirmLabel={t('banks.bank.delete')} cancelLabel={t('banks.editor.cancel')} tone="danger"
        onConfirm={() => void deleteBank()} onCancel={() => setConfirming(false)} testId="bank-delete-dialog">
        {t('banks.bank.confirmDelete', { name: view?.bank.name ?? '' })}
      </ConfirmDialog>
      <Toast toast={toast} onDismiss={dismissToast} closeLabel={t('banks.bank.close')} />
    </section>
  );
}

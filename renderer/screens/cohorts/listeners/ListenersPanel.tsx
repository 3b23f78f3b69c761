import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listener } from '../../../../shared/api/channels/people-types';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { formatPlain } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { sectionPath } from '../../../routes';
import type { ToastMessage } from '../../programmes/ui/Toast';
import { useLoad } from '../../programmes/ui/use-load';
import { ListenerForm } from './ListenerForm';
import { ListenersTable } from './ListenersTable';

type Props = { cohortId: number; onChanged: () => void; showToast: (t: Omit<ToastMessage, 'id'>) => void };
type FormState = null | { listener: Listener | null };

/** The listeners tab: search (name or IIN), the table, add/edit, delete with Undo. */
export function ListenersPanel({ cohortId, onChanged, showToast }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [form, setForm] = useState<FormState>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(query), 200);
    return () => window.clearTimeout(timer);
  }, [query]);
  const { state, reload } = useLoad(() => call('listener:list', { cohortId, search: search.trim() || undefined }), `${cohortId}|${search}`);
  const changed = (): void => {
    reload();
    onChanged();
  };
  const remove = async (l: Listener): Promise<void> => {
    try {
      await call('listener:delete', { id: l.id });
      changed();
      showToast({
        tone: 'info',
        text: t('people.listeners.deleted', { name: l.fullName }),
        action: {
          label: t('people.common.undo'),
          run: () => void call('listener:restore', { id: l.id }).then(changed, (e: unknown) => showToast({ tone: 'error', text: errorText(t, e) })),
        },
      });
    } catch (error) {
      showToast({ tone: 'error', text: errorText(t, error) });
    }
  };
  const rows = state.status === 'done' ? state.value : [];
  return (
    <div data-testid="listeners-panel">
      {form && (
        <ListenerForm
          key={form.listener?.id ?? 'new'}
          cohortId={cohortId}
          listener={form.listener}
          onCancel={() => setForm(null)}
          onSaved={(l) => {
            setForm(null);
            changed();
            showToast({ tone: 'info', text: t('people.listeners.saved', { name: l.fullName }) });
          }}
        />
      )}
      <div className="card card--flush">
        <div className="pf-toolbar">
          <input type="search" className="pf-input pf-search" value={query} placeholder={t('people.listeners.search')} aria-label={t('people.listeners.search')}
            data-testid="listener-search" onChange={(e) => setQuery(e.target.value)} />
          <span className="muted" data-testid="listener-count">{t('people.listeners.count', { n: formatPlain(lang, rows.length) })}</span>
          {!form && (
            <button type="button" className="pf-button pf-button--ghost" data-testid="listener-add" onClick={() => setForm({ listener: null })}>
              + {t('people.listeners.add')}
            </button>
          )}
        </div>
        {state.status === 'failed' && <p className="alert alert--error">{errorText(t, state.error)}</p>}
        {state.status === 'loading' && <p className="muted pf-pad">{t('score.loading')}</p>}
        {state.status === 'done' && rows.length === 0 && (
          <div className="pf-pad" data-testid="listeners-empty">
            <p>{search ? t('people.common.noMatches') : t('people.listeners.empty')}</p>
            {!search && <a href={sectionPath('cohorts', cohortId, 'import')}>{t('people.import.open')}</a>}
          </div>
        )}
        {rows.length > 0 && <ListenersTable cohortId={cohortId} listeners={rows} round={rows} onEdit={(l) => setForm({ listener: l })} onDelete={(l) => void remove(l)} />}
      </div>
    </div>
  );
}

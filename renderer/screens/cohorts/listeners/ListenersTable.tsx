import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admission, Listener } from '../../../../shared/api/channels/people-types';
import { useLang } from '../../../i18n/use-lang';
import { sectionPath } from '../../../routes';
import { compareValues, SortHeader, type Sort } from '../../programmes/ui/SortHeader';
import { AdmissionBadge } from './AdmissionBadge';
import { maskIin } from './iin';

type Column = 'name' | 'iin' | 'organisation' | 'topic' | 'status';

/** A listener with their admission, as a row of the table. */
export type ListenerRow = { listener: Listener; admission: Admission | null };

const STATUS_ORDER: Record<Admission['reason'], number> = { modules_missing: 0, on_leave: 1, admitted_by_chair: 2, ok: 3 };

type Props = { cohortId: number; rows: readonly ListenerRow[]; onEdit: (l: Listener) => void; onDelete: (l: Listener) => void };

/** The listeners: name, IIN masked unless revealed, organisation, topic, admission; sortable. */
export function ListenersTable({ cohortId, rows, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [sort, setSort] = useState<Sort<Column>>({ key: 'name', dir: 'asc' });
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set());
  const [confirming, setConfirming] = useState<number | null>(null);
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(lang === 'en' ? 'kk' : lang, { sensitivity: 'base' });
    const value = ({ listener: l, admission: a }: ListenerRow): string | number | null => {
      if (sort.key === 'name') return l.fullName;
      if (sort.key === 'iin') return l.iin;
      if (sort.key === 'organisation') return l.organisation;
      if (sort.key === 'topic') return l.topic;
      return a ? STATUS_ORDER[a.reason] : null;
    };
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compareValues(value(a), value(b), collator));
  }, [rows, sort, lang]);
  const toggle = (id: number): void =>
    setRevealed((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <table className="pf-table pf-listeners" data-testid="listener-table">
      <thead>
        <tr>
          <SortHeader label={t('people.listeners.fullName')} column="name" sort={sort} onSort={setSort} />
          <SortHeader label={t('people.listeners.iin')} column="iin" sort={sort} onSort={setSort} />
          <SortHeader label={t('people.listeners.organisation')} column="organisation" sort={sort} onSort={setSort} />
          <SortHeader label={t('people.listeners.topic')} column="topic" sort={sort} onSort={setSort} />
          <SortHeader label={t('people.listeners.status')} column="status" sort={sort} onSort={setSort} />
          <th><span className="pf-sr">{t('people.common.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {sorted.map(({ listener: l, admission }) => (
          <tr key={l.id} data-testid="listener-row" data-id={l.id}>
            <td>
              <a className="pf-strong-link" href={sectionPath('cohorts', cohortId, 'listener', l.id)} data-testid="listener-name">{l.fullName}</a>
            </td>
            <td className="pf-nowrap">
              <span className="mono" data-testid="listener-iin-cell">{revealed.has(l.id) ? (l.iin ?? '—') : maskIin(l.iin)}</span>
              {l.iin && (
                <button type="button" className="pf-icon-button" aria-pressed={revealed.has(l.id)} data-testid="iin-reveal"
                  aria-label={revealed.has(l.id) ? t('people.listeners.hideIin') : t('people.listeners.showIin')} onClick={() => toggle(l.id)}>
                  {revealed.has(l.id) ? t('people.listeners.hide') : t('people.listeners.show')}
                </button>
              )}
            </td>
            <td>{l.organisation ?? '—'}</td>
            <td className="pf-topic">{l.topic ?? '—'}</td>
            <td><AdmissionBadge admission={admission} /></td>
            <td className="pf-row-actions">
              {confirming === l.id ? (
                <span className="pf-confirm" role="group" aria-label={t('people.listeners.confirmDelete')}>
                  <span>{t('people.listeners.confirmDelete')}</span>
                  <button type="button" className="pf-button pf-button--danger pf-button--small" data-testid="delete-confirm" autoFocus
                    onClick={() => { setConfirming(null); onDelete(l); }}>{t('people.common.yes')}</button>
                  <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => setConfirming(null)}>{t('people.common.no')}</button>
                </span>
              ) : (
                <>
                  <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="listener-edit" onClick={() => onEdit(l)}>{t('people.common.edit')}</button>
                  <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="listener-delete" onClick={() => setConfirming(l.id)}>{t('people.common.delete')}</button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admission, Listener } from '../../../../shared/api/channels/people-types';
import { useLang } from '../../../i18n/use-lang';
import { sectionPath } from '../../../routes';
import { SortHeader } from '../../programmes/ui/SortHeader';
import { useSearchSort } from '../../programmes/ui/use-search-sort';
import { AdmissionBadge } from './AdmissionBadge';
import { maskIin } from './iin';
import { useAdmissions } from './use-admissions';
import { useVirtualRows } from './use-virtual-rows';

type Column = 'name' | 'iin' | 'organisation' | 'topic' | 'status';

const STATUS_ORDER: Record<Admission['reason'], number> = { modules_missing: 0, on_leave: 1, admitted_by_chair: 2, ok: 3 };
/** Up to this many listeners every admission is loaded at once (and the status column sorts); above it, only the rows in sight. */
const ALL_ADMISSIONS = 500;
/** Every row is one line this tall, so the list can render only the rows in sight. */
const ROW_HEIGHT = 48;
const CELL = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
/** Fixed column widths keep every row one line high whatever the text (long topics end in …). */
const WIDTHS = ['24%', '17%', '13%', '14%', '13%', '19%'];

/** The admissions matter to the order only when the status column can sort (all of them loaded). */
const sortedByStatus = (isSmall: boolean, admissions: unknown): unknown => (isSmall ? admissions : null);

type Props = { cohortId: number; listeners: readonly Listener[]; round: unknown; onEdit: (l: Listener) => void; onDelete: (l: Listener) => void };

/**
 * The listeners: name, IIN masked unless revealed, organisation, topic, admission; sortable.
 * Virtualised: only the rows in sight are in the page, so 50,000 listeners scroll smoothly.
 */
export function ListenersTable({ cohortId, listeners, round, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const isSmall = listeners.length <= ALL_ADMISSIONS;
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set());
  const [confirming, setConfirming] = useState<number | null>(null);
  const [visibleIds, setVisibleIds] = useState<readonly number[]>([]);
  const admissions = useAdmissions(isSmall ? listeners.map((l) => l.id) : visibleIds, round);
  const { sort, setSort, rows: sorted } = useSearchSort<Listener, Column>(listeners, { key: 'name', dir: 'asc' }, lang, {
    locale: lang === 'en' ? 'kk' : lang,
    collatorOptions: { sensitivity: 'base' },
    also: sortedByStatus(isSmall, admissions),
    value: (l, key) => {
      if (key === 'name') return l.fullName;
      if (key === 'iin') return l.iin;
      if (key === 'organisation') return l.organisation;
      if (key === 'topic') return l.topic;
      const a = admissions.get(l.id);
      return a ? STATUS_ORDER[a.reason] : null;
    },
  });
  const { ref, start, end, padTop, padBottom } = useVirtualRows(sorted.length, ROW_HEIGHT);
  const shown = sorted.slice(start, end);
  const shownKey = shown.map((l) => l.id).join(',');
  if (!isSmall && shownKey !== visibleIds.join(',')) setVisibleIds(shown.map((l) => l.id));
  const toggle = (id: number): void =>
    setRevealed((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div ref={ref} className="pf-virtual" data-testid="listener-scroll" style={{ maxHeight: '70vh', overflowY: 'auto' }}>
    <table className="pf-table pf-listeners" data-testid="listener-table" data-total={sorted.length} style={{ tableLayout: 'fixed', width: '100%' }}>
      <colgroup>{WIDTHS.map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>
      <thead style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--surface, #fff)' }}>
        <tr>
          <SortHeader label={t('people.listeners.fullName')} column="name" sort={sort} onSort={setSort} />
          <SortHeader label={t('people.listeners.iin')} column="iin" sort={sort} onSort={setSort} />
          <SortHeader label={t('people.listeners.organisation')} column="organisation" sort={sort} onSort={setSort} />
          <SortHeader label={t('people.listeners.topic')} column="topic" sort={sort} onSort={setSort} />
          {isSmall ? <SortHeader label={t('people.listeners.status')} column="status" sort={sort} onSort={setSort} /> : <th>{t('people.listeners.status')}</th>}
          <th><span className="pf-sr">{t('people.common.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
        {shown.map((l) => (
          <tr key={l.id} data-testid="listener-row" data-id={l.id} style={{ height: ROW_HEIGHT }}>
            <td style={CELL} title={l.fullName}>
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
            <td style={CELL} title={l.organisation ?? undefined}>{l.organisation ?? '—'}</td>
            <td className="pf-topic" style={CELL} title={l.topic ?? undefined}>{l.topic ?? '—'}</td>
            <td style={CELL}><AdmissionBadge admission={admissions.get(l.id) ?? null} /></td>
            <td className="pf-row-actions pf-nowrap">
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
        {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
      </tbody>
    </table>
    </div>
  );
}

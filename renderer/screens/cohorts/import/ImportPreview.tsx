import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/api/channels/people-types';
import { formatPlain } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { errorsByCell, importErrorText, type ImportError } from './messages';
import { FIELDS, type Field, type Preview } from './preview';

function useFieldName(): (field: string) => string {
  const { t } = useTranslation();
  return (field) => {
    const f = FIELDS.find((x) => x === field);
    return f ? t(`people.listeners.${f}`) : field === 'columns' ? t('people.import.columns') : t('people.import.row');
  };
}

/** The refused cells in words: row, column, what is wrong. */
export function ErrorList({ errors }: { errors: readonly ImportError[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fieldName = useFieldName();
  return (
    <ul className="pf-error-list" data-testid="import-errors">
      {errors.map((e, i) => (
        <li key={`${e.row}-${e.field}-${i}`} data-testid="import-error" data-row={e.row} data-field={e.field}>
          <b>{t('people.import.rowN', { n: formatPlain(lang, e.row) })}</b> · <span>{fieldName(e.field)}</span>: {importErrorText(t, e)}
        </li>
      ))}
    </ul>
  );
}

type Props = { preview: Preview; report: ImportReport };

/** The file as a table: every row and column, refused cells in red with the reason under the value. */
export function ImportPreview({ preview, report }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const fieldName = useFieldName();
  const cells = errorsByCell(report);
  const dup = new Map(report.duplicates.map((d) => [d.row, d.of]));
  const columns: Field[] = preview.columns;
  return (
    <div className="pf-scroll pf-preview-wrap">
      <table className="pf-table pf-preview" data-testid="import-preview">
        <thead>
          <tr>
            <th className="pf-num">{t('people.import.row')}</th>
            {columns.map((f) => <th key={f}>{fieldName(f)}</th>)}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => {
            const of = dup.get(r.row);
            const isBad = columns.some((f) => cells.has(`${r.row}|${f}`)) || cells.has(`${r.row}|row`);
            return (
              <tr key={r.row} className={isBad ? 'is-bad-row' : undefined} data-testid="preview-row" data-row={r.row}>
                <td className="pf-num muted">
                  {formatPlain(lang, r.row)}
                  {of !== undefined && <span className="pf-tag pf-tag--warn" data-testid="duplicate-tag">{t('people.import.duplicate')}</span>}
                </td>
                {columns.map((f) => {
                  const errs = cells.get(`${r.row}|${f}`) ?? [];
                  return (
                    <td key={f} className={errs.length > 0 ? 'pf-cell is-bad' : 'pf-cell'} data-field={f} data-testid={errs.length > 0 ? 'bad-cell' : undefined}>
                      <span className={f === 'iin' ? 'mono' : undefined}>{r.values[f] || '—'}</span>
                      {errs.map((e, i) => (
                        <span key={i} className="pf-cell-error">{importErrorText(t, e)}</span>
                      ))}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

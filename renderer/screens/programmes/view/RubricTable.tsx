import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, Design } from '../../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { hasCell, rubricColumns, type RubricColumn } from './rubric-columns';

function ColumnHeader({ design, col }: { design: Design; col: RubricColumn }) {
  const lang = useLang();
  if (col.kind === 'level') return <>{formatPlain(lang, col.value)}</>;
  const band = design.criteria.flatMap((c) => c.bands).find((b) => b.key === col.key);
  return <>{band ? pick(band.label, lang) : col.key}</>;
}

function Cell({ c, i, col }: { c: Criterion; i: number; col: RubricColumn }) {
  const lang = useLang();
  if (col.kind === 'level') {
    const level = c.scale.kind === 'levels' ? c.scale.levels.find((l) => l.value === col.value) : undefined;
    return <td className="pf-rubric-cell">{level ? pick(level.label, lang) : '—'}</td>;
  }
  const k = c.bands.findIndex((b) => b.key === col.key);
  const band = c.bands[k];
  if (!band) return <td className="pf-rubric-cell muted">—</td>;
  return (
    <td className="pf-rubric-cell" data-path={`criteria[${i}].bands[${k}]`}>
      <div className="pf-range">
        {formatPlain(lang, band.min)}–{formatPlain(lang, band.max)}
      </div>
      {band.descriptor && <p className="pf-descriptor">{pick(band.descriptor, lang)}</p>}
    </td>
  );
}

/**
 * The rubric: one block per criterion — a heading row (number, title, max) over a row of its
 * bands (or levels), each with its range and descriptor — so the columns stay wide enough to read.
 */
export function RubricTable({ design }: { design: Design }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns = rubricColumns(design);
  const span = Math.max(columns.length, 1);
  if (design.criteria.length === 0) {
    return <p className="muted" data-testid="rubric-none">{t('people.design.noCriteria')}</p>;
  }
  return (
    <div className="pf-scroll">
      <table className="pf-table pf-rubric" data-testid="rubric-table" data-path="criteria">
        <thead>
          <tr>
            {columns.length === 0 ? (
              <th>{t('people.design.scoring')}</th>
            ) : (
              columns.map((col) => (
                <th key={col.kind === 'band' ? col.key : col.value} style={{ width: `${100 / span}%` }}>
                  <ColumnHeader design={design} col={col} />
                </th>
              ))
            )}
          </tr>
        </thead>
        <tbody>
          {design.criteria.map((c, i) => {
            const group = c.group !== design.criteria[i - 1]?.group ? design.groups.find((g) => g.id === c.group) : undefined;
            const isFree = columns.length === 0 || !columns.some((col) => hasCell(c, col));
            return (
              <Fragment key={`${c.id}-${i}`}>
                {group && (
                  <tr className="group-row">
                    <th colSpan={span}>{pick(group.title, lang)}</th>
                  </tr>
                )}
                <tr className="pf-rubric-head" data-path={`criteria[${i}]`} data-testid={`rubric-row-${i}`}>
                  <th colSpan={span} data-path={`criteria[${i}].title`}>
                    <span className="pf-rubric-no">{formatPlain(lang, i + 1)}.</span> {pick(c.title, lang)}
                    <span className="pf-rubric-max">{t('people.editor.maxShort', { max: formatPlain(lang, c.max) })}</span>
                  </th>
                </tr>
                <tr className="pf-rubric-cells">
                  {isFree ? (
                    <td colSpan={span} className="pf-rubric-cell muted">
                      {t('people.design.freePoints', {
                        max: formatPlain(lang, c.max),
                        step: formatPlain(lang, c.scale.kind === 'range' ? c.scale.step : 1),
                      })}
                    </td>
                  ) : (
                    columns.map((col) => <Cell key={col.kind === 'band' ? col.key : col.value} c={c} i={i} col={col} />)
                  )}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

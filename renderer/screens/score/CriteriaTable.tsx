import { Fragment, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../shared/schemas/design-schema';
import { pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { CriterionRow } from './CriterionRow';
import type { FieldCheck } from './parse-points';

type Props = {
  design: Design;
  texts: readonly string[];
  checks: readonly FieldCheck[];
  serverErrors: ReadonlyMap<number, string>;
  onChange: (index: number, text: string) => void;
};

/** The criteria with one points field each; Tab and Enter walk the fields in order. */
export function CriteriaTable({ design, texts, checks, serverErrors, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const groupTitle = (id: string | null): string | null => {
    const group = design.groups.find((g) => g.id === id);
    return group ? pick(group.title, lang) : null;
  };
  return (
    <table className="criteria" data-testid="criteria">
      <thead>
        <tr>
          <th className="col-no">{t('score.colNo')}</th>
          <th className="col-criterion">{t('score.colCriterion')}</th>
          <th className="col-max">{t('score.colMax')}</th>
          <th className="col-points">{t('score.colPoints')}</th>
        </tr>
      </thead>
      <tbody>
        {design.criteria.map((c, i) => {
          const title = c.group !== design.criteria[i - 1]?.group ? groupTitle(c.group) : null;
          return (
            <Fragment key={c.id}>
              {title && (
                <tr className="group-row">
                  <th colSpan={4}>{title}</th>
                </tr>
              )}
              <CriterionRow
                index={i}
                criterion={c}
                text={texts[i] ?? ''}
                check={checks[i] ?? { kind: 'empty' }}
                serverError={serverErrors.get(i) ?? null}
                onChange={(text) => onChange(i, text)}
                onEnter={() => inputs.current[i + 1]?.focus()}
                inputRef={(el) => {
                  inputs.current[i] = el;
                }}
              />
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

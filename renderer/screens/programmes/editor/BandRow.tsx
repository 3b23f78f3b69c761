import { useTranslation } from 'react-i18next';
import type { CriterionBand } from '../../../../shared/schemas/design-schema';
import { LocalizedInputs } from '../ui/LocalizedInputs';
import { optionalText, textOrEmpty } from './design-ops';
import { FieldNotes } from './FieldNotes';
import { NumberField } from './NumberField';

type Props = { path: string; testId: string; band: CriterionBand; onChange: (patch: Partial<CriterionBand>) => void; onRemove: () => void };

/** One band of a criterion: its range, its label and its descriptor, with the notes about it. */
export function BandRow({ path, testId, band, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <div className="pf-band" data-path={path} data-testid={testId}>
      <div className="pf-band-range">
        <NumberField id={`${testId}-min`} label={t('people.editor.min')} value={band.min} path={`${path}.min`} testId={`${testId}-min`} onChange={(min) => onChange({ min })} />
        <NumberField id={`${testId}-max`} label={t('people.editor.max')} value={band.max} path={`${path}.max`} testId={`${testId}-max`} onChange={(max) => onChange({ max })} />
        <button type="button" className="pf-button pf-button--ghost pf-button--small pf-remove" onClick={onRemove}>
          {t('people.common.remove')}
        </button>
      </div>
      <LocalizedInputs id={`${testId}-label`} label={t('people.editor.bandLabel')} value={band.label} path={`${path}.label`} onChange={(label) => onChange({ label })} />
      <LocalizedInputs
        id={`${testId}-descriptor`}
        label={t('people.editor.descriptor')}
        value={textOrEmpty(band.descriptor)}
        path={`${path}.descriptor`}
        isMultiline
        onChange={(text) => onChange({ descriptor: optionalText(text) })}
      />
      <FieldNotes path={path} within />
    </div>
  );
}

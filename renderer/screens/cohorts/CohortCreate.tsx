import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../shared/api/channels/people-types';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { sectionPath } from '../../routes';
import { parseDay } from '../programmes/ui/dates';
import { escapeCancels } from '../programmes/ui/keys';
import { TextField } from '../programmes/ui/TextField';

type Field = 'programme' | 'name' | 'startsOn' | 'endsOn' | 'form';

/** A new cohort on a programme: name, dates typed dd.mm.yyyy (stored yyyy-mm-dd), format, place. */
export function CohortCreate({ programmes, onCancel }: { programmes: readonly Programme[]; onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [programmeId, setProgrammeId] = useState(programmes[0]?.id ?? 0);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [format, setFormat] = useState('');
  const [place, setPlace] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [isBusy, setBusy] = useState(false);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const start = parseDay(startsOn);
    const end = parseDay(endsOn);
    if (!programmes.some((p) => p.id === programmeId)) next.programme = t('people.cohorts.programmeRequired');
    if (!name.trim()) next.name = t('people.cohorts.nameRequired');
    if (start === null) next.startsOn = t('people.form.badDate');
    if (end === null) next.endsOn = t('people.form.badDate');
    if (start && end && start !== 'empty' && end !== 'empty' && end < start) next.endsOn = t('people.cohorts.endBeforeStart');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    try {
      const cohort = await call('cohort:create', {
        programmeId,
        name: name.trim(),
        startsOn: start === 'empty' ? null : start,
        endsOn: end === 'empty' ? null : end,
        format: format.trim() || null,
        place: place.trim() || null,
      });
      window.location.hash = sectionPath('cohorts', cohort.id);
    } catch (error) {
      const field = error instanceof ApiCallError ? error.field : null;
      const key: Field = field === 'startsOn' || field === 'endsOn' || field === 'name' ? field : field === 'programmeId' ? 'programme' : 'form';
      setErrors({ [key]: field === 'endsOn' ? t('people.cohorts.endBeforeStart') : errorText(t, error) });
      setBusy(false);
    }
  };
  if (programmes.length === 0) {
    return (
      <div className="card" data-testid="cohort-create">
        <p>{t('people.cohorts.needProgramme')}</p>
        <a className="pf-button" href={sectionPath('programmes', 'new')}>{t('people.programmes.new')}</a>
      </div>
    );
  }
  return (
    <form className="card pf-form" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(onCancel)} noValidate data-testid="cohort-create">
      <h2>{t('people.cohorts.new')}</h2>
      <div className="pf-field">
        <label className="pf-label" htmlFor="cohort-programme">{t('people.cohorts.programme')}</label>
        <select id="cohort-programme" className="select" value={programmeId} data-testid="cohort-programme" onChange={(e) => setProgrammeId(Number(e.target.value))}>
          {programmes.map((p) => <option key={p.id} value={p.id}>{pick(p.title, lang)}</option>)}
        </select>
        {errors.programme && <div className="field-error" role="alert">{errors.programme}</div>}
      </div>
      <TextField id="cohort-name" label={t('people.cohorts.name')} value={name} onChange={setName} error={errors.name} isRequired autoFocus testId="cohort-name" />
      <div className="pf-row">
        <TextField id="cohort-starts" label={t('people.cohorts.startsOn')} value={startsOn} onChange={setStartsOn} error={errors.startsOn} placeholder={t('people.form.datePlaceholder')} className="pf-field--date" testId="cohort-starts" />
        <TextField id="cohort-ends" label={t('people.cohorts.endsOn')} value={endsOn} onChange={setEndsOn} error={errors.endsOn} placeholder={t('people.form.datePlaceholder')} className="pf-field--date" testId="cohort-ends" />
        <TextField id="cohort-format" label={t('people.cohorts.format')} value={format} onChange={setFormat} hint={t('people.cohorts.formatHint')} testId="cohort-format" />
      </div>
      <TextField id="cohort-place" label={t('people.cohorts.place')} value={place} onChange={setPlace} testId="cohort-place" />
      {errors.form && <p className="alert alert--error" role="alert">{errors.form}</p>}
      <div className="pf-actions">
        <button type="submit" className="pf-button" disabled={isBusy} data-testid="cohort-create-submit">{t('people.cohorts.create')}</button>
        <button type="button" className="pf-button pf-button--ghost" onClick={onCancel}>{t('people.common.cancel')}</button>
        <span className="pf-keys">{t('people.common.keysHint')}</span>
      </div>
    </form>
  );
}

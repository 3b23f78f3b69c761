import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefenseSession, Role } from '../../../../shared/api/channels/people-types';
import { ApiCallError, call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { formatPlain } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { parseDay } from '../../programmes/ui/dates';
import { escapeCancels } from '../../programmes/ui/keys';
import { TextField } from '../../programmes/ui/TextField';

type Person = { key: number; fullName: string; position: string };
let nextKey = 1;
const person = (): Person => ({ key: nextKey++, fullName: '', position: '' });

type Props = { cohortId: number; quorum: number; onCreated: (s: DefenseSession) => void; onCancel: () => void };

function PersonFields({ id, label, value, onChange, error, testId }: { id: string; label: string; value: Person; onChange: (p: Person) => void; error?: string | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="pf-person">
      <TextField id={`${id}-name`} label={label} value={value.fullName} error={error} testId={`${testId}-name`} onChange={(fullName) => onChange({ ...value, fullName })} />
      <TextField id={`${id}-position`} label={t('people.commission.position')} value={value.position} testId={`${testId}-position`} onChange={(position) => onChange({ ...value, position })} />
    </div>
  );
}

/** A defense session: day (dd.mm.yyyy), place, the chair, members and a secretary, as entered. */
export function SessionCreate({ cohortId, quorum, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [chair, setChair] = useState<Person>(person);
  const [members, setMembers] = useState<Person[]>(() => [person(), person(), person(), person()]);
  const [secretary, setSecretary] = useState<Person>(person);
  const [errors, setErrors] = useState<{ heldOn?: string; chair?: string; form?: string }>({});
  const [isBusy, setBusy] = useState(false);
  const named = members.filter((m) => m.fullName.trim() !== '');
  const isBelowQuorum = 1 + named.length < quorum;
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const day = parseDay(heldOn);
    const next: typeof errors = {};
    if (day === 'empty' || day === null) next.heldOn = day === null ? t('people.form.badDate') : t('people.commission.dateRequired');
    if (!chair.fullName.trim()) next.chair = t('people.commission.chairRequired');
    setErrors(next);
    if (Object.keys(next).length > 0 || day === null || day === 'empty') return;
    const entry = (p: Person, role: Role) => ({ fullName: p.fullName.trim(), role, position: p.position.trim() || null });
    const list = [entry(chair, 'chair'), ...named.map((m) => entry(m, 'member')), ...(secretary.fullName.trim() ? [entry(secretary, 'secretary')] : [])];
    setBusy(true);
    try {
      onCreated(await call('session:create', { cohortId, heldOn: day, place: place.trim() || null, members: list }));
    } catch (error) {
      const field = error instanceof ApiCallError ? error.field : null;
      setErrors(field === 'heldOn' ? { heldOn: errorText(t, error) } : { form: errorText(t, error) });
      setBusy(false);
    }
  };
  return (
    <form className="card pf-form" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(onCancel)} noValidate data-testid="session-create">
      <h2>{t('people.commission.newSession')}</h2>
      <div className="pf-row">
        <TextField id="session-day" label={t('people.commission.heldOn')} value={heldOn} onChange={setHeldOn} error={errors.heldOn} placeholder={t('people.form.datePlaceholder')}
          className="pf-field--date" isRequired autoFocus testId="session-day" />
        <TextField id="session-place" label={t('people.commission.place')} value={place} onChange={setPlace} className="pf-field--grow" testId="session-place" />
      </div>
      <h3 className="pf-subhead">{t('people.commission.chair')}</h3>
      <PersonFields id="session-chair" label={t('people.commission.fullName')} value={chair} onChange={setChair} error={errors.chair} testId="session-chair" />
      <h3 className="pf-subhead">{t('people.commission.members')}</h3>
      {members.map((m, i) => (
        <div key={m.key} className="pf-person-row">
          <PersonFields id={`session-member-${m.key}`} label={t('people.commission.memberN', { n: formatPlain(lang, i + 1) })} value={m} testId={`session-member-${i}`}
            onChange={(p) => setMembers((list) => list.map((x) => (x.key === m.key ? p : x)))} />
          <button type="button" className="pf-button pf-button--ghost pf-button--small pf-remove" onClick={() => setMembers((list) => list.filter((x) => x.key !== m.key))}>
            {t('people.common.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="session-member-add" onClick={() => setMembers((list) => [...list, person()])}>
        + {t('people.commission.addMember')}
      </button>
      {isBelowQuorum && <p className="alert alert--info" data-testid="quorum-note">{t('people.commission.quorumNote', { n: formatPlain(lang, quorum) })}</p>}
      <h3 className="pf-subhead">{t('people.commission.secretary')}</h3>
      <PersonFields id="session-secretary" label={t('people.commission.fullName')} value={secretary} onChange={setSecretary} testId="session-secretary" />
      <p className="pf-hint">{t('people.commission.secretaryHint')}</p>
      {errors.form && <p className="alert alert--error" role="alert">{errors.form}</p>}
      <div className="pf-actions">
        <button type="submit" className="pf-button" disabled={isBusy} data-testid="session-create-submit">{t('people.commission.create')}</button>
        <button type="button" className="pf-button pf-button--ghost" onClick={onCancel}>{t('people.common.cancel')}</button>
        <span className="pf-keys">{t('people.common.keysHint')}</span>
      </div>
    </form>
  );
}

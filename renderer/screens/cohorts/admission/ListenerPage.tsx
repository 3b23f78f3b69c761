import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admission, AuditRow, Listener, Member } from '../../../../shared/api/channels/people-types';
import { ApiCallError, call } from '../../../api/client';
import { errorText } from '../../../i18n/codes';
import { pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { sectionPath } from '../../../routes';
import { formatMoment } from '../../programmes/ui/dates';
import { useLoad } from '../../programmes/ui/use-load';
import type { CohortData } from '../CohortPage';
import { AdmissionBadge } from '../listeners/AdmissionBadge';
import { EraseListener } from '../listeners/EraseListener';
import { maskIin } from '../listeners/iin';
import { ListenerForm } from '../listeners/ListenerForm';
import { ChairAdmission } from './ChairAdmission';
import { moduleStates } from './module-state';
import { ModulesControl } from './ModulesControl';

type Data = { listener: Listener; admission: Admission; trail: AuditRow[]; chairs: Member[] };

async function load(cohortId: number, listenerId: number): Promise<Data> {
  const [active, deleted, sessions] = await Promise.all([
    call('listener:list', { cohortId }),
    call('listener:list', { cohortId, deleted: true }),
    call('session:list', { cohortId }),
  ]);
  const listener = [...active, ...deleted].find((l) => l.id === listenerId);
  if (!listener) throw new ApiCallError('not_found', `no listener ${listenerId}`);
  const [admission, trail] = await Promise.all([call('admission:get', { listenerId }), call('audit:list', { entity: 'listener', entityId: listenerId })]);
  const chairs = sessions.flatMap((s) => s.members.filter((m) => m.role === 'chair'));
  return { listener, admission, trail, chairs };
}

/** One listener: their details (edit), the modules' controls and the admission, with the chair's override. */
export function ListenerPage({ data, listenerId }: { data: CohortData; listenerId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { cohort, programme } = data;
  const { state, reload } = useLoad(() => load(cohort.id, listenerId), `${cohort.id}|${listenerId}`);
  const [isEditing, setEditing] = useState(false);
  const [isRevealed, setRevealed] = useState(false);
  if (state.status === 'failed') return <p className="alert alert--error" data-testid="page-error">{errorText(t, state.error)}</p>;
  if (state.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  const { listener, admission, trail, chairs } = state.value;
  const override = admission.override;
  const overrideBy = override ? chairs.find((c) => c.id === override.by)?.fullName ?? '' : '';
  const rows: [string, string | null][] = [
    [t('people.listeners.organisation'), listener.organisation],
    [t('people.listeners.position'), listener.position],
    [t('people.listeners.topic'), listener.topic],
    [t('people.listeners.mentor'), listener.mentor],
  ];
  return (
    <div className="pf-split" data-testid="listener-page">
      <div className="pf-main">
        {isEditing ? (
          <ListenerForm cohortId={cohort.id} listener={listener} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); reload(); }} />
        ) : (
          <section className="card">
            <div className="pf-card-head">
              <div>
                <a className="pf-back" href={sectionPath('cohorts', cohort.id)}>← {t('people.listeners.back')}</a>
                <h2 data-testid="listener-title">{listener.fullName}</h2>
              </div>
              <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="listener-page-edit" onClick={() => setEditing(true)}>{t('people.common.edit')}</button>
            </div>
            <dl className="facts">
              <dt>{t('people.listeners.iin')}</dt>
              <dd>
                <span className="mono">{isRevealed ? (listener.iin ?? '—') : maskIin(listener.iin)}</span>{' '}
                {listener.iin && (
                  <button type="button" className="pf-icon-button" aria-pressed={isRevealed} onClick={() => setRevealed((v) => !v)}>
                    {isRevealed ? t('people.listeners.hide') : t('people.listeners.show')}
                  </button>
                )}
              </dd>
              {rows.map(([label, value]) => (
                <Fragment key={label}>
                  <dt>{label}</dt>
                  <dd>{value ?? '—'}</dd>
                </Fragment>
              ))}
            </dl>
            {listener.deletedAt && <p className="alert alert--info">{t('people.bin.inBin', { date: formatMoment(lang, listener.deletedAt) })}</p>}
          </section>
        )}
        <section className="card">
          <h2>{t('people.admission.modulesTitle')}</h2>
          <p className="muted">{programme.settings.admissionRequiresModules ? t('people.admission.requiresOn') : t('people.admission.requiresOff')}</p>
          <ModulesControl programme={programme} listenerId={listener.id} states={moduleStates(trail)} admission={admission} onRecorded={reload} />
        </section>
      </div>
      <aside className="pf-aside">
        <section className="card" data-testid="admission-panel">
          <h2>{t('people.admission.title')}</h2>
          <p><AdmissionBadge admission={admission} /></p>
          {admission.missingModules.length > 0 && (
            <ul className="pf-missing" data-testid="missing-modules">
              {admission.missingModules.map((m) => <li key={m.id}>{pick(m.title, lang)}</li>)}
            </ul>
          )}
          {override && (
            <p className="pf-override" data-testid="override">
              {t('people.admission.overrideBy', { name: overrideBy, date: formatMoment(lang, override.at) })}: <i>{override.note}</i>
            </p>
          )}
          {admission.reason === 'modules_missing' && (
            <>
              <h3 className="pf-subhead">{t('people.admission.chairTitle')}</h3>
              <p className="muted">{t('people.admission.chairHint')}</p>
              <ChairAdmission listenerId={listener.id} chairs={chairs} onAdmitted={reload} />
            </>
          )}
        </section>
        <EraseListener listenerId={listener.id} onErased={reload} />
      </aside>
    </div>
  );
}

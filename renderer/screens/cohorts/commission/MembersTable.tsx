import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefenseSession, Member, Role } from '../../../../shared/api/channels/people-types';
import { PinForm } from './PinForm';

/** A role's name in the UI language. */
export function useRoleName(): (role: Role) => string {
  const { t } = useTranslation();
  return (role) => t(`people.commission.role_${role}`);
}

/** The commission: role, name, position, whether a PIN is set, and the form that sets it. */
export function MembersTable({ session, onMember }: { session: DefenseSession; onMember: (m: Member) => void }) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <table className="pf-table pf-members" data-testid={`members-${session.id}`}>
      <thead>
        <tr>
          <th>{t('people.commission.role')}</th>
          <th>{t('people.commission.fullName')}</th>
          <th>{t('people.commission.position')}</th>
          <th>{t('people.commission.pin')}</th>
        </tr>
      </thead>
      <tbody>
        {session.members.map((m) => (
          <tr key={m.id} data-testid="member-row" data-role={m.role}>
            <td><span className={`pf-role pf-role--${m.role}`}>{roleName(m.role)}</span></td>
            <td>{m.fullName}</td>
            <td>{m.position ?? '—'}</td>
            <td>
              {editing === m.id ? (
                <PinForm member={m} onCancel={() => setEditing(null)} onSaved={(saved) => { setEditing(null); onMember(saved); }} />
              ) : (
                <span className="pf-pin-cell">
                  <span className={m.hasPin ? 'pf-status pf-status--ok' : 'pf-status pf-status--warn'} data-testid="pin-state" data-has-pin={m.hasPin}>
                    {m.hasPin ? `✓ ${t('people.commission.pinSet')}` : t('people.commission.pinMissing')}
                  </span>
                  <button type="button" className="pf-button pf-button--ghost pf-button--small" data-testid="pin-open" onClick={() => setEditing(m.id)}>
                    {m.hasPin ? t('people.commission.pinChange') : t('people.commission.pinSetAction')}
                  </button>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

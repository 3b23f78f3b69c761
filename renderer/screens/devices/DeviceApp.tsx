import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearDeviceAuth, deviceAuth, type DeviceAuth } from '../../api/token';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { JoinView } from './JoinView';
import { joinKeyFromHash, keepJoinKey, storedJoinKey } from './join-key';
import { PhoneSheet } from './PhoneSheet';
import './device.css';

/** Why the phone is back at the join step. */
export type SignedOut = 'none' | 'revoked' | 'left';

function initialState(): { auth: DeviceAuth | null; joinKey: string | null } {
  const fromHash = joinKeyFromHash(window.location.hash);
  let auth = deviceAuth();
  if (fromHash) {
    keepJoinKey(fromHash);
    // A new QR code (devices reopened) makes an older sign-in useless.
    if (auth && auth.joinKey !== fromHash) {
      clearDeviceAuth();
      auth = null;
    }
  }
  return { auth, joinKey: fromHash ?? auth?.joinKey ?? storedJoinKey() };
}

/** A member's phone: choose your name, enter your PIN, then score your own sheet. */
export function DeviceApp() {
  const { t } = useTranslation();
  const [state, setState] = useState(initialState);
  const [signedOut, setSignedOut] = useState<SignedOut>('none');
  const signOut = useCallback((why: SignedOut) => {
    clearDeviceAuth();
    setSignedOut(why);
    setState((s) => ({ ...s, auth: null }));
  }, []);
  return (
    <main className="device" data-testid="device-app">
      <header className="device-bar">
        <span className="device-brand">
          <span className="rail-logo" aria-hidden="true">
            A
          </span>
          {t('app.name')}
        </span>
        <LanguageSwitch variant="full" />
      </header>
      {state.auth ? (
        <PhoneSheet auth={state.auth} onSignOut={signOut} />
      ) : state.joinKey ? (
        <JoinView joinKey={state.joinKey} signedOut={signedOut} onJoined={(auth) => setState({ auth, joinKey: auth.joinKey })} />
      ) : (
        <section className="device-card" data-testid="device-no-link">
          <h1>{t('defense.phone.scanTitle')}</h1>
          <p>{t('defense.phone.scan')}</p>
        </section>
      )}
    </main>
  );
}

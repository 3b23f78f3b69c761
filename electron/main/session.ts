import type { Session } from 'electron';
import { APP_ORIGIN, isTrustedSender } from '../../shared/security/electron-policy';

/** Permissions the app's own pages may use (copying a device link); everything else is refused. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Denies camera, microphone, geolocation, notifications … to every page, and all to foreign ones. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isTrustedSender(contents.getURL(), APP_ORIGIN));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return ALLOWED_PERMISSIONS.has(permission) && isTrustedSender(requestingOrigin, APP_ORIGIN);
  });
}

/**
 * Security decisions of the Electron shell, as small pure functions (no Node, no Electron),
 * so each rule is unit-tested on hostile input and the shell only wires them up.
 */

/** The custom scheme the window loads the built renderer from. */
export const APP_SCHEME = 'app';

/** The one host of that scheme. */
export const APP_HOST = 'attesta';

/** The renderer's origin in the Electron window. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The IPC channel every contract call travels on (main ↔ preload). */
export const INVOKE_CHANNEL = 'attesta:invoke';

/** The IPC channel on which main forwards the core's change events to every window. */
export const CHANGE_CHANNEL = 'attesta:change';

/** The name of the board's own window (a second screen or a projector). */
export const BOARD_WINDOW_NAME = 'attesta-board';

/** What `setWindowOpenHandler` does with a `window.open`/`target=_blank` request. */
export type WindowOpenDecision = {
  /** Only the board may open a second window. */
  action: 'allow' | 'deny';
  /** An http(s) address main may hand to the OS browser, or null for nothing at all. */
  openExternally: string | null;
};

/** The webPreferences every Attesta window gets (the window factory adds only `preload`). */
export type WebPreferencesBaseline = Readonly<{
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: false;
}>;

function parse(url: string): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `scheme://host[:port]` of a parsed URL. WHATWG `URL.origin` is "null" for non-special
 * schemes such as `app:`, so the origin is rebuilt from its parts; credentials make it null.
 */
function originOf(url: URL): string | null {
  if (url.username !== '' || url.password !== '' || url.host === '') return null;
  return `${url.protocol}//${url.host}`;
}

function isSameOrigin(url: string, appOrigin: string): boolean {
  const parsed = parse(url);
  const app = parse(appOrigin);
  if (!parsed || !app) return false;
  const origin = originOf(parsed);
  return origin !== null && origin === originOf(app);
}

/** True when an IPC message comes from a frame showing the app's own pages. */
export function isTrustedSender(frameUrl: string, appOrigin: string): boolean {
  return isSameOrigin(frameUrl, appOrigin);
}

/** True when the window may navigate to `url`: only the app's own pages, nothing else. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return isSameOrigin(url, appOrigin);
}

/** The http(s) address a link may open in the OS browser, or null (any other scheme). */
export function externalLink(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  if (originOf(parsed) === null) return null;
  return parsed.href;
}

/** True for the app's own board of one defense session (`app://attesta/index.html#/defenses/<id>/board`). */
export function isBoardUrl(url: string): boolean {
  const parsed = parse(url);
  const app = parse(APP_ENTRY_URL);
  if (!parsed || !app || originOf(parsed) === null || originOf(parsed) !== originOf(app)) return false;
  return parsed.pathname === app.pathname && parsed.search === '' && /^#\/defenses\/[1-9]\d{0,9}\/board$/.test(parsed.hash);
}

/**
 * New windows are denied, except the board of a defense session, which opens in a window of
 * its own (the same isolated, sandboxed baseline); an http(s) link may go to the OS browser.
 */
export function windowOpenDecision(url: string): WindowOpenDecision {
  if (isBoardUrl(url)) return { action: 'allow', openExternally: null };
  return { action: 'deny', openExternally: externalLink(url) };
}

/** The exact webPreferences the one window factory uses: isolated, sandboxed, no Node. */
export function webPreferencesBaseline(): WebPreferencesBaseline {
  return Object.freeze({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  });
}

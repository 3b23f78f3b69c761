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

/** What `setWindowOpenHandler` does with a `window.open`/`target=_blank` request. */
export type WindowOpenDecision = {
  /** Attesta never opens a second window. */
  action: 'deny';
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

/** New windows are always denied; an http(s) link may go to the OS browser instead. */
export function windowOpenDecision(url: string): WindowOpenDecision {
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

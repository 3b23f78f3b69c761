import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type WebContents, type WebPreferences } from 'electron';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  externalLink,
  isAllowedNavigation,
  webPreferencesBaseline,
  windowOpenDecision,
} from '../../shared/security/electron-policy';

function openInBrowser(url: string | null): void {
  if (url) void shell.openExternal(url);
}

/**
 * Applied to every webContents (app 'web-contents-created'): no new windows (http(s) links go
 * to the OS browser), no navigation away from the app, no <webview>.
 */
export function hardenContents(contents: WebContents, preload: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    openInBrowser(decision.openExternally);
    if (decision.action === 'deny') return { action: 'deny' };
    // The board's own window: the same baseline and preload as the main window.
    return { action: 'allow', overrideBrowserWindowOptions: { ...windowOptions(preload), width: 1280, height: 720, title: 'Attesta' } };
  });
  const guard = (event: { preventDefault: () => void }, url: string): void => {
    if (isAllowedNavigation(url, APP_ORIGIN)) return;
    event.preventDefault();
    openInBrowser(externalLink(url));
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every window's options: the security baseline plus the preload. */
function windowOptions(preload: string): BrowserWindowConstructorOptions {
  const webPreferences = { ...webPreferencesBaseline(), preload } satisfies WebPreferences;
  return { minWidth: 960, minHeight: 640, title: 'Attesta', backgroundColor: '#ffffff', webPreferences };
}

/** The one window factory: the security baseline plus the preload, loading the app's page. */
export function createMainWindow(preload: string, hash = ''): BrowserWindow {
  const win = new BrowserWindow({ ...windowOptions(preload), width: 1280, height: 860, show: false });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ENTRY_URL}${hash}`);
  return win;
}

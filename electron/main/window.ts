import { BrowserWindow, shell, type WebContents, type WebPreferences } from 'electron';
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
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    openInBrowser(decision.openExternally);
    return { action: decision.action };
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

/** The one window factory: the security baseline plus the preload, loading the app's page. */
export function createMainWindow(preload: string): BrowserWindow {
  const webPreferences = { ...webPreferencesBaseline(), preload } satisfies WebPreferences;
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Attesta',
    backgroundColor: '#ffffff',
    webPreferences,
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

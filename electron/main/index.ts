import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { openCore, type Core } from '../core/core';
import { DATA_DIR_ENV } from '../core/data-dir';
import { APP_VERSION } from '../core/version';
import { fileErrorSink } from '../core/log';
import { automaticBackup } from '../core/services/backups';
import { buildMenu } from './menu';
import { pickLang, SHELL_LABELS } from './menu-labels';
import { APP_ENTRY_URL } from '../../shared/security/electron-policy';
import { attestaFileArg, dataDirFlag, importFileHash, shellPaths } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { forwardChanges, registerInvoke } from './ipc';
import { hardenSession } from './session';
import { createMainWindow, hardenContents } from './window';

// Before `ready`: the privileged scheme, sandboxing for every renderer, and where data lives.
// userData is the data folder: <appData>/Attesta (what resolveDataDir gives the CLI) unless
// --data-dir or $ATTESTA_DATA_DIR names another; each data folder is then its own instance.
registerAppScheme();
app.enableSandbox();
const override = dataDirFlag(process.argv) ?? process.env[DATA_DIR_ENV] ?? null;
app.setPath('userData', override ? resolve(override) : join(app.getPath('appData'), 'Attesta'));
const dataDir = app.getPath('userData');
app.setPath('sessionData', join(dataDir, 'chromium'));
app.setAppLogsPath(join(dataDir, 'logs'));

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let preloadPath = '';

/** Shows the window; `argv` naming an `.attesta` file (a double click) opens its import. */
function showWindow(preload: string, argv: readonly string[] = []): void {
  const file = attestaFileArg(argv);
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    if (file) void mainWindow.loadURL(`${APP_ENTRY_URL}${importFileHash(file)}`);
    return;
  }
  mainWindow = createMainWindow(preload, file ? importFileHash(file) : '');
  mainWindow.on('closed', () => (mainWindow = null));
}

function start(): void {
  const labels = SHELL_LABELS[pickLang(app.getPreferredSystemLanguages())];
  const paths = shellPaths({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  preloadPath = paths.preload;
  try {
    // Without the Electron build better-sqlite3 falls back to node_modules (right only if rebuilt for Electron there).
    core = openCore(dataDir, { fontDir: paths.fontDir, ...(existsSync(paths.nativeBinding) ? { nativeBinding: paths.nativeBinding } : {}) });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    dialog.showErrorBox(labels.dbErrorTitle, `${reason}\n\n${labels.dataFolder}: ${dataDir}\n${paths.nativeBinding}\n\n${labels.dbErrorHint}`);
    app.exit(1);
    return;
  }
  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession, paths.rendererDir);
  const onInternal = fileErrorSink(app.getPath('logs'));
  registerInvoke(core.handlers, onInternal);
  forwardChanges(core.ctx.events);
  automaticBackup(core.ctx).catch((e: unknown) => onInternal('backup', e));
  const onAbout = (): void => {
    void dialog.showMessageBox({
      type: 'info',
      title: labels.about,
      message: 'Attesta',
      detail: `${labels.version} ${APP_VERSION}\n${labels.dataFolder}: ${dataDir}`,
    });
  };
  Menu.setApplicationMenu(buildMenu(labels, { isDev: !app.isPackaged, onAbout }));
  showWindow(paths.preload, process.argv);
  app.on('activate', () => showWindow(paths.preload));
  app.on('second-instance', (_event, argv) => showWindow(paths.preload, argv));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    showWindow(paths.preload, [path]);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, preloadPath));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
  void app.whenReady().then(start);
}

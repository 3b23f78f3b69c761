import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ShellLabels } from './menu-labels';

/** A minimal translated menu; `onAbout` shows the About box. Developer tools only in development. */
export function buildMenu(l: ShellLabels, options: { isDev: boolean; onAbout: () => void }): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: l.file, submenu: [isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'reload', label: l.reload },
        ...(options.isDev ? [{ role: 'toggleDevTools', label: l.devTools } satisfies MenuItemConstructorOptions] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    { label: l.window, submenu: [{ role: 'minimize', label: l.minimize }, { role: 'close', label: l.close }] },
    { role: 'help', label: l.help, submenu: [{ label: l.about, click: options.onAbout }] },
  ];
  return Menu.buildFromTemplate(template);
}

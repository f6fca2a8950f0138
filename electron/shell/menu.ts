import { Menu, app, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, built from Electron's standard roles so copy and
 * paste, undo, zoom, full screen, minimise and quit behave as users expect on
 * each platform (the roles supply the platform's own labels and shortcuts).
 * Its mnemonics are F, E, V, W and H, which the app's Alt shortcuts avoid.
 * Developer tools exist only in a development run, never in a packaged app.
 */
export function applicationMenu(platform: NodeJS.Platform, packaged: boolean): MenuItemConstructorOptions[] {
  const develop: MenuItemConstructorOptions[] = packaged ? [] : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...develop],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}

export function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu(process.platform, app.isPackaged)));
}

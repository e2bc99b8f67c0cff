// The native menu in Chinese (文件/编辑/视图/帮助) with the usual shortcuts; standard actions use
// Electron's roles, so the menu needs nothing from the renderer.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuActions = { about: () => void; openDataFolder: () => void };

/** The menu template. `isMac` adds the app menu macOS expects; `devTools` shows 开发者工具. */
export function menuTemplate(actions: MenuActions, options: { isMac: boolean; devTools: boolean }): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { label: '打开数据文件夹', click: actions.openDataFolder },
      { type: 'separator' },
      options.isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销' },
      { role: 'redo', label: '重做' },
      { type: 'separator' },
      { role: 'cut', label: '剪切' },
      { role: 'copy', label: '复制' },
      { role: 'paste', label: '粘贴' },
      { role: 'selectAll', label: '全选' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      { role: 'reload', label: '重新加载' },
      { role: 'resetZoom', label: '实际大小' },
      { role: 'zoomIn', label: '放大' },
      { role: 'zoomOut', label: '缩小' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: '全屏' },
      ...(options.devTools ? [{ role: 'toggleDevTools', label: '开发者工具' } as MenuItemConstructorOptions] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { label: '帮助', submenu: [{ label: '关于考评', click: actions.about }] };
  return [...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, help];
}

import { describe, expect, it, vi } from 'vitest';

import { menuTemplate } from './menu';
import { loadWindowBounds, saveWindowBounds } from './window-state';

vi.mock('electron', () => ({}));

describe('menuTemplate', () => {
  it('has 文件/编辑/视图/帮助 in Chinese with standard roles and no developer tools in production', () => {
    const about = vi.fn();
    const template = menuTemplate({ about, openDataFolder: vi.fn() }, { isMac: false, devTools: false });
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const edit = template[1]!.submenu as Array<{ role?: string; label?: string }>;
    expect(edit.filter((item) => item.role).map((item) => [item.role, item.label])).toContainEqual(['paste', '粘贴']);
    const view = template[2]!.submenu as Array<{ role?: string }>;
    expect(view.some((item) => item.role === 'toggleDevTools')).toBe(false);
    const help = template[3]!.submenu as Array<{ click?: () => void }>;
    help[0]!.click!();
    expect(about).toHaveBeenCalledOnce();
  });
});

describe('window state', () => {
  const display = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  const files = (stored: string | null) => ({ read: () => stored, write: vi.fn() });

  it('restores saved bounds that a display shows', () => {
    expect(
      loadWindowBounds(files(JSON.stringify({ x: 100, y: 50, width: 1500, height: 950, maximized: true })), 'w.json', display),
    ).toEqual({ x: 100, y: 50, width: 1500, height: 950, maximized: true });
  });

  it('drops a position no display shows any more, keeps the size, and never goes below 1280 × 720', () => {
    expect(
      loadWindowBounds(files(JSON.stringify({ x: 3000, y: 50, width: 800, height: 600, maximized: false })), 'w.json', display),
    ).toEqual({ width: 1280, height: 720, maximized: false });
  });

  it('falls back to the default for missing or corrupt state, and saving failures are not fatal', () => {
    expect(loadWindowBounds(files(null), 'w.json', display)).toEqual({ width: 1440, height: 900 });
    expect(loadWindowBounds(files('{not json'), 'w.json', display)).toEqual({ width: 1440, height: 900 });
    expect(() =>
      saveWindowBounds(
        {
          read: () => null,
          write: () => {
            throw new Error('EROFS');
          },
        },
        'w.json',
        { x: 0, y: 0, width: 1, height: 1, maximized: false },
      ),
    ).not.toThrow();
  });
});

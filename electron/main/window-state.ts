// Keeps the window's size and position between sessions, in a small JSON file of the app's data
// folder; a saved position that no display shows any more is dropped.

export type WindowBounds = { x: number; y: number; width: number; height: number; maximized: boolean };

export type StateFiles = { read(path: string): string | null; write(path: string, text: string): void };

const DEFAULT_SIZE = { width: 1440, height: 900 };
const MIN_SIZE = { width: 1280, height: 720 };

/** The saved bounds if they are sane and on one of `displays` (work areas), else a default size. */
export function loadWindowBounds(
  files: StateFiles,
  path: string,
  displays: Array<{ x: number; y: number; width: number; height: number }>,
): Partial<WindowBounds> & { width: number; height: number } {
  try {
    const saved = JSON.parse(files.read(path) ?? 'null') as Partial<WindowBounds> | null;
    if (!saved || ![saved.x, saved.y, saved.width, saved.height].every((value) => typeof value === 'number' && Number.isFinite(value)))
      return DEFAULT_SIZE;
    const width = Math.max(MIN_SIZE.width, saved.width!);
    const height = Math.max(MIN_SIZE.height, saved.height!);
    const visible = displays.some(
      (area) =>
        saved.x! + 100 > area.x && saved.x! < area.x + area.width - 100 && saved.y! >= area.y && saved.y! < area.y + area.height - 50,
    );
    return visible
      ? { x: saved.x, y: saved.y, width, height, maximized: saved.maximized === true }
      : { width, height, maximized: saved.maximized === true };
  } catch {
    return DEFAULT_SIZE;
  }
}

/** Saves the bounds (best effort: a read-only disk must not stop the app from closing). */
export function saveWindowBounds(files: StateFiles, path: string, bounds: WindowBounds): void {
  try {
    files.write(path, JSON.stringify(bounds));
  } catch {
    // not fatal
  }
}

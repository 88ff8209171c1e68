/**
 * Watches a folder tree for changes: one watcher per folder, because a folder's watcher sees
 * every change to the files in it, in place or by rename, while Node's recursive watch on
 * Linux follows file inodes and goes deaf to a file an editor has replaced by renaming.
 * Folders added later are watched from the next event on; folders removed are let go.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface TreeWatcher {
  close(): void;
}

/** `onChange` gets the changed path relative to the root, with forward slashes. */
export function watchTree(
  root: string,
  onChange: (relPath: string) => void,
  options: { skip?: (dir: string) => boolean; onError?: (error: Error) => void } = {},
): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  const skip = (dir: string) => options.skip?.(dir) ?? false;

  const folders = (dir: string): string[] => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const subdirs = entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => path.join(dir, e.name));
    return [dir, ...subdirs.filter((d) => !skip(d)).flatMap(folders)];
  };

  const sync = () => {
    const now = new Set(folders(root));
    for (const [dir, watcher] of watchers) {
      if (!now.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of now) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, (event, name) => {
          const rel = path.relative(root, path.join(dir, name ? name.toString() : '')).replaceAll(path.sep, '/');
          if (event === 'rename') sync(); // a folder may have come or gone
          onChange(rel);
        });
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch (error) {
        options.onError?.(error as Error);
      }
    }
  };
  sync();
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

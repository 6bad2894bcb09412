import type { ExtractIO } from '../../src/cli/extract-command.js';

/**
 * An in-memory stand-in for the command-line tool's file system and streams (every command's io: `validate` and
 * `render` use part of it): reads `files`, records what is written, the directories made and every output line.
 */
export function memoryIo(files: Record<string, string> = {}, { failWrites = false } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const dirs: string[] = [];
  const io: ExtractIO = {
    readFile: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(new Error('ENOENT: no such file'))),
    writeFile: (path, text) => {
      if (failWrites) return Promise.reject(new Error('EACCES: permission denied'));
      written.set(path, text);
      return Promise.resolve();
    },
    mkdir: (path) => {
      dirs.push(path);
      return Promise.resolve();
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { out, err, written, dirs, io };
}

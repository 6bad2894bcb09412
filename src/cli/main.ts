/// <reference types="node" />
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { runCommand } from './commands.js';

/** Entry of the `explainer-elements` command-line tool (`validate`, `extract`, `render`). */
const code = await runCommand(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exitCode = code;

/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { runCli } from './validate-command.js';

/** Entry of the `explainer-elements` command-line tool. */
const code = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exitCode = code;

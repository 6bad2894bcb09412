/**
 * The `explainer-elements` command line: picks the command (`validate`, `extract`, `render`) and prints the usage of
 * all for `--help` or an unknown command. A function of its arguments and I/O, so it is tested without a process.
 */
import { EXTRACT_USAGE, runExtract, type ExtractIO } from './extract-command.js';
import { RENDER_USAGE, runRender } from './render-command.js';
import { USAGE as VALIDATE_USAGE, runCli as runValidate } from './validate-command.js';

/** Every command's usage. */
export const USAGE = `${VALIDATE_USAGE}\n\n${EXTRACT_USAGE}\n\n${RENDER_USAGE}`;

/** Runs `explainer-elements <command> ...`; resolves to the exit code. */
export async function runCommand(argv: readonly string[], io: ExtractIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'extract') return runExtract(rest, io);
  if (command === 'render') return runRender(rest, io);
  if (command === 'validate') return runValidate(argv, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  io.err(command ? `unknown command "${command}"` : 'no command given');
  io.err(USAGE);
  return 2;
}

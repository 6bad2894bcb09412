/**
 * The `explainer-elements validate <file...> [--component <tag>]` command, as a function of its arguments and
 * I/O so it can be tested without spawning a process. Exit codes: 0 valid, 1 invalid, 2 usage error.
 */
import { componentTags, validate } from '../validate-node.js';

export interface CliIO {
  readFile(path: string): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage: explainer-elements validate <file.json...> [--component <tag>]
  Checks explainer content files. Without --component, a file named after a component
  (e.g. faq-accordion.json) is checked as that component.
  Components: ${componentTags.join(', ')}
  Exit codes: 0 valid, 1 invalid content, 2 usage error (unknown component, unreadable file).`;

interface Parsed {
  files: string[];
  component: string | undefined;
}

function parseArgs(args: readonly string[]): Parsed | string {
  const files: string[] = [];
  let component: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--component' || arg === '-c') {
      component = args[i + 1];
      if (!component) return 'missing value for --component';
      i += 1;
    } else if (arg.startsWith('--component=')) {
      component = arg.slice('--component='.length);
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return 'no file given';
  return { files, component };
}

/** The component a content file is for: `explicit`, else the one its file name starts with (`faq-accordion.de.json`). */
export function componentFor(file: string, explicit: string | undefined): string | undefined {
  if (explicit) return explicit;
  const base = file.split(/[\\/]/).pop()?.replace(/\.json$/i, '') ?? '';
  return componentTags.find((tag) => base === tag || base.startsWith(`${tag}.`) || base.startsWith(`${tag}-`));
}

/** Runs the command; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command !== 'validate') {
    io.err(command ? `unknown command "${command}"` : 'no command given');
    io.err(USAGE);
    return 2;
  }
  const parsed = parseArgs(rest);
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(USAGE);
    return 2;
  }
  if (parsed.component && !componentTags.includes(parsed.component)) {
    io.err(`unknown component "${parsed.component}": expected one of ${componentTags.join(', ')}`);
    return 2;
  }
  let usageError = false;
  let invalid = false;
  for (const file of parsed.files) {
    const tag = componentFor(file, parsed.component);
    if (!tag) {
      io.err(`${file}: cannot tell which component it is for: pass --component <tag>`);
      usageError = true;
      continue;
    }
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      io.err(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      usageError = true;
      continue;
    }
    let content: unknown;
    try {
      content = JSON.parse(text);
    } catch (error) {
      io.out(`${file}: (root): is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      invalid = true;
      continue;
    }
    const result = validate(tag, content);
    for (const e of result.errors) io.out(`${file}: ${e.path}: ${e.message}`);
    if (!result.ok) invalid = true;
  }
  return usageError ? 2 : invalid ? 1 : 0;
}

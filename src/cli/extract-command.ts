/**
 * The `explainer-elements extract <article> [--out <dir>] [--format text|json] [--syntax markdown|text]` command,
 * as a function of its arguments and I/O so it can be tested without spawning a process.
 * Exit codes: 0 at least one section written (or printed), 1 nothing recognised, 2 usage error.
 */
import { join } from 'node:path';
import { extractArticle, type AnyExtractedSection, type ExtractResult, type ExtractSyntax, type ExtractWarning } from '../extract.js';
import type { CliIO } from './validate-command.js';

/** What the command reads and writes. */
export interface ExtractIO extends CliIO {
  /** Writes a text file (UTF-8), replacing it. */
  writeFile(path: string, text: string): Promise<void>;
  /** Creates a directory and its parents; no error when it exists. */
  mkdir(path: string): Promise<void>;
}

export const EXTRACT_USAGE = `Usage: explainer-elements extract <article.md|.txt> [--out <dir>] [--format text|json] [--syntax markdown|text]
  Reads an explainer article and writes one JSON file per section it recognises, named <tag>.json
  (a second section of the same kind: <tag>-2.json), each valid for its component:
    a pipe table                                   -> cooperation-table.json
    an "FAQ" / "Frequently Asked Questions" section -> faq-accordion.json
    "Misconception: / Reality:" or "Myth: / Fact:"  -> misconception-card.json
    an "indicators" / "what to watch" list          -> indicator-tracker.json
  It prints what it found with line numbers and warns about what it could not place.
  --out <dir>        write the files there (created when missing; files of the same name are replaced).
                     Without --out, the content goes to stdout as one JSON object by file name, the report to stderr.
  --format json      the report as one JSON object on stdout (with the content under "sections" without --out).
  --syntax <syntax>  markdown (blank lines separate paragraphs) or text (a line is a paragraph). Default: from the
                     extension (.md, .markdown: markdown; .txt: text), else markdown when a line is a # heading.
  Exit codes: 0 at least one section extracted, 1 nothing recognised, 2 usage error (no or unreadable article,
  unknown option, output directory not writable).`;

interface Options {
  file: string;
  out: string | undefined;
  format: 'text' | 'json';
  syntax: ExtractSyntax | undefined;
}

const VALUES = { '--out': 'out', '-o': 'out', '--format': 'format', '--syntax': 'syntax' } as const;

function parseArgs(args: readonly string[]): Options | string {
  const files: string[] = [];
  const values: Partial<Record<'out' | 'format' | 'syntax', string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const key = Object.hasOwn(VALUES, name) ? VALUES[name as keyof typeof VALUES] : undefined;
    if (key) {
      const value = name === arg ? args[++i] : arg.slice(eq + 1);
      if (!value) return `missing value for ${name}`;
      values[key] = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length === 0) return 'no article given';
  if (files.length > 1) return `one article at a time (got ${files.length})`;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return `unknown format "${format}": expected text or json`;
  const syntax = values.syntax;
  if (syntax !== undefined && syntax !== 'markdown' && syntax !== 'text') return `unknown syntax "${syntax}": expected markdown or text`;
  return { file: files[0]!, out: values.out, format, syntax };
}

/** The syntax a file's extension implies, if any. */
function syntaxOf(file: string): ExtractSyntax | undefined {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return ext === 'md' || ext === 'markdown' ? 'markdown' : ext === 'txt' || ext === 'text' ? 'text' : undefined;
}

const NOUNS: Record<AnyExtractedSection['tag'], string> = {
  'cooperation-table': 'rows',
  'faq-accordion': 'questions',
  'misconception-card': 'cards',
  'indicator-tracker': 'indicators',
};

const lines = (from: number, to: number | undefined): string => (to !== undefined && to > from ? `lines ${from}–${to}` : `line ${from}`);

function describeSection(section: AnyExtractedSection, target: string | undefined): string {
  const title = section.title === undefined ? '(no title)' : JSON.stringify(section.title);
  const items = `${section.itemLines.length} ${NOUNS[section.tag]} (${section.itemLines.length === 1 ? 'line' : 'lines'} ${section.itemLines.join(', ')})`;
  return `  ${section.name.padEnd(20)} ${lines(section.line, section.endLine).padEnd(13)} ${title}: ${items}${target ? ` -> ${target}` : ''}`;
}

const describeWarning = (w: ExtractWarning): string => `warning: ${lines(w.line, w.endLine)}: ${w.message}`;

/** The report as JSON: every section without its content (unless `content`), with its file when written. */
function jsonReport(file: string, result: ExtractResult, targets: Map<string, string>, content: boolean): string {
  const found = result.found.map(({ content: _content, ...section }) => ({ ...section, items: section.itemLines.length, file: targets.get(section.name) }));
  const report: Record<string, unknown> = { article: file, syntax: result.syntax, found, warnings: result.warnings };
  if (content) report.sections = Object.fromEntries(result.found.map((s) => [s.name, s.content]));
  return JSON.stringify(report, null, 2);
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Writes each section to `<out>/<name>.json`; resolves to the paths by name, or an error message. */
async function writeSections(result: ExtractResult, out: string, io: ExtractIO): Promise<Map<string, string> | string> {
  const targets = new Map<string, string>();
  try {
    await io.mkdir(out);
    for (const section of result.found) {
      const target = join(out, `${section.name}.json`);
      await io.writeFile(target, json(section.content));
      targets.set(section.name, target);
    }
  } catch (error) {
    return `cannot write to ${out} (${error instanceof Error ? error.message : String(error)})`;
  }
  return targets;
}

/** Runs the command with the arguments after `extract`; resolves to the exit code. */
export async function runExtract(args: readonly string[], io: ExtractIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(EXTRACT_USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(options);
    io.err(EXTRACT_USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(options.file);
  } catch (error) {
    io.err(`${options.file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  const result = extractArticle(text, { syntax: options.syntax ?? syntaxOf(options.file) ?? 'auto' });
  let targets = new Map<string, string>();
  if (options.out !== undefined && result.found.length > 0) {
    const written = await writeSections(result, options.out, io);
    if (typeof written === 'string') {
      io.err(written);
      return 2;
    }
    targets = written;
  }
  if (options.format === 'json') {
    io.out(jsonReport(options.file, result, targets, options.out === undefined));
  } else {
    // The report goes to stdout when the content goes to files, else to stderr beside the content on stdout.
    const report = (line: string): void => (options.out === undefined ? io.err(line) : io.out(line));
    const syntax = result.syntax === 'markdown' ? 'Markdown' : 'plain text';
    if (result.found.length === 0) {
      report(`${options.file} (${syntax}): no section recognised (looked for pipe tables, an FAQ section, Misconception:/Reality: or Myth:/Fact: pairs, and an indicators list)`);
    } else {
      report(`${options.file} (${syntax}): ${result.found.length} ${result.found.length === 1 ? 'section' : 'sections'}`);
      for (const section of result.found) report(describeSection(section, targets.get(section.name)));
    }
    for (const warning of result.warnings) report(describeWarning(warning));
    if (options.out === undefined && result.found.length > 0) {
      io.out(json(Object.fromEntries(result.found.map((s) => [s.name, s.content]))).trimEnd());
    }
  }
  return result.found.length > 0 ? 0 : 1;
}

/**
 * The `explainer-elements render <file.json> [--component <tag>] [--locale <tag>] [--heading-level <n>]
 * [--attr name[=value]]... [--labels <file.json>] [--json-ld]` command: prints the server-rendered HTML of a content file (`renderToString()`)
 * to stdout. A function of its arguments and I/O, so it is tested without spawning a process.
 * Exit codes: 0 rendered, 1 invalid content, 2 usage error.
 */
import { componentTags } from '../validate.js';
import type { AttributeValue, RenderOptions } from '../server/options.js';
import { componentFor, type CliIO } from './validate-command.js';

export const RENDER_USAGE = `Usage: explainer-elements render <file.json> [--component <tag>] [--locale <tag>] [--heading-level <n>]
                                  [--attr name[=value]]... [--labels <file.json>] [--json-ld]
  Prints the server-rendered HTML of a content file: the element with its declarative shadow root and the content
  as inline JSON, readable without script and hydrated in the browser by bundle.js (or explainer-elements/hydrate.js).
  Without --component, a file named after a component (e.g. faq-accordion.json) is rendered as that component.
  --locale <tag>         language of the labels, dates and numbers (default: en)
  --heading-level <n>    level of the title, 1 to 6 (default: 2)
  --attr name[=value]    an attribute of the element (repeat it): --attr sortable --attr sort=area:desc
  --labels <file.json>   label overrides by key ({"faq.showAll": "Expand all[ answers: {title}]"}): give the page
                         the same ones (a provider's labels attribute), as the same locale
  --json-ld              add the content's structured data (FAQPage, ClaimReview) as a script after the element
  Needs @lit-labs/ssr (an optional peer dependency: npm install @lit-labs/ssr@~4.1.0).
  Exit codes: 0 rendered, 1 invalid content (file: path: message lines on stderr), 2 usage error.`;

interface Parsed {
  file: string;
  component: string | undefined;
  labels: string | undefined;
  options: RenderOptions;
}

const VALUED = new Set(['--component', '-c', '--locale', '--heading-level', '--attr', '--labels']);

function parseArgs(args: readonly string[]): Parsed | string {
  const files: string[] = [];
  const attributes: Record<string, AttributeValue> = {};
  const options: RenderOptions = {};
  let component: string | undefined;
  let labels: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--json-ld') {
      if (name !== arg) return '--json-ld takes no value';
      options.jsonLd = true;
    } else if (VALUED.has(name)) {
      const value = name === arg ? args[++i] : arg.slice(eq + 1);
      if (!value) return `missing value for ${name}`;
      if (name === '--component' || name === '-c') component = value;
      else if (name === '--locale') options.locale = value;
      else if (name === '--labels') labels = value;
      else if (name === '--heading-level') {
        if (!/^[1-6]$/.test(value)) return `--heading-level: expected 1 to 6, got "${value}"`;
        options.headingLevel = Number(value);
      } else {
        const split = value.indexOf('=');
        attributes[split < 0 ? value : value.slice(0, split)] = split < 0 ? true : value.slice(split + 1);
      }
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length ? `one file at a time (got ${files.length})` : 'no file given';
  if (Object.keys(attributes).length) options.attributes = attributes;
  return { file: files[0]!, component, labels, options };
}

/** Runs `render`; resolves to the exit code. */
export async function runRender(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(RENDER_USAGE);
    return 2;
  }
  const { file, options } = parsed;
  if (parsed.component && !componentTags.includes(parsed.component)) {
    io.err(`unknown component "${parsed.component}": expected one of ${componentTags.join(', ')}`);
    return 2;
  }
  const tag = componentFor(file, parsed.component);
  if (!tag) {
    io.err(`${file}: cannot tell which component it is for: pass --component <tag>`);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.err(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  if (parsed.labels !== undefined) {
    try {
      options.labels = JSON.parse(await io.readFile(parsed.labels)) as RenderOptions['labels'];
    } catch (error) {
      io.err(`--labels ${parsed.labels}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
      return 2;
    }
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    io.err(`${file}: (root): is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  // Loaded here, so `validate` never loads the components and the renderer.
  const { renderToString, InvalidContentError } = await import('../ssr.js');
  try {
    io.out(await renderToString(tag, content, options));
    return 0;
  } catch (error) {
    if (error instanceof InvalidContentError) {
      for (const e of error.errors) io.err(`${file}: ${e.path}: ${e.message}`);
      return 1;
    }
    // A bad option (locale, attribute name) or a missing renderer: a usage error.
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
}

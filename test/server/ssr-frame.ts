import { executeServerCommand } from '@web/test-runner-commands';
import type { RenderOptions } from '../../src/ssr.js';

/**
 * Helpers for the server-rendering tests: server HTML made in Node at test time from the sources (the `ssr-render`
 * command of scripts/wtr-ssr.mjs), pages holding it loaded in iframes (with or without scripting), hydration started
 * on demand, and snapshots of what the browser shows.
 */

export const TAGS = ['faq-accordion', 'cooperation-table', 'misconception-card', 'indicator-tracker'] as const;
export type Tag = (typeof TAGS)[number];

/** A fixed clock for the tracker, so every render of it reads the same dates. */
export const NOW = '2026-06-01';

/** The attributes that switch every optional control on, per component (and the tracker's clock). */
export const ALL_CONTROLS: Record<Tag, RenderOptions['attributes']> = {
  'faq-accordion': { 'copy-links': true },
  'cooperation-table': { sortable: true, filterable: true, downloadable: true },
  'misconception-card': { reveal: true },
  'indicator-tracker': { filterable: true, now: NOW },
};

export interface RenderFailure {
  name: string;
  message: string;
  errors?: { path: string; message: string }[];
}

/** The server's HTML for one element, from `renderToString()` in Node; throws what it rejected with. */
export async function serverHtml(tag: string, content: unknown, options?: RenderOptions): Promise<string> {
  const result = await executeServerCommand<{ html?: string; error?: RenderFailure }, unknown>('ssr-render', { tag, content, options });
  if (result.error) throw Object.assign(new Error(result.error.message), result.error);
  return result.html!;
}

/** What `renderToString()` rejected with (fails when it resolved). */
export async function serverError(tag: string, content: unknown, options?: RenderOptions): Promise<RenderFailure> {
  const result = await executeServerCommand<{ html?: string; error?: RenderFailure }, unknown>('ssr-render', { tag, content, options });
  if (!result.error) throw new Error(`renderToString(${tag}) resolved; a rejection was expected`);
  return result.error;
}

/** A whole page around server fragments, as a site would serve it. `head` goes into its `<head>`. */
export function pageHtml(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR test</title>
<style>html { font: 16px/1.5 sans-serif; } body { margin: 8px; width: 760px; }</style>${head}</head><body>${body}</body></html>`;
}

/** The module that hydrates: Lit's hydration support and every component (the sources of dist/bundle.js). */
export const BUNDLE = '/src/bundle.ts';

/** A page in an iframe of this test page. */
export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Console errors and warnings, script errors and unhandled rejections seen in the frame since it loaded. */
  problems: string[];
  /** The frame's explainer elements, in document order. */
  elements(): HTMLElement[];
  remove(): void;
}

export interface FrameOptions {
  /** `sandbox` attribute: `allow-same-origin` alone turns scripting off (and `@media (scripting: none)` on). */
  sandbox?: string;
  /** A URL fragment, for deep links. */
  hash?: string;
  width?: number;
}

/** Serves `html` (scripts/wtr-ssr.mjs) and loads it in a new iframe. */
export async function openFrame(html: string, { sandbox, hash = '', width = 800 }: FrameOptions = {}): Promise<Frame> {
  const { url } = await executeServerCommand<{ url: string }, { html: string }>('ssr-page', { html });
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = `width: ${width}px; height: 600px; border: 0;`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = url + hash;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  const problems: string[] = [];
  if (sandbox === undefined || sandbox.includes('allow-scripts')) {
    for (const level of ['error', 'warn'] as const) {
      const original = win.console[level].bind(win.console);
      win.console[level] = (...args: unknown[]) => {
        const message = args.map(String).join(' ');
        // The test server serves Lit's development build, which says so once.
        if (!message.startsWith('Lit is in dev mode')) problems.push(`console.${level}: ${message}`);
        original(...args);
      };
    }
    win.addEventListener('error', (e) => problems.push(`error: ${e.message}`));
    win.addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));
  }
  return {
    iframe,
    win,
    doc,
    problems,
    elements: () => Array.from(doc.querySelectorAll<HTMLElement>(TAGS.join())),
    remove: () => iframe.remove(),
  };
}

type Live = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

/** Waits until every element in the frame is defined and has rendered (or hydrated), and two frames have passed. */
export async function whenLive(frame: Frame): Promise<void> {
  for (const el of frame.elements()) await frame.win.customElements.whenDefined(el.localName);
  for (const el of frame.elements() as Live[]) {
    await el.updateComplete;
    await el.updateComplete;
  }
  await nextFrames(frame.win, 2);
}

/** Waits `count` animation frames of `win`. */
export async function nextFrames(win: Window, count = 1): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Loads `src` (default: the hydrating bundle) into the frame as a module script, and waits until the elements are live. */
export async function hydrate(frame: Frame, src = BUNDLE): Promise<void> {
  const script = frame.doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
  frame.doc.head.append(script);
  await loaded;
  await whenLive(frame);
}

/** Lit's markers (`<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node n-->`, `<!--?lit$…$-->`), for comparisons. */
const MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<!--\?lit\$\d+\$-->/g;

/** A shadow root as HTML, with Lit's markers taken out and nothing else changed. */
export function serializeRoot(root: ShadowRoot): string {
  return root.innerHTML.replace(MARKERS, '');
}

/** The host's attributes, as `name="value"` in order (hydration must not change them). */
export function hostAttributes(el: Element): string[] {
  return Array.from(el.attributes, (a) => `${a.name}="${a.value}"`);
}

/** Form and disclosure state that serialization does not show: select and input values, options, `<details>`. */
export function formState(root: ShadowRoot): string[] {
  return Array.from(root.querySelectorAll('select, input, details'), (el) => {
    if (el instanceof el.ownerDocument.defaultView!.HTMLSelectElement) return `select#${el.id}=${el.value} [${Array.from(el.options, (o) => Number(o.selected)).join('')}]`;
    if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement) return `input#${el.id}=${el.value}`;
    return `details open=${(el as HTMLDetailsElement).open}`;
  });
}

/** Every node under `root` (elements, text, comments), in document order. */
export function allNodes(root: Node): Node[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ALL);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/**
 * The text a reader sees in `root`, one entry per text node with visible characters, in document order: a text node
 * counts when its parent element is visible (`checkVisibility`: not `display: none`, not inside hidden content of a
 * `content-visibility: hidden` box such as a closed `hidden="until-found"` panel or a closed `<details>`).
 * Elements matching `skip` (and what is inside them) are left out.
 */
export function visibleText(root: ShadowRoot, skip?: string): string[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('style')) continue;
    if (skip && parent.closest(skip)) continue;
    if (parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) texts.push(text);
  }
  return texts;
}

/** Gets the example content (examples/content/asean-germany/<tag>.json). */
export async function example(tag: Tag): Promise<Record<string, unknown>> {
  return (await (await fetch(`/examples/content/asean-germany/${tag}.json`)).json()) as Record<string, unknown>;
}

/** The tracker with every field (statuses, trends, progress, dates, evidence): examples/content/indicator-tracker-full.json. */
export async function fullTracker(): Promise<Record<string, unknown>> {
  return (await (await fetch('/examples/content/indicator-tracker-full.json')).json()) as Record<string, unknown>;
}

/** The four example components rendered by the server, with every control on, one after the other. */
export async function examplePage(extra: Partial<Record<Tag, RenderOptions['attributes']>> = {}): Promise<string> {
  const fragments = await Promise.all(
    TAGS.map(async (tag) => serverHtml(tag, await example(tag), { attributes: { ...ALL_CONTROLS[tag], ...extra[tag] } })),
  );
  return fragments.join('\n');
}

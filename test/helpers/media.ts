import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from './engine.js';

/** Media to emulate; what is left out takes its default (screen, no-preference, light, none). */
export interface MediaState {
  media?: 'screen' | 'print';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
}

let state: MediaState = {};

/**
 * Sets the viewport in every engine (scripts/wtr-engine.mjs). Where the browser window cannot get that narrow
 * (WebKitGTK's MiniBrowser stops at about 450 px), the root element is narrowed to the width instead, which is what
 * the components respond to: they follow their own width (container queries), never the viewport's.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  const reached = await executeServerCommand<{ width: number }, typeof size>('viewport', size);
  const root = document.documentElement.style;
  if (reached.width > size.width) {
    if (root.width !== `${size.width}px`) console.log(`viewport: the window stops at ${reached.width} px; the page is ${size.width} px wide instead`);
    root.width = `${size.width}px`;
  } else {
    root.removeProperty('width');
  }
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/**
 * Emulates media: `emulateMedia({ media: 'print' })` adds to what is already emulated; `resetMedia()` returns to
 * the defaults. Chromium emulates it for real (DevTools protocol). Firefox's and WebKit's drivers cannot, so there
 * the components' own `@media` rules are switched on or off in their shadow roots' style sheets to match, which
 * checks the same rules with the same computed-style assertions (but not the browser's own forced-colours palette).
 */
export async function emulateMedia(next: MediaState): Promise<void> {
  state = { ...state, ...next };
  if (await executeServerCommand<boolean, MediaState>('media', state)) return;
  applyToStyleSheets();
}

/** Turns forced-colors mode on or off (see {@link emulateMedia}). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await emulateMedia({ forcedColors: active ? 'active' : 'none' });
  if ((await engine()) === 'chromium' && matchMedia('(forced-colors: active)').matches !== active) {
    throw new Error('forced-colors emulation did not take effect');
  }
}

/** Back to screen, no-preference, light, no forced colours. */
export async function resetMedia(): Promise<void> {
  state = {};
  await emulateMedia({});
}

/** Whether media really is emulated by the browser (Chromium), rather than by rewriting the components' rules. */
export async function realMediaEmulation(): Promise<boolean> {
  return (await engine()) === 'chromium';
}

// --- the style-sheet fallback (Firefox, WebKit) ---------------------------------------------------------------

/** Original style sheets of every shadow root rewritten so far. */
const originals = new Map<ShadowRoot, CSSStyleSheet[]>();
let observer: MutationObserver | undefined;

const isDefault = (): boolean =>
  (state.media ?? 'screen') === 'screen' &&
  (state.reducedMotion ?? 'no-preference') === 'no-preference' &&
  (state.colorScheme ?? 'light') === 'light' &&
  (state.forcedColors ?? 'none') === 'none';

/** Whether one media query (no commas) matches the emulated state; features not emulated ask the browser. */
function queryMatches(query: string): boolean {
  let text = query.trim().toLowerCase();
  const negate = text.startsWith('not ');
  if (negate) text = text.slice(4);
  if (text.startsWith('only ')) text = text.slice(5);
  const matches = text.split(/\s+and\s+/).every((term) => {
    const type = term.trim();
    if (type === 'all') return true;
    if (type === 'screen' || type === 'print') return (state.media ?? 'screen') === type;
    const feature = /^\(\s*([a-z-]+)\s*:\s*([a-z-]+)\s*\)$/.exec(type);
    if (feature?.[1] === 'prefers-reduced-motion') return (state.reducedMotion ?? 'no-preference') === feature[2];
    if (feature?.[1] === 'prefers-color-scheme') return (state.colorScheme ?? 'light') === feature[2];
    if (feature?.[1] === 'forced-colors') return (state.forcedColors ?? 'none') === feature[2];
    return matchMedia(type).matches;
  });
  return negate ? !matches : matches;
}

function rewriteRules(rules: CSSRuleList): void {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) {
      const original = rule.media.mediaText;
      rule.media.mediaText = original.split(',').some(queryMatches) ? 'all' : 'not all';
    }
    if ('cssRules' in rule) rewriteRules((rule as CSSGroupingRule).cssRules);
  }
}

/** A copy of `sheet` whose `@media` rules are switched to `all` or `not all` for the emulated state. */
function emulatedCopy(sheet: CSSStyleSheet): CSSStyleSheet {
  const copy = new CSSStyleSheet();
  copy.replaceSync(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
  rewriteRules(copy.cssRules);
  return copy;
}

function applyToRoot(root: ShadowRoot): void {
  // A copy: adoptedStyleSheets is a live array, which the assignment below would change.
  const original = originals.get(root) ?? [...root.adoptedStyleSheets];
  originals.set(root, original);
  root.adoptedStyleSheets = original.map(emulatedCopy);
}

function shadowRoots(node: ParentNode, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of Array.from(node.querySelectorAll('*'))) {
    if (el.shadowRoot) {
      found.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, found);
    }
  }
  return found;
}

function applyToStyleSheets(): void {
  for (const [root, sheets] of originals) root.adoptedStyleSheets = sheets;
  originals.clear();
  observer?.disconnect();
  observer = undefined;
  if (isDefault()) return;
  for (const root of shadowRoots(document)) applyToRoot(root);
  // Elements added later (after their shadow root and styles exist) are rewritten too.
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        for (const root of [node.shadowRoot, ...shadowRoots(node)]) if (root && !originals.has(root)) applyToRoot(root);
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

import { expect } from '@open-wc/testing';
import { exampleContent } from '../helpers/content.js';
import { waitFor } from '../helpers/dom.js';
import { allNodes, hydrate, openFrame, pageHtml, serverHtml } from '../server/ssr-frame.js';

// The autoloader as a CDN page uses it: the CDN build (rollup.config.mjs `cdnBuild`), served in memory under
// /__cdn/ by scripts/wtr-cdn.mjs, in a fresh document (an iframe) per test, with what that document requested
// read from its resource timing entries.

type Manifest = Record<string, { name: string; isEntry: boolean; imports: string[]; dynamicImports: string[] }>;
type Frame = { win: Window & typeof globalThis & { watchRoot: (root: Node) => Promise<void> }; doc: Document };

const TAGS = ['explainer-provider', 'faq-accordion', 'cooperation-table', 'misconception-card', 'indicator-tracker'];
let manifest: Manifest;

/**
 * The files a page showing `tags` must download: the loader, each tag's chunk (`hydrate` for hydration support) and
 * every chunk those import.
 */
function needed(tags: string[]): string[] {
  const files = new Set(['autoloader.js']);
  const add = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    manifest[file]!.imports.forEach(add);
  };
  for (const tag of tags) add(`cdn/${tag}.js`);
  return [...files].sort();
}

/**
 * Waits until the frame has requested nothing new for 250 ms (at most 5 s): a download nothing awaits (a bug that
 * imports more than the page needs) has then shown up in the resource timing entries too.
 */
async function quiet(frame: { win: Window }): Promise<void> {
  const count = () => frame.win.performance.getEntriesByType('resource').length;
  const start = performance.now();
  let last = count();
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const now = count();
    if (now === last) return;
    if (performance.now() - start > 5000) throw new Error('the page kept requesting files for 5 s');
    last = now;
  }
}

/** What the frame has downloaded from the CDN build, as file names relative to /__cdn/. */
function requested(frame: { win: Window }): string[] {
  return [...timings(frame).keys()].sort();
}

/** The frame's resource timing entries of the CDN build's files (served under `base`), by file name. */
function timings(frame: { win: Window }, base = '/__cdn/'): Map<string, PerformanceResourceTiming> {
  const entries = frame.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return new Map(
    entries.filter((entry) => new URL(entry.name).pathname.startsWith(base)).map((entry) => [new URL(entry.name).pathname.slice(base.length), entry]),
  );
}

const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/**
 * A page with `body`, loading the autoloader the way the README says, plus a module script exposing `watch` as
 * `watchRoot` (the same module: imported twice, evaluated once). `head` runs before the loader.
 */
async function page(body: string, head = '', base = '/__cdn/'): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><head>${head}<script type="module" src="${base}autoloader.js"></script>
<script type="module">import { watch } from '${base}autoloader.js'; window.watchRoot = watch;</script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const win = iframe.contentWindow as Frame['win'];
  await waitFor(() => win.watchRoot, 5000, 'the autoloader module');
  // Settles once every tag in the document is loaded (loads already started are awaited, not repeated).
  await win.watchRoot(win.document);
  const frame = { win, doc: win.document };
  await quiet(frame);
  return frame;
}

/** Waits until `el` is defined and has rendered its title. */
async function rendered(el: Element): Promise<void> {
  await waitFor(() => el.shadowRoot?.querySelector('[part~="title"]'), 5000, `<${el.localName}> rendered`);
}

describe('autoloader (CDN build)', function () {
  this.timeout(30000);
  let table: unknown;
  let faq: unknown;
  let card: unknown;
  let tracker: unknown;

  before(async () => {
    manifest = (await (await fetch('/__cdn/manifest.json')).json()) as Manifest;
    [table, faq, card, tracker] = await Promise.all(['cooperation-table', 'faq-accordion', 'misconception-card', 'indicator-tracker'].map((name) => exampleContent(name)));
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  it('builds one entry chunk per tag (and hydration support), dynamically imported by the loader, and shares Lit and the core', () => {
    const chunks = [...TAGS, 'hydrate'].map((name) => `cdn/${name}.js`).sort();
    expect(Object.keys(manifest).filter((file) => manifest[file]!.isEntry).sort()).to.deep.equal(['autoloader.js', ...chunks].sort());
    expect(manifest['autoloader.js']!.imports).to.deep.equal([]);
    expect([...manifest['autoloader.js']!.dynamicImports].sort()).to.deep.equal(chunks);
    // Hydration support runs before LitElement is defined: its chunk does not import LitElement's.
    expect(needed(['hydrate']).filter((file) => /^cdn\/lit-(?!html)/.test(file)), 'LitElement in the hydration chunk\'s imports').to.deep.equal([]);
    const lit = Object.keys(manifest).find((file) => /^cdn\/lit-/.test(file));
    const core = Object.keys(manifest).find((file) => /^cdn\/core-/.test(file));
    expect(lit, 'a shared Lit chunk').to.exist;
    expect(core, 'a shared core chunk').to.exist;
    for (const tag of ['faq-accordion', 'cooperation-table', 'misconception-card', 'indicator-tracker']) {
      expect(needed([tag]), tag).to.include.members([lit, core]);
    }
  });

  it('a page with only a table downloads the loader, the table chunk and what it imports: no other component', async () => {
    const frame = await page(`<cooperation-table>${json(table)}</cooperation-table>`);
    const el = frame.doc.querySelector('cooperation-table')!;
    await rendered(el);
    const files = requested(frame);
    expect(files).to.deep.equal(needed(['cooperation-table']));
    expect(files, 'hydration support (no server-rendered element here)').not.to.include('cdn/hydrate.js');
    for (const tag of ['faq-accordion', 'misconception-card', 'indicator-tracker', 'explainer-provider']) {
      expect(files, tag).not.to.include(`cdn/${tag}.js`);
      expect(frame.win.customElements.get(tag), tag).to.be.undefined;
    }
  });

  it('requests a component chunk and every chunk it imports at once, not one level per round trip', async () => {
    // Under /__cdn-slow/ each entry chunk answers 400 ms late (scripts/wtr-cdn.mjs). Requested one level at a time,
    // Lit and the core would be asked for only once the FAQ's chunk had arrived and been parsed.
    const frame = await page(`<faq-accordion>${json(faq)}</faq-accordion>`, '', '/__cdn-slow/');
    await rendered(frame.doc.querySelector('faq-accordion')!);
    const files = timings(frame, '/__cdn-slow/');
    expect([...files.keys()].sort()).to.deep.equal(needed(['faq-accordion']));
    const chunk = files.get('cdn/faq-accordion.js')!;
    const imports = needed(['faq-accordion']).filter((file) => file !== 'autoloader.js' && file !== 'cdn/faq-accordion.js');
    expect(imports.length, 'the FAQ chunk imports Lit and the core').to.be.at.least(2);
    for (const file of imports) expect(files.get(file)!.startTime, `${file} requested before the FAQ chunk arrived`).to.be.below(chunk.responseEnd);
  });

  it('downloads the structured-data controller and builder only once an element has the structured-data attribute', async () => {
    const jsonLd = manifest['cdn/faq-accordion.js']!.dynamicImports.filter((file) => /json-ld/.test(file));
    expect(jsonLd, 'a dynamic import of the FAQ chunk').to.have.length(1);
    expect(manifest['cdn/misconception-card.js']!.dynamicImports.filter((file) => /json-ld/.test(file)), 'a dynamic import of the card chunk').to.have.length(1);
    expect(needed(['faq-accordion', 'misconception-card']).filter((file) => /json-ld/.test(file)), 'imported statically').to.deep.equal([]);
    const frame = await page(`<faq-accordion>${json(faq)}</faq-accordion><misconception-card>${json(card)}</misconception-card>`);
    const el = frame.doc.querySelector('faq-accordion')!;
    await rendered(el);
    await rendered(frame.doc.querySelector('misconception-card')!);
    await quiet(frame);
    expect(requested(frame)).to.deep.equal(needed(['faq-accordion', 'misconception-card']));
    el.toggleAttribute('structured-data', true);
    await waitFor(() => el.nextElementSibling?.matches('script[type="application/ld+json"]'), 5000, 'the JSON-LD script');
    expect(requested(frame)).to.include(jsonLd[0]);
  });

  it('upgrades an element added after load, downloading only its chunk then', async () => {
    const frame = await page(`<cooperation-table>${json(table)}</cooperation-table>`);
    await rendered(frame.doc.querySelector('cooperation-table')!);
    const before = requested(frame);
    const added = frame.doc.createElement('faq-accordion');
    added.innerHTML = json(faq); // test content, escaped by json()
    frame.doc.body.append(added);
    await rendered(added);
    await quiet(frame);
    const after = requested(frame).filter((file) => !before.includes(file));
    expect(after).to.deep.equal(needed(['faq-accordion']).filter((file) => !before.includes(file)));
    expect(after).to.include('cdn/faq-accordion.js');
  });

  it('upgrades elements inside a shadow root registered with watch(), also ones added to it later', async () => {
    const frame = await page('<div id="host"></div>');
    const shadow = frame.doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const inside = frame.doc.createElement('misconception-card');
    inside.innerHTML = json(card);
    shadow.append(inside);
    await frame.win.watchRoot(shadow);
    await rendered(inside);
    const later = frame.doc.createElement('indicator-tracker');
    later.innerHTML = json(tracker);
    shadow.append(later);
    await rendered(later);
    await quiet(frame);
    expect(requested(frame)).to.deep.equal(needed(['misconception-card', 'indicator-tracker']));
  });

  it('never imports a tag the page has already defined', async () => {
    const frame = await page(
      `<faq-accordion></faq-accordion><cooperation-table>${json(table)}</cooperation-table>`,
      `<script>customElements.define('faq-accordion', class PortalFaq extends HTMLElement {});</script>`,
    );
    await rendered(frame.doc.querySelector('cooperation-table')!);
    frame.doc.body.append(frame.doc.createElement('faq-accordion'));
    await frame.win.watchRoot(frame.doc);
    await quiet(frame);
    expect(frame.win.customElements.get('faq-accordion')!.name).to.equal('PortalFaq');
    expect(requested(frame)).to.deep.equal(needed(['cooperation-table']));
  });

  it('defines the provider before the components inside it, so their first render already has its settings', async () => {
    // The title's heading level when the FAQ first rendered its content: a provider defined later would reach it
    // only after a first render with the default level (2).
    const record = `<script>addEventListener('explainer-load', (e) => { window.firstTitle ??= e.target.shadowRoot.querySelector('[part~="title"]').localName; });</script>`;
    const frame = await page(`<explainer-provider heading-level="4"><faq-accordion>${json(faq)}</faq-accordion></explainer-provider>`, record);
    const el = frame.doc.querySelector('faq-accordion')!;
    await rendered(el);
    expect((frame.win as unknown as { firstTitle?: string }).firstTitle).to.equal('h4');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h4');
    expect(requested(frame)).to.deep.equal(needed(['explainer-provider', 'faq-accordion']));
  });

  it('on a server-rendered page, loads hydration support first, and the component takes over the server markup', async () => {
    const frame = await openFrame(pageHtml(await serverHtml('faq-accordion', faq)));
    const el = frame.doc.querySelector('faq-accordion')!;
    expect(el.shadowRoot, 'a declarative shadow root, before any script').to.exist;
    const before = allNodes(el.shadowRoot!);
    await hydrate(frame, '/__cdn/autoloader.js');
    await quiet(frame);
    expect((el as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 'live').to.be.true;
    const after = allNodes(el.shadowRoot!);
    expect(after.length, 'node count').to.equal(before.length);
    expect(after.filter((node, i) => node !== before[i]).length, 'nodes replaced').to.equal(0);
    expect(requested(frame)).to.deep.equal(needed(['hydrate', 'faq-accordion']));
    const files = timings(frame);
    expect(files.get('cdn/faq-accordion.js')!.startTime, 'the component chunk is requested once hydration support has loaded').to.be.at.least(
      files.get('cdn/hydrate.js')!.responseEnd,
    );
    expect(frame.problems).to.deep.equal([]);
    frame.remove();
  });

  it('on a server-rendered page with HTML content, holds hydration until the HTML reader is loaded, then takes over the server markup', async () => {
    const wordpress = (await (await fetch('/examples/content/cms/faq-accordion-wordpress.json')).json()) as unknown;
    const frame = await openFrame(pageHtml(await serverHtml('faq-accordion', wordpress)));
    const el = frame.doc.querySelector('faq-accordion')!;
    const before = allNodes(el.shadowRoot!);
    const busy: boolean[] = [];
    const watch = new frame.win.MutationObserver(() => busy.push(el.hasAttribute('aria-busy')));
    watch.observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
    await hydrate(frame, '/__cdn/autoloader.js');
    await quiet(frame);
    watch.disconnect();
    expect((el as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 'live').to.be.true;
    expect(busy, 'never a loading state').to.deep.equal([]);
    const after = allNodes(el.shadowRoot!);
    expect(after.length, 'node count').to.equal(before.length);
    expect(after.filter((node, i) => node !== before[i]).length, 'nodes replaced').to.equal(0);
    // The reader is the one file beyond what a Markdown page needs.
    const extra = requested(frame).filter((file) => !needed(['hydrate', 'faq-accordion']).includes(file));
    expect(extra.length, extra.join(', ')).to.equal(1);
    expect(extra[0]).to.match(/^cdn\/html-reader-dom-/);
    expect(el.shadowRoot!.querySelector('strong')?.textContent).to.equal('Germany\u2019s transition');
    expect(frame.problems).to.deep.equal([]);
    frame.remove();
  });
});

import { expect } from '@open-wc/testing';
import { auditRoot, RICH_TEXT_TAGS, tagNames } from '../security/dom-audit.js';
import { XSS_PAYLOADS } from '../security/xss-payloads.js';
import { hydrate, openFrame, pageHtml, serverHtml, TAGS, type Frame, type Tag } from './ssr-frame.js';

/**
 * Server HTML of hostile content (the XSS corpus in every field), parsed by the browser as a page and then hydrated:
 * nothing runs, no payload becomes an element or leaves the inline JSON script (each element's only light-DOM child,
 * its JSON the content as given), and the shadow roots pass the same audit as the live components'.
 */

/** Content with the payloads as items (one field each, every field), the first in the root fields. */
function hostile(tag: Tag, payloads: readonly string[]): unknown {
  const first = payloads[0]!;
  switch (tag) {
    case 'faq-accordion':
      return { title: first, intro: first, items: payloads.map((p, i) => ({ id: `q${i}`, question: p, answer: p, open: i % 2 === 0 })) };
    case 'cooperation-table':
      return {
        title: first,
        caption: first,
        columns: [{ key: 'area', label: first, rowHeader: true }, { key: 'v', label: first, sortable: true }],
        rows: payloads.map((p) => ({ area: p, v: p })),
        notes: payloads,
      };
    case 'misconception-card':
      return { title: first, intro: first, items: payloads.map((p) => ({ misconception: p, reality: p, verdict: 'misleading', sources: [{ label: p, url: p }] })) };
    case 'indicator-tracker':
      return {
        title: first,
        intro: first,
        statuses: { s: { label: first, tone: 'info' } },
        indicators: payloads.map((p) => ({ label: p, description: p, status: 's', progress: { value: 1, max: 2, label: p }, evidence: [{ date: '2026-01-01', text: p, url: p }] })),
      };
  }
}

const ATTRIBUTES: Record<Tag, Record<string, string | boolean>> = {
  'faq-accordion': { 'copy-links': true, 'structured-data': true },
  'cooperation-table': { sortable: true, filterable: true, downloadable: true },
  'misconception-card': { reveal: true },
  'indicator-tracker': { filterable: true, now: '2026-06-01' },
};

/** Traps anything a payload could call, in the frame, before any of its markup is parsed. */
const TRAP = `<script>for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) window[name] = () => { top.__xssCalls = (top.__xssCalls || 0) + 1; };</script>`;

/** JSON with every object's keys sorted (the content travels to the server and back: key order is not kept). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v));

type Top = Window & { __xss?: unknown; __xssCalls?: number };

/** The audit, with the one `<style>` a server-rendered root starts with (the component's own styles) set apart. */
function audit(root: ShadowRoot, allowed: ReadonlySet<string>): string[] {
  const styles = Array.from(root.querySelectorAll('style'));
  const own = styles.length === 1 && root.firstElementChild === styles[0];
  return [...auditRoot(root, allowed).filter((p) => !(own && p === 'forbidden element <style>')), ...(own ? [] : [`${styles.length} style elements`])];
}

describe('server rendering: the XSS corpus in every field', function () {
  this.timeout(120000);
  let frame: Frame | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    delete (window as Top).__xss;
    delete (window as Top).__xssCalls;
  });

  for (const tag of TAGS) {
    it(`${tag}: nothing runs, nothing leaves the inline JSON, and the markup passes the audit before and after hydration`, async () => {
      // The allow-list: what the server renders for benign content, plus the rich-text subset.
      const benign = hostile(tag, ['Benign [link](https://example.com/a)', 'Benign *two*']);
      frame = await openFrame(pageHtml(await serverHtml(tag, benign, { attributes: ATTRIBUTES[tag] })));
      const allowed = new Set([...tagNames(frame.elements()[0]!.shadowRoot!), ...RICH_TEXT_TAGS]);
      frame.remove();

      const batches: string[][] = [];
      for (let i = 0; i < XSS_PAYLOADS.length; i += 20) batches.push(XSS_PAYLOADS.slice(i, i + 20).map((p) => p.text));
      const contents = batches.map((batch) => hostile(tag, batch));
      const html = await Promise.all(contents.map((content) => serverHtml(tag, content, { attributes: ATTRIBUTES[tag], jsonLd: true })));
      frame = await openFrame(pageHtml(html.join('\n'), TRAP));
      const problems: string[] = [];
      const check = (when: string) =>
        frame!.elements().forEach((el, i) => {
          problems.push(...audit(el.shadowRoot!, allowed).map((p) => `${when}, batch ${i}: ${p}`));
          const children = Array.from(el.children);
          if (children.length !== 1 || children[0]!.localName !== 'script' || children[0]!.getAttribute('type') !== 'application/json') {
            problems.push(`${when}, batch ${i}: light DOM is ${children.map((c) => `<${c.localName}>`).join('')}`);
          } else if (canonical(JSON.parse(children[0]!.textContent)) !== canonical(contents[i])) {
            problems.push(`${when}, batch ${i}: the inline JSON is not the content`);
          }
        });
      // The page holds the elements and, after the FAQs and cards, their structured data: nothing else.
      // (The test server adds its own web-socket script to every page it serves.)
      const body = Array.from(frame.doc.body.children)
        .filter((c) => c.getAttribute('src') !== '/__web-dev-server__web-socket.js')
        .map((c) => (c.localName === 'script' ? `script ${c.getAttribute('type')}` : c.localName));
      const structured = tag === 'faq-accordion' || tag === 'misconception-card';
      expect([...new Set(body)].sort()).to.deep.equal(structured ? [tag, 'script application/ld+json'] : [tag]);
      expect(frame.elements()).to.have.length(batches.length);
      check('server markup');
      await hydrate(frame);
      for (const el of frame.elements() as (HTMLElement & { expandAll?(): void; revealAll?(): void; updateComplete: Promise<unknown> })[]) {
        el.expandAll?.();
        el.revealAll?.();
        for (const details of Array.from(el.shadowRoot!.querySelectorAll('details'))) details.open = true;
        await el.updateComplete;
      }
      check('hydrated and opened');
      // Let anything asynchronous (image errors, SVG loads, autofocus) happen before looking for effects.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(problems.slice(0, 20).join('\n'), `${problems.length} problem(s)`).to.equal('');
      expect((window as Top).__xss, 'top.__xss').to.equal(undefined);
      expect((window as Top).__xssCalls, 'dialogs, print, popups').to.equal(undefined);
      expect(frame.problems).to.deep.equal([]);
    });
  }
});

import { expect } from '@open-wc/testing';
import { allNodes, example, hydrate, openFrame, pageHtml, serializeRoot, serverHtml, type Frame } from './ssr-frame.js';

/**
 * When server markup cannot be hydrated, the component still shows its content once and works: markup written by
 * another version of the package (a template that does not match) and pages that load the components without Lit's
 * hydration support are rendered again from scratch, with one warning that says why.
 */

type Faq = HTMLElement & { updateComplete: Promise<unknown>; isOpen(index: number): boolean };

describe('server rendering: markup that cannot be hydrated is rendered again', function () {
  this.timeout(30000);
  let frame: Frame;
  afterEach(() => frame?.remove());

  /** Checks the FAQ shows every question once, with its styles, and toggles. */
  async function worksOnce(el: Faq, count: number): Promise<void> {
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="question"]').length, 'questions').to.equal(count);
    expect(root.querySelectorAll('[part~="list"]').length, 'lists').to.equal(1);
    // Styled: the host is a block, the toolbar aligned to the end.
    expect(getComputedStyle(root.querySelector('[part~="toolbar"]')!).textAlign).to.equal('end');
    root.querySelector<HTMLButtonElement>('[part~="question"]')!.click();
    await el.updateComplete;
    expect(el.isOpen(0)).to.be.true;
  }

  it('markup whose templates do not match this version: rendered again, once, with a warning', async () => {
    const faq = await example('faq-accordion');
    // Another version's template: the first item's digest differs from what this version computes.
    let changed = 0;
    const html = (await serverHtml('faq-accordion', faq)).replace(/<!--lit-part [^>]+?=-->(?=<!--lit-node 0--><div part="item")/, () => {
      changed++;
      return '<!--lit-part AAAAAAAAAAA=-->';
    });
    expect(changed, 'digest replaced').to.equal(1);
    frame = await openFrame(pageHtml(html));
    await hydrate(frame);
    const el = frame.doc.querySelector<Faq>('faq-accordion')!;
    await worksOnce(el, (faq.items as unknown[]).length);
    expect(frame.problems).to.have.length(1);
    expect(frame.problems[0]).to.match(/^console\.warn: explainer-elements: the server-rendered markup of <faq-accordion> does not match/);
  });

  it('components loaded without hydration support: the markup is rendered again, once, with a warning', async () => {
    const faq = await example('faq-accordion');
    frame = await openFrame(pageHtml(await serverHtml('faq-accordion', faq)));
    const el = frame.doc.querySelector<Faq>('faq-accordion')!;
    const before = allNodes(el.shadowRoot!);
    const html = serializeRoot(el.shadowRoot!);
    // The components without Lit's hydration support (what bundle.js and hydrate.js add).
    await hydrate(frame, '/src/index.ts');
    await worksOnce(el, (faq.items as unknown[]).length);
    const after = allNodes(el.shadowRoot!);
    expect(after.filter((node) => before.includes(node)), 'server nodes kept').to.deep.equal([]);
    expect(html).to.contain('part="question"');
    expect(frame.problems).to.have.length(1);
    expect(frame.problems[0]).to.match(/^console\.warn: explainer-elements: <faq-accordion> was rendered on a server, but Lit's hydration support was not loaded first/);
  });
});

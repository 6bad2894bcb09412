import { expect } from '@open-wc/testing';
import { allNodes, BUNDLE, formState, hostAttributes, hydrate, nextFrames, openFrame, pageHtml, serializeRoot, serverHtml, whenLive, type Frame } from './ssr-frame.js';

/**
 * Server-rendered HTML content (`"format": "html"`): the server reads it with parse5, the browser with its own parser;
 * both give the same markup, so the page hydrates without replacing a node, without a loading state and without a
 * warning (hydrate.js installs the browser's reader before the components' first render).
 */

async function cms(file: string): Promise<unknown> {
  return (await fetch(`/examples/content/cms/${file}`)).json();
}

describe('server rendering: HTML content', function () {
  this.timeout(30000);
  let frame: Frame;
  afterEach(() => frame?.remove());

  it('the WordPress and Drupal examples render on the server in the subset and hydrate keeping every node', async () => {
    const faq = await serverHtml('faq-accordion', await cms('faq-accordion-wordpress.json'), { attributes: { 'copy-links': true } });
    const cards = await serverHtml('misconception-card', await cms('misconception-card-drupal.json'));
    frame = await openFrame(pageHtml(`${faq}\n${cards}`));
    const before = frame.elements().map((el) => ({ html: serializeRoot(el.shadowRoot!), attributes: hostAttributes(el), forms: formState(el.shadowRoot!), nodes: [el, ...allNodes(el.shadowRoot!)] }));
    // Before any script: the server's markup holds the subset and nothing else from the CMS.
    const [answer] = Array.from(frame.elements()[0]!.shadowRoot!.querySelectorAll('[part~="answer-body"]'));
    expect(answer!.querySelector('strong')!.textContent).to.equal('Germany\u2019s transition');
    expect(frame.doc.querySelector('faq-accordion')!.shadowRoot!.querySelector('img, iframe, figure')).to.equal(null);
    expect(frame.elements()[1]!.shadowRoot!.querySelector('drupal-media')).to.equal(null);

    const loads: string[] = [];
    frame.doc.addEventListener('explainer-load', (e) => loads.push((e.target as Element).localName));
    await hydrate(frame);
    frame.elements().forEach((el, i) => {
      expect((el as HTMLElement & { hasUpdated: boolean }).hasUpdated, el.localName).to.equal(true);
      expect(serializeRoot(el.shadowRoot!), `${el.localName}: shadow root`).to.equal(before[i]!.html);
      expect(hostAttributes(el), `${el.localName}: host attributes`).to.deep.equal(before[i]!.attributes);
      expect(formState(el.shadowRoot!), `${el.localName}: form state`).to.deep.equal(before[i]!.forms);
      const nodes = [el, ...allNodes(el.shadowRoot!)];
      expect(nodes.length, `${el.localName}: node count`).to.equal(before[i]!.nodes.length);
      expect(nodes.filter((node, n) => node !== before[i]!.nodes[n]).length, `${el.localName}: nodes replaced`).to.equal(0);
      expect(el.hasAttribute('aria-busy'), `${el.localName}: no loading state`).to.equal(false);
    });
    expect(loads.sort()).to.deep.equal(['faq-accordion', 'misconception-card']);
    expect(frame.problems).to.deep.equal([]);
  });

  it('waits for the HTML reader with defer-hydration (the server markup stays, no loading state), and a page without HTML content never sets it', async () => {
    const wordpress = await serverHtml('faq-accordion', await cms('faq-accordion-wordpress.json'));
    const markdown = await serverHtml('misconception-card', await (await fetch('/examples/content/asean-germany/misconception-card.json')).json());
    frame = await openFrame(pageHtml(`${wordpress}\n${markdown}`));
    const [faq, cards] = frame.elements();
    const serverMarkup = serializeRoot(faq!.shadowRoot!);
    const seen: { faq: boolean; cards: boolean; busy: boolean }[] = [];
    const watch = new frame.win.MutationObserver(() => seen.push({ faq: faq!.hasAttribute('defer-hydration'), cards: cards!.hasAttribute('defer-hydration'), busy: faq!.hasAttribute('aria-busy') }));
    watch.observe(frame.doc.body, { attributes: true, subtree: true, attributeFilter: ['defer-hydration', 'aria-busy'] });
    await hydrate(frame);
    watch.disconnect();
    // Set while the reader loaded, then removed; never on the Markdown element, never a loading state.
    expect(seen.map((s) => s.faq)).to.deep.equal([true, false]);
    expect(seen.some((s) => s.cards || s.busy)).to.equal(false);
    expect(serializeRoot(faq!.shadowRoot!)).to.equal(serverMarkup);
    expect(frame.problems).to.deep.equal([]);
  });

  it('an element taken out of the page while the reader loads hydrates when it is put back', async () => {
    frame = await openFrame(pageHtml(await serverHtml('faq-accordion', await cms('faq-accordion-wordpress.json'))));
    const [faq] = frame.elements();
    const before = allNodes(faq!.shadowRoot!);
    const parent = faq!.parentNode!;
    // Taken out as soon as it is defined (the reader, a chunk of its own, is still on its way).
    void frame.win.customElements.whenDefined('faq-accordion').then(() => faq!.remove());
    const script = Object.assign(frame.doc.createElement('script'), { type: 'module', src: BUNDLE });
    frame.doc.head.append(script);
    await frame.win.customElements.whenDefined('faq-accordion');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(faq!.isConnected).to.equal(false);
    expect((faq as HTMLElement & { hasUpdated: boolean }).hasUpdated, 'no update while out of the page').to.equal(false);
    parent.append(faq!);
    await whenLive(frame);
    await nextFrames(frame.win, 1);
    expect((faq as HTMLElement & { hasUpdated: boolean }).hasUpdated).to.equal(true);
    expect(faq!.hasAttribute('defer-hydration')).to.equal(false);
    const after = allNodes(faq!.shadowRoot!);
    expect(after.length).to.equal(before.length);
    expect(after.filter((node, n) => node !== before[n]).length, 'nodes replaced').to.equal(0);
    // Live: the first question's button opens its answer.
    const button = faq!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    button.click();
    await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(frame.problems).to.deep.equal([]);
  });
});

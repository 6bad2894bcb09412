import { expect } from '@open-wc/testing';
import { allNodes, formState, hostAttributes, hydrate, openFrame, pageHtml, serializeRoot, serverHtml, type Frame } from './ssr-frame.js';

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
});

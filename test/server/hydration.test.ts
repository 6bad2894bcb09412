import { expect } from '@open-wc/testing';
import {
  allNodes,
  examplePage,
  formState,
  hostAttributes,
  hydrate,
  openFrame,
  pageHtml,
  serializeRoot,
  TAGS,
  type Frame,
} from './ssr-frame.js';

/**
 * Hydration: a page of server-rendered components becomes live when the bundle loads, keeping every node the server
 * wrote, and its first render changes nothing: no attribute, `hidden`, `aria-*`, text or form state.
 */

interface Snapshot {
  html: string[];
  attributes: string[][];
  forms: string[][];
  nodes: Node[][];
}

function snapshot(frame: Frame): Snapshot {
  const els = frame.elements();
  return {
    html: els.map((el) => serializeRoot(el.shadowRoot!)),
    attributes: els.map(hostAttributes),
    forms: els.map((el) => formState(el.shadowRoot!)),
    nodes: els.map((el) => [el, el.shadowRoot!, ...allNodes(el.shadowRoot!), ...allNodes(el)]),
  };
}

describe('server rendering: hydration keeps the server markup', function () {
  this.timeout(30000);
  let frame: Frame;
  afterEach(() => frame?.remove());

  it('turns every example component live without replacing or changing a node', async () => {
    frame = await openFrame(pageHtml(await examplePage()));
    const before = snapshot(frame);
    expect(frame.elements().map((el) => el.localName)).to.deep.equal([...TAGS]);
    // Before the script: the declarative shadow roots are there, and nothing is defined.
    for (const el of frame.elements()) {
      expect(el.shadowRoot, el.localName).to.exist;
      expect(frame.win.customElements.get(el.localName), el.localName).to.equal(undefined);
    }
    const loads: string[] = [];
    frame.doc.addEventListener('explainer-load', (e) => loads.push((e.target as Element).localName));

    await hydrate(frame);
    const after = snapshot(frame);
    for (const [i, tag] of TAGS.entries()) {
      const el = frame.elements()[i] as HTMLElement & { hasUpdated: boolean };
      expect(el.hasUpdated, `${tag} is live`).to.be.true;
      expect(after.html[i], `${tag}: shadow root`).to.equal(before.html[i]);
      expect(after.attributes[i], `${tag}: host attributes`).to.deep.equal(before.attributes[i]);
      expect(after.forms[i], `${tag}: form state`).to.deep.equal(before.forms[i]);
      expect(after.nodes[i]!.length, `${tag}: node count`).to.equal(before.nodes[i]!.length);
      const replaced = after.nodes[i]!.filter((node, n) => node !== before.nodes[i]![n]);
      expect(replaced.length, `${tag}: nodes replaced`).to.equal(0);
    }
    expect(loads.sort(), 'explainer-load, once per element').to.deep.equal([...TAGS].sort());
    expect(frame.problems).to.deep.equal([]);
  });
});

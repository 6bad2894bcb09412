import { expect } from '@open-wc/testing';
import { createAutoloader, type AutoloaderOptions } from '../../src/autoloader/autoloader.js';
import { waitFor } from '../helpers/dom.js';

// The engine, with loaders that define small test elements: which loaders run, when, and in what order.
// (The package's own tags and chunks are tested on the built CDN files in cdn.test.ts.)

let n = 0;
/** Unique tag names per test: the custom element registry lives as long as the page. */
const tags = (...names: string[]) => {
  n += 1;
  return names.map((name) => `auto${n}-${name}`);
};

/** Loaders for `names` that record each call and define the tag when called (after `delay` ms). */
function recordingLoaders(names: string[], delay = 0) {
  const calls: string[] = [];
  const loaders: AutoloaderOptions['loaders'] = Object.fromEntries(
    names.map((tag) => [
      tag,
      async () => {
        calls.push(tag);
        await new Promise((r) => setTimeout(r, delay));
        if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
      },
    ]),
  );
  return { calls, loaders };
}

function container(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup; // test markup only
  document.body.append(div);
  return div;
}

describe('autoloader engine', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('loads the modules of the tags found under a root, each once, and no other', async () => {
    const [a, b, c] = tags('a', 'b', 'c');
    const { calls, loaders } = recordingLoaders([a!, b!, c!]);
    const root = container(`<${a}></${a}><section><${a}></${a}><${b}></${b}></section><other-el></other-el>`);
    await createAutoloader({ loaders }).watch(root);
    expect(calls.sort()).to.deep.equal([a, b].sort());
    expect(customElements.get(a!)).to.exist;
    expect(customElements.get(c!)).to.be.undefined;
  });

  it('the root element itself counts', async () => {
    const [a] = tags('a');
    const { calls, loaders } = recordingLoaders([a!]);
    const el = document.createElement(a!);
    document.body.append(el);
    await createAutoloader({ loaders }).watch(el);
    expect(calls).to.deep.equal([a]);
  });

  it('loads the module of an element added later, also deep inside an added subtree', async () => {
    const [a, b] = tags('a', 'b');
    const { calls, loaders } = recordingLoaders([a!, b!]);
    const root = container('');
    await createAutoloader({ loaders }).watch(root);
    expect(calls).to.deep.equal([]);
    root.append(document.createElement(a!));
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<p><${b}></${b}></p>`; // test markup only
    root.append(wrapper);
    await waitFor(() => customElements.get(a!) && customElements.get(b!), 3000, 'both tags defined');
    expect(calls).to.deep.equal([a, b]);
  });

  it('a tag already defined is never imported, and one found twice while loading is imported once', async () => {
    const [a, b] = tags('a', 'b');
    customElements.define(a!, class extends HTMLElement {});
    const { calls, loaders } = recordingLoaders([a!, b!], 20);
    const root = container(`<${a}></${a}><${b}></${b}>`);
    const loader = createAutoloader({ loaders });
    const first = loader.watch(root);
    root.append(document.createElement(b!)); // seen by the observer while b is still loading
    await Promise.all([first, loader.watch(root)]);
    root.append(document.createElement(a!), document.createElement(b!)); // both defined by now
    await loader.watch(root);
    expect(calls).to.deep.equal([b]);
  });

  it('watches a shadow root it is given: elements inside, now and added later', async () => {
    const [a, b] = tags('a', 'b');
    const { calls, loaders } = recordingLoaders([a!, b!]);
    const loader = createAutoloader({ loaders });
    await loader.watch(document);
    const host = container('');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement(a!));
    // The document's observer does not see into shadow roots.
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).to.deep.equal([]);
    await loader.watch(shadow);
    expect(calls).to.deep.equal([a]);
    shadow.append(document.createElement(b!));
    await waitFor(() => customElements.get(b!), 3000, 'the tag added to the shadow root defined');
    expect(calls).to.deep.equal([a, b]);
  });

  it('loads the `first` tags (the provider) before the others found with them', async () => {
    const [provider, x, y] = tags('provider', 'x', 'y');
    const order: string[] = [];
    const loaders = Object.fromEntries(
      [provider!, x!, y!].map((tag) => [
        tag,
        async () => {
          order.push(`start ${tag}`);
          await new Promise((r) => setTimeout(r, tag === provider ? 30 : 0));
          order.push(`end ${tag}`);
        },
      ]),
    );
    const root = container(`<${x}></${x}><${provider}><${y}></${y}></${provider}>`);
    await createAutoloader({ loaders, first: [provider!] }).watch(root);
    expect(order.slice(0, 2)).to.deep.equal([`start ${provider}`, `end ${provider}`]);
    expect(order.slice(2).sort()).to.deep.equal([`end ${x}`, `end ${y}`, `start ${x}`, `start ${y}`].sort());
  });

  it('loads hydration support first, once, and only when a found element already has a shadow root', async () => {
    const [a, b] = tags('a', 'b');
    const order: string[] = [];
    const { loaders } = recordingLoaders([a!, b!]);
    const recorded = Object.fromEntries(Object.entries(loaders).map(([tag, load]) => [tag, () => (order.push(tag), load())]));
    const hydrate = () => (order.push('hydrate'), Promise.resolve());
    const loader = createAutoloader({ loaders: recorded, hydrate });

    const plain = container(`<${a}></${a}>`);
    await loader.watch(plain);
    expect(order).to.deep.equal([a]);

    // As the parser leaves a server-rendered element: its declarative shadow root attached before it upgrades.
    const rendered = document.createElement(b!);
    rendered.attachShadow({ mode: 'open' }).append('server-rendered');
    const other = container('');
    other.append(rendered);
    await loader.watch(other);
    other.append(document.createElement(b!));
    await loader.watch(other);
    expect(order).to.deep.equal([a, 'hydrate', b]);
  });

  it('a module that fails to load rejects, and the next sighting tries again', async () => {
    const [a] = tags('a');
    let attempts = 0;
    const loaders = {
      [a!]: () => {
        attempts += 1;
        if (attempts === 1) return Promise.reject(new Error('offline'));
        customElements.define(a!, class extends HTMLElement {});
        return Promise.resolve();
      },
    };
    const loader = createAutoloader({ loaders });
    const root = container(`<${a}></${a}>`);
    let error: unknown;
    await loader.watch(root).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('offline');
    await loader.watch(root);
    expect(attempts).to.equal(2);
    expect(customElements.get(a!)).to.exist;
  });
});

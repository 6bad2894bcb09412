import { expect } from '@open-wc/testing';
import { onlyIn } from '../helpers/engine.js';

/**
 * Creating and removing each component 1,000 times must leave no growing global listeners, no observers still
 * watching, and no heap growth beyond a generous bound.
 */

type Counted = { window: number; document: number; observers: number };

const counts: Counted = { window: 0, document: 0, observers: 0 };
const tracked = new WeakSet<MutationObserver>();

function instrument(): () => void {
  const winAdd = window.addEventListener.bind(window);
  const winRemove = window.removeEventListener.bind(window);
  const docAdd = document.addEventListener.bind(document);
  const docRemove = document.removeEventListener.bind(document);
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  window.addEventListener = ((...args: Parameters<typeof winAdd>) => (counts.window++, winAdd(...args))) as typeof window.addEventListener;
  window.removeEventListener = ((...args: Parameters<typeof winRemove>) => (counts.window--, winRemove(...args))) as typeof window.removeEventListener;
  document.addEventListener = ((...args: Parameters<typeof docAdd>) => (counts.document++, docAdd(...args))) as typeof document.addEventListener;
  document.removeEventListener = ((...args: Parameters<typeof docRemove>) => (counts.document--, docRemove(...args))) as typeof document.removeEventListener;
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    if (!tracked.has(this)) {
      tracked.add(this);
      counts.observers++;
    }
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    if (tracked.has(this)) {
      tracked.delete(this);
      counts.observers--;
    }
    return disconnect.apply(this);
  };
  return () => {
    window.addEventListener = winAdd;
    window.removeEventListener = winRemove;
    document.addEventListener = docAdd;
    document.removeEventListener = docRemove;
    MutationObserver.prototype.observe = observe;
    MutationObserver.prototype.disconnect = disconnect;
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

async function cycle(tag: string, content: unknown, times: number): Promise<void> {
  const host = document.createElement('div');
  document.body.append(host);
  for (let i = 0; i < times; i += 1) {
    const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    el.data = content;
    host.append(el);
    await el.updateComplete;
    // Interact, so per-item state and pending events are created too.
    el.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click();
    el.remove();
  }
  host.remove();
}

describe('security: no leaks when components are created and removed 1,000 times', function () {
  this.timeout(120000);
  let components: { tag: string; file: string }[] = [];
  let restore: () => void;
  before(async () => {
    await import('../../src/index.js');
    components = (await (await fetch('/test/security/components.json')).json()) as typeof components;
    restore = instrument();
  });
  after(() => restore());

  it('has garbage collection exposed, so the heap figure means something', async function () {
    // Listeners and observers are counted in every engine; the heap only where a page can force a collection.
    await onlyIn(this, ['chromium'], 'only Chromium exposes gc() and performance.memory to a page (--js-flags=--expose-gc)');
    expect(gc, 'Chromium must run with --js-flags=--expose-gc').to.be.a('function');
  });

  it('leaves no global listeners, observers or heap growth behind', async () => {
    for (const { tag, file } of components) {
      const content: unknown = await (await fetch(`/examples/content/asean-germany/${file}`)).json();
      await cycle(tag, content, 20); // warm up caches, styles and JIT
      gc?.();
      const before = { ...counts, heap: heap() };
      await cycle(tag, content, 1000);
      await new Promise((r) => setTimeout(r, 50));
      gc?.();
      const growth = heap() - before.heap;
      expect(counts.window, `${tag}: window listeners`).to.equal(before.window);
      expect(counts.document, `${tag}: document listeners`).to.equal(before.document);
      expect(counts.observers, `${tag}: mutation observers still observing`).to.equal(before.observers);
      // Without gc() (Firefox, WebKit) the heap figure means nothing; the test above makes Chromium provide it.
      if (gc) expect(growth, `${tag}: heap growth in bytes after 1,000 cycles`).to.be.below(2_000_000);
    }
  });
});

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { onlyIn } from '../helpers/engine.js';
import { BUNDLE, examplePage, hydrate, nextFrames, openFrame, pageHtml, whenLive, type Frame } from './ssr-frame.js';

/**
 * Hydration moves nothing: the server HTML paints in the components' interactive initial state, and the live
 * components keep every box where it was. Chromium measures it as the browser does (layout-shift entries from the end
 * of parsing until the components are live, under a throttled network, so the page paints long before the script
 * arrives); every engine compares every element's box before and after hydration.
 */

/** Every element's box in every component (host and shadow root), in document order. */
function boxes(frame: Frame): string[] {
  return frame.elements().flatMap((host) =>
    [host, ...Array.from(host.shadowRoot!.querySelectorAll('*'))].map((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return `${host.localName} <${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> ${[x, y, width, height].map((n) => n.toFixed(1)).join(' ')}`;
    }),
  );
}

interface Shifts {
  /** Layout-shift score after the end of parsing (CLS over that window). */
  score: number;
  /** Whether the page painted before the components were defined (the hydrating script had arrived). */
  paintedFirst: boolean;
  /** When the page first painted and when the components were defined, in ms since the frame's navigation. */
  paint: number;
  defined: number;
}

/** Marks the moment the components are defined (a classic script in the page's head: it runs during parsing). */
const MARK_DEFINED = `<script>customElements.whenDefined('faq-accordion').then(() => performance.mark('explainer-defined'));</script>`;

/** Layout shifts in a Chromium frame since its parsing ended, and whether it painted before the components were defined. */
async function layoutShifts(frame: Frame): Promise<Shifts> {
  const { win } = frame;
  const entries: (PerformanceEntry & { value: number; hadRecentInput: boolean })[] = [];
  const observer = new win.PerformanceObserver((list) => entries.push(...(list.getEntries() as typeof entries)));
  observer.observe({ type: 'layout-shift', buffered: true });
  await nextFrames(win, 3);
  entries.push(...(observer.takeRecords() as typeof entries));
  observer.disconnect();
  const parsed = (win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
  const paint = win.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
  const defined = win.performance.getEntriesByName('explainer-defined')[0]?.startTime ?? -Infinity;
  return {
    score: entries.filter((e) => e.startTime >= parsed && !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0),
    paintedFirst: paint < defined,
    paint,
    defined,
  };
}

/** A slow network: every request waits 150 ms and the page downloads at about 200 KB/s. */
const SLOW = { latency: 150, throughput: 200 * 1024 };

describe('server rendering: hydration moves nothing', function () {
  this.timeout(90000);
  let frame: Frame | undefined;
  afterEach(async () => {
    frame?.remove();
    frame = undefined;
    await executeServerCommand('ssr-throttle', null);
  });

  for (const width of [800, 360]) {
    it(`every element keeps its box when the components hydrate (${width} px wide)`, async () => {
      frame = await openFrame(pageHtml(await examplePage()), { width });
      await nextFrames(frame.win, 2);
      const before = boxes(frame);
      expect(before.length).to.be.greaterThan(100);
      await hydrate(frame);
      expect(boxes(frame)).to.deep.equal(before);
    });
  }

  it('Chromium: CLS from the end of parsing until the components are live stays below 0.01 on a throttled network', async function () {
    await onlyIn(this, ['chromium'], 'layout-shift entries and network throttling through the DevTools protocol are Chromium only (every engine compares the boxes above)');
    expect(await executeServerCommand('ssr-throttle', SLOW)).to.equal(true);
    frame = await openFrame(pageHtml(await examplePage(), `${MARK_DEFINED}<script type="module" src="${BUNDLE}"></script>`));
    await whenLive(frame);
    expect(frame.elements().every((el) => (el as HTMLElement & { hasUpdated: boolean }).hasUpdated), 'live').to.be.true;
    const { score, paintedFirst, paint, defined } = await layoutShifts(frame);
    expect(paintedFirst, 'the server HTML painted before the components were defined').to.be.true;
    console.log(`CLS on hydration: ${score.toFixed(4)} (first paint at ${Math.round(paint)} ms, components defined at ${Math.round(defined)} ms)`);
    expect(score).to.be.below(0.01);
    expect(frame.problems).to.deep.equal([]);
  });

  it('Chromium: the same measurement sees a shift a late script causes (the harness can fail)', async function () {
    await onlyIn(this, ['chromium'], 'layout-shift entries and network throttling through the DevTools protocol are Chromium only');
    await executeServerCommand('ssr-throttle', SLOW);
    const late = `<script type="module">await import('${BUNDLE}'); const gap = document.createElement('div'); gap.style.height = '120px'; document.body.prepend(gap);</script>`;
    frame = await openFrame(pageHtml(await examplePage(), MARK_DEFINED + late));
    await whenLive(frame);
    await nextFrames(frame.win, 2);
    const { score, paintedFirst } = await layoutShifts(frame);
    expect(paintedFirst).to.be.true;
    expect(score).to.be.above(0.05);
  });
});

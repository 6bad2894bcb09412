import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ExplainerErrorDetail, ExplainerLoadDetail } from '../../src/index.js';
import { exampleUrl } from '../helpers/content.js';
import { part, parts, settle, text, waitFor } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { spyOnFetch, type FetchCall } from '../helpers/fetch-spy.js';

/**
 * Faulty `src` responses, for every component: each fault gives the error state and `explainer-error` naming `src`;
 * races, disconnects and failed reloads never show stale or late content and never leave a request running.
 */

interface Component {
  tag: string;
  file: string;
  /** The part each item has (to count what rendered). */
  item: string;
  /** Small valid content whose first item says "Last src wins". */
  minimal: unknown;
}

type Lit = HTMLElement & { src?: string; updateComplete: Promise<unknown>; reload(): void };

/** Each fault: a `src`, optionally a `fetch-timeout`, and what the error must say. */
const FAULTS: { name: string; src: string; timeout?: number; message: RegExp }[] = [
  { name: '404', src: '/mock/status/404', message: /answered 404/ },
  { name: '500', src: '/mock/status/500', message: /answered 500/ },
  { name: 'invalid JSON', src: '/mock/invalid-json', message: /is not valid JSON/ },
  { name: 'a wrong content type', src: '/mock/text', message: /expected JSON, got content of type "text\/html"/ },
  { name: 'a 5 MB body', src: '/mock/big', message: /too large/ },
  { name: 'a request that never answers (fetch-timeout)', src: '/mock/slow?ms=3000', timeout: 150, message: /timed out/ },
];

const slowFile = (ms: number, file: string) => `/mock/slow?ms=${ms}&file=${encodeURIComponent(exampleUrl(file.replace(/\.json$/, '')))}`;
const slowJson = (ms: number, json: unknown) => `/mock/slow?ms=${ms}&json=${encodeURIComponent(JSON.stringify(json))}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function create(tag: string, attributes: Record<string, string> = {}): { el: Lit; seen: CustomEvent[] } {
  const el = document.createElement(tag) as Lit;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const seen = recordEvents(el, 'explainer-load', 'explainer-error');
  return { el, seen };
}

const ofType = <T>(seen: CustomEvent[], type: string) => seen.filter((e) => e.type === type) as CustomEvent<T>[];

describe('security: faulty src responses, for every component', function () {
  this.timeout(20000);
  let components: Component[] = [];
  let spy: ReturnType<typeof spyOnFetch>;
  let unique = 0;

  before(async () => {
    components = (await (await fetch('/test/security/components.json')).json()) as Component[];
    expect(components.length).to.equal(4);
    spy = spyOnFetch();
  });
  after(() => spy.restore());
  afterEach(() => {
    spy.calls.length = 0;
  });

  /** The requests made for `fragment` (ignores the tests' own fetches). */
  const callsFor = (fragment: string): FetchCall[] => spy.calls.filter((c) => c.url.includes(fragment));

  it('covers all four components', () => {
    expect(components.map((c) => c.tag).sort()).to.deep.equal(['cooperation-table', 'faq-accordion', 'indicator-tracker', 'misconception-card']);
  });

  describe('each fault gives the error state and explainer-error naming src', () => {
    for (const fault of FAULTS) {
      it(`${fault.name}`, async () => {
        for (const { tag, item } of components) {
          const { el, seen } = create(tag, fault.timeout ? { 'fetch-timeout': String(fault.timeout) } : {});
          el.setAttribute('src', fault.src);
          document.body.append(el);
          if (fault.timeout) {
            await settle(el);
            expect(el.getAttribute('aria-busy'), `${tag}: busy while waiting`).to.equal('true');
            expect(parts(el, 'loading'), `${tag}: loading state`).to.have.length(1);
          }
          await waitFor(() => ofType(seen, 'explainer-error').length > 0, 5000, `${tag}: explainer-error for ${fault.name}`);
          await settle(el);
          const events = ofType<ExplainerErrorDetail>(seen, 'explainer-error');
          expect(events, `${tag}: one explainer-error`).to.have.length(1);
          const detail = events[0]!.detail;
          expect(detail.kind, tag).to.equal('network');
          expect(detail.fatal, tag).to.be.true;
          expect(detail.errors, tag).to.have.length(1);
          expect(detail.errors[0]!.path, tag).to.equal('src');
          expect(detail.errors[0]!.message, tag).to.match(fault.message);
          expect(events[0]!.bubbles && events[0]!.composed, `${tag}: bubbles and composed`).to.be.true;
          expect(ofType(seen, 'explainer-load'), `${tag}: no load`).to.have.length(0);
          const error = part(el, 'error');
          expect(error.getAttribute('role'), `${tag}: the error state is an alert`).to.equal('alert');
          expect(text(error), tag).to.contain(`src: ${detail.errors[0]!.message}`);
          expect(parts(el, 'retry'), `${tag}: a retry button`).to.have.length(1);
          expect(parts(el, item), `${tag}: no content`).to.have.length(0);
          expect(parts(el, 'loading'), `${tag}: no loading state left`).to.have.length(0);
          expect(el.hasAttribute('aria-busy'), `${tag}: not busy any more`).to.be.false;
          const [call] = callsFor(fault.src.split('?')[0]!);
          expect(call?.init?.credentials, `${tag}: credentials`).to.equal('same-origin');
          expect(spy.active(), `${tag}: no request left running`).to.deep.equal([]);
          el.remove();
        }
      });
    }
  });

  it('src changed twice quickly: the last wins, the others are aborted and never render', async () => {
    for (const { tag, file, item, minimal } of components) {
      const { el, seen } = create(tag);
      // The first answers before the last, the second after it: neither may ever show.
      const first = slowFile(100, file);
      const second = slowFile(500, file);
      const last = slowJson(250, minimal);
      el.setAttribute('src', first);
      document.body.append(el);
      await el.updateComplete;
      el.src = second;
      await el.updateComplete;
      el.src = last;
      await el.updateComplete;
      await waitFor(() => seen.length > 0, 10000, `${tag}: the last src`);
      await sleep(450);
      await settle(el);
      const loads = ofType<ExplainerLoadDetail>(seen, 'explainer-load');
      expect(seen.map((e) => e.type), `${tag}: events`).to.deep.equal(['explainer-load']);
      expect(loads[0]!.detail, tag).to.deep.equal({ count: 1, source: 'src' });
      expect(parts(el, item), `${tag}: only the last content`).to.have.length(1);
      expect(el.shadowRoot!.textContent, tag).to.contain('Last src wins');
      const calls = spy.calls.filter((c) => c.url.includes('/mock/slow'));
      expect(calls.map((c) => c.url), tag).to.deep.equal([first, second, last]);
      expect(calls.map((c) => c.signal?.aborted), `${tag}: aborted`).to.deep.equal([true, true, false]);
      expect(calls.map((c) => c.state), `${tag}: ended`).to.deep.equal(['rejected', 'rejected', 'resolved']);
      expect((calls[0]!.error as Error).name, tag).to.equal('AbortError');
      el.remove();
      spy.calls.length = 0;
    }
  });

  it('disconnect mid-fetch: the request is aborted, nothing renders or fires late, and reconnecting fetches again', async () => {
    for (const { tag, file, item } of components) {
      const { el, seen } = create(tag, { 'fetch-timeout': '400' });
      const src = slowFile(300, file);
      el.setAttribute('src', src);
      document.body.append(el);
      await el.updateComplete;
      const [call] = callsFor('/mock/slow');
      expect(call?.state, `${tag}: fetching`).to.equal('pending');
      el.remove();
      // Past the answer and past the timeout: neither may surface.
      await sleep(600);
      expect(call!.signal?.aborted, `${tag}: aborted`).to.be.true;
      expect(call!.state, `${tag}: the request ended`).to.equal('rejected');
      expect(spy.active(), `${tag}: no request left running`).to.deep.equal([]);
      expect(seen, `${tag}: no late explainer-load or explainer-error`).to.deep.equal([]);
      expect(parts(el, item), `${tag}: no late render`).to.have.length(0);
      expect(parts(el, 'error'), `${tag}: no error state`).to.have.length(0);
      // The reconnected fetch gets room: on a loaded machine 300 ms of server delay can take longer than 400 ms.
      el.setAttribute('fetch-timeout', '10000');
      document.body.append(el);
      await waitFor(() => seen.length > 0, 10000, `${tag}: load after reconnecting`);
      await settle(el);
      expect(seen.map((e) => e.type), tag).to.deep.equal(['explainer-load']);
      expect(parts(el, item).length, `${tag}: content after reconnecting`).to.be.greaterThan(0);
      expect(callsFor('/mock/slow'), `${tag}: fetched again`).to.have.length(2);
      el.remove();
      spy.calls.length = 0;
    }
  });

  describe('a failed reload after a good load keeps the good content', () => {
    async function loadGood(tag: string, src: string): Promise<{ el: Lit; seen: CustomEvent[]; count: number }> {
      const { el, seen } = create(tag);
      el.setAttribute('src', src);
      document.body.append(el);
      await waitFor(() => seen.length > 0, 10000, `${tag}: the good load`);
      await settle(el);
      expect(seen.map((e) => e.type), `${tag}: good load`).to.deep.equal(['explainer-load']);
      return { el, seen, count: (seen[0] as CustomEvent<ExplainerLoadDetail>).detail.count };
    }

    async function expectStale(tag: string, item: string, el: Lit, seen: CustomEvent[], count: number): Promise<void> {
      await waitFor(() => seen.length > 1, 10000, `${tag}: explainer-error after the reload`);
      await settle(el);
      expect(seen.map((e) => e.type), tag).to.deep.equal(['explainer-load', 'explainer-error']);
      const detail = (seen[1] as CustomEvent<ExplainerErrorDetail>).detail;
      expect(detail.fatal, `${tag}: not fatal`).to.be.false;
      expect(detail.kind, tag).to.equal('network');
      expect(detail.errors.map((e) => e.path), tag).to.deep.equal(['src']);
      expect(detail.errors[0]!.message, tag).to.contain('500');
      const notice = part(el, 'stale-notice');
      expect(notice.matches('[part~="error"]'), `${tag}: the notice is an error part`).to.be.true;
      expect(notice.getAttribute('role'), `${tag}: a polite notice, not an alert`).to.equal('status');
      expect(el.shadowRoot!.querySelectorAll('[role="alert"]'), `${tag}: no error state`).to.have.length(0);
      expect(parts(el, item).length, `${tag}: the good content stays`).to.be.greaterThan(0);
      expect(Number((seen[0] as CustomEvent<ExplainerLoadDetail>).detail.count), tag).to.equal(count);
      expect(spy.active(), `${tag}: no request left running`).to.deep.equal([]);
    }

    it('reload() of the same src failing', async () => {
      for (const { tag, file, item } of components) {
        const src = `/mock/once?key=${Date.now()}-${unique++}&file=${encodeURIComponent(exampleUrl(file.replace(/\.json$/, '')))}`;
        const { el, seen, count } = await loadGood(tag, src);
        const before = parts(el, item).length;
        el.reload();
        await expectStale(tag, item, el, seen, count);
        expect(parts(el, item).length, `${tag}: every item stays`).to.equal(before);
        el.remove();
      }
    });

    it('src changed to a failing URL', async () => {
      for (const { tag, file, item } of components) {
        const { el, seen, count } = await loadGood(tag, exampleUrl(file.replace(/\.json$/, '')));
        const before = parts(el, item).length;
        el.src = '/mock/status/500';
        await expectStale(tag, item, el, seen, count);
        expect(parts(el, item).length, `${tag}: every item stays`).to.equal(before);
        el.remove();
      }
    });
  });
});

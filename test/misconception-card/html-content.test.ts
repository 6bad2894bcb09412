import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MisconceptionCard } from '../../src/index.js';
import { part, parts, waitFor } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { PLAIN_HTML, PLAIN_SHOWN, RICH_HTML, plainProblems, renderContent, richProblems } from '../helpers/html-content.js';

describe('misconception-card: HTML content ("format": "html")', () => {
  afterEach(() => document.querySelectorAll('misconception-card').forEach((el) => el.remove()));

  it('renders the subset in the intro and every reality, and the title, claims and source labels as decoded text', async () => {
    const el = await renderContent<MisconceptionCard>('misconception-card', {
      format: 'html',
      title: PLAIN_HTML,
      intro: RICH_HTML,
      items: [
        { id: 'a', misconception: PLAIN_HTML, reality: RICH_HTML, sources: [{ label: PLAIN_HTML, url: 'https://example.org/report?a=1&b=2' }] },
        { id: 'b', misconception: 'Second.', reality: RICH_HTML },
      ],
    });
    const problems = [
      ...plainProblems(part(el, 'title'), 'title'),
      ...plainProblems(parts(el, 'misconception-text')[0], 'items[0].misconception'),
      ...plainProblems(part(el, 'source-link'), 'items[0].sources[0].label'),
      ...richProblems(part(el, 'intro'), 'intro'),
      ...parts(el, 'reality-body').flatMap((body, i) => richProblems(body, `items[${i}].reality`)),
    ];
    expect(problems).to.deep.equal([]);
    // A URL is data, not text: taken as written.
    expect(part(el, 'source-link').getAttribute('href')).to.equal('https://example.org/report?a=1&b=2');
  });

  it('renders a single HTML card (format at the root of the card) and reveals it with the decoded label', async () => {
    const el = await renderContent<MisconceptionCard>('misconception-card', { format: 'html', misconception: PLAIN_HTML, reality: RICH_HTML }, { reveal: '' });
    const reveals = recordEvents<{ label: string }>(el, 'explainer-reveal');
    el.revealItem(0);
    await el.updateComplete;
    expect([...plainProblems(part(el, 'misconception-text'), 'misconception'), ...richProblems(part(el, 'reality-body'), 'reality')]).to.deep.equal([]);
    await waitFor(() => reveals.length > 0);
    expect(reveals[0]!.detail.label).to.equal(PLAIN_SHOWN);
  });

  it('renders the Drupal example from inline JSON: body.processed as the reality, <drupal-media> gone', async () => {
    const content = (await (await fetch('/examples/content/cms/misconception-card-drupal.json')).json()) as unknown;
    const el = document.createElement('misconception-card');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(content);
    el.append(script);
    const loaded = recordEvents(el, 'explainer-load');
    document.body.append(el);
    await waitFor(() => loaded.length > 0, 5000, 'explainer-load');
    const [first, second, third] = parts(el, 'reality-body');
    expect(Array.from(first!.children, (p) => p.textContent)).to.deep.equal([
      'The majority of Europe\'s trade passes through the Indo-Pacific.',
      'A conflict in the South China Sea would trigger a global economic crisis, making regional stability a domestic priority for Germany.',
    ]);
    expect(Array.from(second!.querySelectorAll('li'), (li) => li.textContent)).to.deep.equal(['defense capacity building,', 'maritime domain awareness,', 'training for peacekeeping.']);
    expect(second!.querySelector('a')!.getAttribute('href')).to.equal('https://www.bmvg.de/en');
    const source = third!.querySelector('a')!;
    expect([source.getAttribute('href'), source.getAttribute('title'), third!.querySelectorAll('br').length]).to.deep.equal(['/explainers/asean-germany', 'ASEAN\u2013Germany explainer', 1]);
    expect(parts(el, 'verdict').map((v) => v.getAttribute('part'))).to.deep.equal(['verdict verdict-false', 'verdict verdict-misleading', 'verdict verdict-mostly-false']);
    expect(el.shadowRoot!.querySelector('drupal-media')).to.equal(null);
  });
});

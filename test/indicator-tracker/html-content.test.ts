import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { IndicatorTracker } from '../../src/index.js';
import { part, parts } from '../helpers/dom.js';
import { PLAIN_HTML, RICH_HTML, plainProblems, renderContent, richProblems } from '../helpers/html-content.js';

describe('indicator-tracker: HTML content ("format": "html")', () => {
  afterEach(() => document.querySelectorAll('indicator-tracker').forEach((el) => el.remove()));

  it('renders the subset in the intro, descriptions and evidence, and every plain-text field decoded', async () => {
    const el = await renderContent<IndicatorTracker>(
      'indicator-tracker',
      {
        format: 'html',
        title: PLAIN_HTML,
        intro: RICH_HTML,
        statuses: { talks: { label: PLAIN_HTML, tone: 'info' } },
        indicators: [
          {
            label: PLAIN_HTML,
            description: RICH_HTML,
            status: 'talks',
            progress: { value: 4, max: 10, label: PLAIN_HTML },
            evidence: [{ date: '2026-02-01', text: RICH_HTML, url: 'https://example.org/e?a=1&b=2' }],
          },
        ],
      },
      { now: '2026-06-01', filterable: '' },
    );
    const problems = [
      ...plainProblems(part(el, 'title'), 'title'),
      ...plainProblems(part(el, 'indicator-heading'), 'indicators[0].label'),
      ...plainProblems(part(el, 'status-label'), 'statuses.talks.label'),
      ...plainProblems(part(el, 'progress'), 'indicators[0].progress.label'),
      ...plainProblems(part(el, 'filter-select'), 'status filter option'),
      ...richProblems(part(el, 'intro'), 'intro'),
      ...richProblems(part(el, 'description'), 'indicators[0].description'),
      ...richProblems(part(el, 'evidence-text'), 'indicators[0].evidence[0].text'),
    ];
    expect(problems).to.deep.equal([]);
    expect(part(el, 'evidence-link').getAttribute('href')).to.equal('https://example.org/e?a=1&b=2');
    expect(parts(el, 'progress-bar')[0]!.getAttribute('aria-valuetext')).to.contain('4');
  });
});

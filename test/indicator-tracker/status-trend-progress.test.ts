import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import type { IndicatorTracker } from '../../src/indicator-tracker.js';
import { part, parts, text } from '../helpers/dom.js';
import { one } from './fixtures.js';
import '../../src/locales/de.js';

const render = (data: unknown) => fixture<IndicatorTracker>(html`<indicator-tracker .data=${data}></indicator-tracker>`);

const DEFAULTS: [string, string, string][] = [
  ['not-started', 'Not started', 'neutral'],
  ['watching', 'Watching', 'info'],
  ['emerging', 'Emerging', 'info'],
  ['on-track', 'On track', 'positive'],
  ['achieved', 'Achieved', 'positive'],
  ['stalled', 'Stalled', 'warning'],
  ['insufficient-data', 'Insufficient data', 'neutral'],
];

describe('indicator-tracker: status, trend and progress', () => {
  describe('status', () => {
    for (const [key, name, tone] of DEFAULTS) {
      it(`shows "${key}" as a text tag "${name}" with the ${tone} tone and its icon, inside its indicator`, async () => {
        const el = await render(one({ status: key }));
        const status = part(el, 'status');
        expect(text(status)).to.equal(`Status: ${name}`);
        expect(text(status.querySelector('.visually-hidden'))).to.equal('Status:');
        expect(text(part(el, 'status-label'))).to.equal(name);
        expect(status.getAttribute('part')).to.equal(`status status-${tone}`);
        expect(status.dataset.tone).to.equal(tone);
        expect(part(el, 'status-icon').dataset.shape).to.equal(tone);
        expect(part(el, 'status-icon').getAttribute('aria-hidden')).to.equal('true');
        // Tied to its indicator: inside its <li>, right after its heading.
        const item = part(el, 'indicator');
        expect(item.contains(status)).to.be.true;
        expect(part(el, 'indicator-heading').nextElementSibling).to.equal(status);
      });
    }

    it('gives each tone a different icon shape and a different colour', async () => {
      const statuses = Object.fromEntries(['neutral', 'info', 'positive', 'warning', 'negative'].map((tone) => [tone, { label: tone, tone }]));
      const indicators = Object.keys(statuses).map((status) => ({ label: status, description: 'd', status }));
      const el = await render({ statuses, indicators });
      const icons = parts(el, 'status-icon');
      const shapes = icons.map((i) => i.innerHTML.replace(/<!--.*?-->/g, ''));
      expect(new Set(shapes).size).to.equal(5);
      const colours = icons.map((i) => getComputedStyle(i).color);
      expect(new Set(colours).size).to.equal(5);
    });

    it('uses a custom vocabulary from statuses, its labels and tones', async () => {
      const el = await render(one({ status: 'late' }, { statuses: { late: { label: 'Behind schedule', tone: 'negative' } } }));
      expect(text(part(el, 'status-label'))).to.equal('Behind schedule');
      expect(part(el, 'status').getAttribute('part')).to.equal('status status-negative');
      expect(text(part(el, 'summary'))).to.equal('Behind schedule: 1');
    });

    it('takes label overrides for the default status names and the status text, in the label’s word order', async () => {
      const el = await fixture<IndicatorTracker>(
        html`<indicator-tracker .labels=${{ 'tracker.status.stalled': 'Paused', 'tracker.statusText': '{status}[ is the state]' }} .data=${one({ status: 'stalled' })}></indicator-tracker>`,
      );
      const status = part(el, 'status');
      expect(text(status)).to.equal('Paused is the state');
      expect(text(status.querySelector('.visually-hidden'))).to.equal('is the state');
      // The icon stays with the name, before it.
      expect(part(el, 'status-icon').nextElementSibling).to.equal(part(el, 'status-label'));
    });
  });

  describe('trend', () => {
    const cases: [Record<string, string>, string, string, string][] = [
      [{ direction: 'up', better: 'up' }, 'Rising, which is good', 'good', 'up'],
      [{ direction: 'up', better: 'down' }, 'Rising, which is bad', 'bad', 'up'],
      [{ direction: 'down', better: 'down' }, 'Falling, which is good', 'good', 'down'],
      [{ direction: 'down', better: 'up' }, 'Falling, which is bad', 'bad', 'down'],
      [{ direction: 'up' }, 'Rising', 'neutral', 'up'],
      [{ direction: 'down' }, 'Falling', 'neutral', 'down'],
      [{ direction: 'flat' }, 'Steady', 'neutral', 'flat'],
      [{ direction: 'flat', better: 'up' }, 'Steady', 'neutral', 'flat'],
    ];
    for (const [trend, words, judgement, shape] of cases) {
      it(`${JSON.stringify(trend)} reads "${words}"`, async () => {
        const el = await render(one({ trend }));
        expect(text(part(el, 'trend-label'))).to.equal(words);
        expect(text(part(el, 'trend'))).to.equal(`Trend: ${words}`);
        expect(part(el, 'trend').getAttribute('part')).to.equal(`trend trend-${judgement}`);
        const icon = part(el, 'trend-icon');
        expect(icon.dataset.shape).to.equal(shape);
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
      });
    }

    it('draws each direction with a different arrow, and colours good and bad trends differently', async () => {
      const el = await render({
        indicators: [
          { label: 'a', description: 'd', trend: { direction: 'up', better: 'up' } },
          { label: 'b', description: 'd', trend: { direction: 'down', better: 'up' } },
          { label: 'c', description: 'd', trend: { direction: 'flat' } },
        ],
      });
      const icons = parts(el, 'trend-icon');
      expect(new Set(icons.map((i) => i.querySelector('path')!.getAttribute('d'))).size).to.equal(3);
      expect(new Set(icons.map((i) => getComputedStyle(i).color)).size).to.equal(3);
    });
  });

  describe('progress', () => {
    it('shows a percentage as text and a progressbar named by the indicator heading', async () => {
      const el = await render(one({ progress: { value: 45 } }));
      expect(text(part(el, 'progress-value'))).to.equal('45%');
      expect(text(part(el, 'progress'))).to.contain('Progress: 45%');
      const bar = part(el, 'progress-bar');
      expect(bar.getAttribute('role')).to.equal('progressbar');
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuemax')).to.equal('100');
      expect(bar.getAttribute('aria-valuenow')).to.equal('45');
      expect(bar.getAttribute('aria-valuetext')).to.equal('45%');
      const labelledBy = el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!);
      expect(labelledBy).to.equal(part(el, 'indicator-heading'));
      const fill = part(el, 'progress-fill');
      expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(0.45, 0.01);
    });

    it('with max and a label: names what is counted and always shows the value ("Negotiating rounds held: 4 of 10")', async () => {
      const el = await render(one({ progress: { value: 4, max: 10, label: 'Negotiating rounds held' } }));
      expect(text(part(el, 'progress-label'))).to.equal('Negotiating rounds held:');
      expect(text(part(el, 'progress-value'))).to.equal('4 of 10');
      expect(text(part(el, 'progress'))).to.equal('Negotiating rounds held: 4 of 10');
      const bar = part(el, 'progress-bar');
      expect(bar.getAttribute('aria-valuemax')).to.equal('10');
      expect(bar.getAttribute('aria-valuenow')).to.equal('4');
      expect(bar.getAttribute('aria-valuetext')).to.equal('Negotiating rounds held: 4 of 10');
      expect(part(el, 'progress-fill').style.inlineSize).to.equal('40%');
    });

    it('with a label and no max: the label and the percentage', async () => {
      const el = await render(one({ progress: { value: 45, label: 'Budget spent' } }));
      expect(text(part(el, 'progress'))).to.equal('Budget spent: 45%');
      expect(part(el, 'progress-bar').getAttribute('aria-valuetext')).to.equal('Budget spent: 45%');
    });

    it('with max and no label: "Progress: 1 of 3"; without max, the percentage; numbers in the locale', async () => {
      const data = {
        indicators: [
          { label: 'a', description: 'd', progress: { value: 1, max: 3 } },
          { label: 'b', description: 'd', progress: { value: 0 } },
          { label: 'c', description: 'd', progress: { value: 1500, max: 2000 } },
        ],
      };
      const el = await render(data);
      expect(parts(el, 'progress').map((v) => text(v))).to.deep.equal(['Progress: 1 of 3', 'Progress: 0%', 'Progress: 1,500 of 2,000']);
      expect(parts(el, 'progress-bar').map((b) => b.getAttribute('aria-valuetext'))).to.deep.equal(['1 of 3', '0%', '1,500 of 2,000']);
      expect(parts(el, 'progress-fill').map((f) => f.style.inlineSize)).to.deep.equal(['33.33%', '0%', '75%']);
    });

    it('in German: "Fortschritt: 1.500 von 2.000", the label first when the content gives one', async () => {
      const data = {
        indicators: [
          { label: 'a', description: 'd', progress: { value: 1500, max: 2000 } },
          { label: 'b', description: 'd', progress: { value: 45 } },
          { label: 'c', description: 'd', progress: { value: 4, max: 10, label: 'Verhandlungsrunden' } },
        ],
      };
      const wrap = await fixture(html`<div lang="de"><indicator-tracker .data=${data}></indicator-tracker></div>`);
      const el = wrap.querySelector<IndicatorTracker>('indicator-tracker')!;
      await el.updateComplete;
      expect(parts(el, 'progress').map((v) => text(v))).to.deep.equal(['Fortschritt: 1.500 von 2.000', 'Fortschritt: 45 %', 'Verhandlungsrunden: 4 von 10']);
      expect(parts(el, 'progress-bar').map((b) => b.getAttribute('aria-valuetext'))).to.deep.equal(['1.500 von 2.000', '45\u00a0%', 'Verhandlungsrunden: 4 von 10']);
    });

    it('shows the ends of the range', async () => {
      const el = await render({
        indicators: [
          { label: 'a', description: 'd', progress: { value: 1, max: 3 } },
          { label: 'b', description: 'd', progress: { value: 0 } },
          { label: 'c', description: 'd', progress: { value: 4, max: 4 } },
        ],
      });
      expect(parts(el, 'progress-value').map((v) => text(v))).to.deep.equal(['1 of 3', '0%', '4 of 4']);
      expect(parts(el, 'progress-fill').map((f) => f.style.inlineSize)).to.deep.equal(['33.33%', '0%', '100%']);
    });
  });
});

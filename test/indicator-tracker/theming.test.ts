import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import type { IndicatorTracker, TrackerContent } from '../../src/indicator-tracker.js';
import { part, parts } from '../helpers/dom.js';
import { NOW, fullContent } from './fixtures.js';
import { emulateMedia, setViewport } from '../helpers/media.js';

const TONES = ['neutral', 'info', 'positive', 'warning', 'negative'];

describe('indicator-tracker: theming and media', () => {
  let full: TrackerContent;
  before(async () => {
    full = await fullContent();
  });
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('inherits font, colour and direction from the page', async () => {
    const wrap = await fixture(html`<div dir="rtl" style="font-family: Georgia, serif; color: rgb(10, 20, 30)">
      <indicator-tracker now=${NOW} .data=${full}></indicator-tracker>
    </div>`);
    const el = wrap.querySelector('indicator-tracker')!;
    await el.updateComplete;
    const label = getComputedStyle(part(el, 'status-label'));
    expect(label.fontFamily).to.contain('Georgia');
    expect(label.color).to.equal('rgb(10, 20, 30)');
    expect(label.direction).to.equal('rtl');
  });

  it('applies the tone tokens to tags and icons', async () => {
    const style = document.createElement('style');
    style.textContent = TONES.map((tone, i) => `.themed { --explainer-tracker-tone-${tone}-color: rgb(${i + 1}, ${i + 2}, ${i + 3}); }`).join('\n');
    document.head.append(style);
    const statuses = Object.fromEntries(TONES.map((tone) => [tone, { label: tone, tone }]));
    const indicators = TONES.map((status) => ({ label: status, description: 'd', status }));
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker class="themed" .data=${{ statuses, indicators }}></indicator-tracker>`);
    const colours = parts(el, 'status-icon').map((i) => getComputedStyle(i).color);
    expect(colours).to.deep.equal(TONES.map((_, i) => `rgb(${i + 1}, ${i + 2}, ${i + 3})`));
    expect(getComputedStyle(parts(el, 'status')[2]!).borderTopColor).to.equal('rgb(3, 4, 5)');
    style.remove();
  });

  it('applies component tokens and ::part() styles', async () => {
    const style = document.createElement('style');
    style.textContent = `.themed2 {
        --explainer-tracker-progress-fill: rgb(9, 8, 7);
        --explainer-tracker-progress-height: 13px;
        --explainer-tracker-divider: 4px solid rgb(1, 1, 1);
        --explainer-tracker-heading-font-size: 31px;
        --explainer-tracker-tag-radius: 3px;
        --explainer-tracker-icon-size: 21px;
      }
      .themed2::part(summary) { text-transform: uppercase; }
      .themed2::part(overdue) { letter-spacing: 2px; }`;
    document.head.append(style);
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker class="themed2" now=${NOW} .data=${full}></indicator-tracker>`);
    expect(getComputedStyle(part(el, 'progress-fill')).backgroundColor).to.equal('rgb(9, 8, 7)');
    expect(part(el, 'progress-bar').getBoundingClientRect().height).to.equal(13);
    expect(getComputedStyle(part(el, 'indicator')).borderBottomWidth).to.equal('4px');
    expect(getComputedStyle(part(el, 'indicator-heading')).fontSize).to.equal('31px');
    expect(getComputedStyle(part(el, 'status')).borderTopLeftRadius).to.equal('3px');
    expect(part(el, 'trend-icon').getBoundingClientRect().width).to.equal(21);
    expect(getComputedStyle(part(el, 'summary')).textTransform).to.equal('uppercase');
    expect(getComputedStyle(part(el, 'overdue')).letterSpacing).to.equal('2px');
    style.remove();
  });

  it('switches tone colours with the page colour scheme', async () => {
    const wrap = await fixture(html`<div style="color-scheme: light"><indicator-tracker now=${NOW} .data=${full}></indicator-tracker></div>`);
    const el = wrap.querySelector('indicator-tracker')!;
    await el.updateComplete;
    const icon = part(el, 'status-icon');
    const light = getComputedStyle(icon).color;
    (wrap as HTMLElement).style.colorScheme = 'dark';
    expect(getComputedStyle(icon).color).not.to.equal(light);
  });

  it('uses system colours in forced-colors mode', async () => {
    // emulateMedia() cannot turn forced colours on in this runner (it ignores `forcedColors` with Chrome), so the
    // forced-colors rules are checked in the element's own style sheets.
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW} .data=${full}></indicator-tracker>`);
    const rules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .flatMap((media) => Array.from(media.cssRules) as CSSStyleRule[]);
    const style = (selector: string) => rules.find((r) => r.selectorText.split(/,\s*/).includes(selector))?.style;
    expect(style('.icon')?.color).to.equal('canvastext');
    expect(style('.status')?.borderTopColor).to.equal('canvastext');
    expect(style('.bar')?.borderTopStyle).to.equal('solid');
    expect(style('.fill')?.backgroundColor).to.equal('highlight');
    // WebKit has no forced-colors mode and drops the property it does not know.
    if (CSS.supports('forced-color-adjust', 'none')) expect(style('.fill')?.getPropertyValue('forced-color-adjust')).to.equal('none');
  });

  it('turns transitions off with prefers-reduced-motion', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW} .data=${full}></indicator-tracker>`);
    const fill = () => getComputedStyle(part(el, 'progress-fill'));
    expect(fill().transitionDuration).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(fill().transitionDuration).to.equal('0s');
  });

  it('fits a 320px viewport without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filterable now=${NOW} .data=${full}></indicator-tracker>`);
    for (const toggle of parts(el, 'evidence-toggle')) toggle.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    // The page is 320 px wide at most (a 320 px viewport less any scrollbar, or in WebKit a 320 px root: see
    // setViewport) and nothing overflows it.
    const page = document.documentElement.getBoundingClientRect().width;
    expect(page).to.be.within(300, 320);
    expect(document.body.scrollWidth).to.be.at.most(document.body.clientWidth);
    expect(el.getBoundingClientRect().right).to.be.at.most(page);
  });
});

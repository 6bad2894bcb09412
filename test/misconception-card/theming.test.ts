import { expect, fixture, html } from '@open-wc/testing';
import '../../src/misconception-card.js';
import type { MisconceptionCard, MisconceptionContent } from '../../src/misconception-card.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, settle } from '../helpers/dom.js';
import { fullCard, verdictSet } from './fixtures.js';
import { emulateMedia } from '../helpers/media.js';

/** Columns the grid shows (auto-fit collapses empty tracks to 0px). */
const columns = (el: Element) => getComputedStyle(part(el, 'list')).gridTemplateColumns.split(' ').filter((w) => w !== '0px').length;

/**
 * The component's `@media (forced-colors: active)` rules, applied as if the media matched. (The test runner's
 * emulateMedia ignores `forcedColors` in Chromium, so emulating the mode would prove nothing.)
 */
function applyForcedColorRules(el: Element): void {
  const root = el.shadowRoot!;
  const media = root.adoptedStyleSheets
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(media.flatMap((rule) => Array.from(rule.cssRules, (r) => r.cssText)).join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

describe('misconception-card: layout, theming and media', () => {
  let content: MisconceptionContent;
  before(async () => {
    content = await exampleContent<MisconceptionContent>('misconception-card');
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  });

  it('lays a set out in columns that follow the component’s own width, not the viewport', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><misconception-card .data=${content}></misconception-card></div>`);
    const el = wrap.querySelector('misconception-card')!;
    await settle(el);
    expect(getComputedStyle(part(el, 'list')).display).to.equal('grid');
    expect(columns(el), 'one column at 320px').to.equal(1);
    const cards = parts(el, 'card');
    expect(cards.every((c) => c.getBoundingClientRect().right <= wrap.getBoundingClientRect().right + 0.5), 'no overflow at 320px').to.be.true;
    wrap.style.width = '700px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(columns(el)).to.equal(2);
    wrap.style.width = '1200px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(columns(el)).to.equal(3);
    const tops = parts(el, 'card').map((c) => Math.round(c.getBoundingClientRect().top));
    expect(new Set(tops).size, 'three cards side by side').to.equal(1);
  });

  it('applies --explainer-card-* tokens and ::part() styles', async () => {
    const style = document.createElement('style');
    style.textContent = `.themed { --explainer-card-background: rgb(1, 2, 3); --explainer-card-border: 5px solid rgb(4, 5, 6);
        --explainer-card-min-width: 100px; --explainer-card-gap: 7px; --explainer-card-label-color: rgb(7, 8, 9);
        --explainer-card-verdict-false-color: rgb(200, 0, 0); }
      .themed::part(misconception-text) { text-transform: uppercase; }
      .themed::part(reality-body) { font-style: italic; }`;
    document.head.append(style);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><misconception-card class="themed" .data=${verdictSet()}></misconception-card></div>`);
      const el = wrap.querySelector('misconception-card')!;
      await settle(el);
      const card = getComputedStyle(part(el, 'card'));
      expect(card.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(card.borderTopWidth).to.equal('5px');
      expect(getComputedStyle(part(el, 'list')).rowGap).to.equal('7px');
      expect(columns(el), 'min width lets more columns in').to.be.greaterThan(3);
      expect(getComputedStyle(part(el, 'misconception-label')).color).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(part(el, 'verdict-false')).borderTopColor).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(part(el, 'misconception-text')).textTransform).to.equal('uppercase');
      expect(getComputedStyle(part(el, 'reality-body')).fontStyle).to.equal('italic');
    } finally {
      style.remove();
    }
  });

  it('gives every verdict its own colour token', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${verdictSet()}></misconception-card>`);
    const colours = parts(el, 'verdict').map((v) => getComputedStyle(v).borderTopColor);
    expect(new Set(colours).size).to.equal(5);
  });

  it('inherits font, colour and direction from the page', async () => {
    const wrap = await fixture(html`<div dir="rtl" style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><misconception-card .data=${fullCard}></misconception-card></div>`);
    const el = wrap.querySelector('misconception-card')!;
    await settle(el);
    const body = getComputedStyle(part(el, 'reality-body'));
    expect(body.fontFamily).to.contain('Georgia');
    expect(body.color).to.equal('rgb(10, 20, 30)');
    expect(body.direction).to.equal('rtl');
  });

  it('uses system colours and keeps badge borders in forced-colors mode', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${fullCard}></misconception-card>`);
    el.revealAll();
    await el.updateComplete;
    applyForcedColorRules(el);
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    try {
      const verdict = getComputedStyle(part(el, 'verdict'));
      expect(verdict.borderTopStyle).to.equal('solid');
      expect(verdict.borderTopColor).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(part(el, 'card')).borderTopColor).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(part(el, 'verdict-icon')).color).to.equal(getComputedStyle(probe).color);
      probe.style.color = 'ButtonText';
      expect(getComputedStyle(part(el, 'reveal-button')).color).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(part(el, 'reveal-button')).borderTopColor).to.equal(getComputedStyle(probe).color);
    } finally {
      probe.remove();
    }
  });

  it('turns the chevron transition off with prefers-reduced-motion', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${fullCard}></misconception-card>`);
    const icon = () => getComputedStyle(part(el, 'reveal-icon'));
    expect(icon().transitionDuration).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(icon().transitionDuration).to.equal('0s');
  });

  it('prints hidden realities and hides the reveal buttons', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${fullCard}></misconception-card>`);
    const panel = part(el, 'reality');
    expect(panel.getBoundingClientRect().height, 'hidden on screen').to.equal(0);
    await emulateMedia({ media: 'print' });
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(part(el, 'reveal-button')).display).to.equal('none');
  });
});

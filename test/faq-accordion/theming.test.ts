import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { FaqAccordion, FaqContent } from '../../src/index.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts } from '../helpers/dom.js';
import { onlyIn } from '../helpers/engine.js';
import { emulateForcedColors, emulateMedia } from '../helpers/media.js';

describe('faq-accordion: theming, print and media', () => {
  let content: FaqContent;
  before(async () => {
    content = await exampleContent<FaqContent>('faq-accordion');
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    await emulateForcedColors(false);
  });

  it('inherits font, colour and direction from the page', async () => {
    const wrap = await fixture(html`<div dir="rtl" style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><faq-accordion .data=${content}></faq-accordion></div>`);
    const el = wrap.querySelector('faq-accordion')!;
    await el.updateComplete;
    const question = getComputedStyle(part(el, 'question'));
    expect(question.fontFamily).to.contain('Georgia');
    expect(question.color).to.equal('rgb(10, 20, 30)');
    expect(question.direction).to.equal('rtl');
  });

  it('applies --explainer-* tokens and ::part() styles', async () => {
    const style = document.createElement('style');
    style.textContent = `.themed { --explainer-faq-question-background: rgb(1, 2, 3); --explainer-faq-divider: 5px solid rgb(4, 5, 6); }
      .themed::part(question-text) { text-transform: uppercase; }`;
    document.head.append(style);
    const el = await fixture<FaqAccordion>(html`<faq-accordion class="themed" .data=${content}></faq-accordion>`);
    expect(getComputedStyle(part(el, 'question')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'item')).borderBottomWidth).to.equal('5px');
    expect(getComputedStyle(part(el, 'question-text')).textTransform).to.equal('uppercase');
    style.remove();
  });

  it('prints every answer expanded by default and hides the controls', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion copy-links .data=${content}></faq-accordion>`);
    await emulateMedia({ media: 'print' });
    const panel = parts(el, 'answer')[0]!;
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    await emulateMedia({ media: 'screen' });
    expect(panel.getBoundingClientRect().height, 'closed on screen').to.equal(0);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(panel).contentVisibility).to.equal('visible');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(part(el, 'toolbar')).display).to.equal('none');
  });

  it('prints closed answers closed with print="as-is"', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion print="as-is" .data=${content}></faq-accordion>`);
    await emulateMedia({ media: 'print' });
    const panel = parts(el, 'answer')[0]!;
    expect(getComputedStyle(panel).contentVisibility).to.equal('hidden');
    expect(panel.getBoundingClientRect().height).to.equal(0);
  });

  it('turns transitions off with prefers-reduced-motion', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    const icon = () => getComputedStyle(part(el, 'icon'));
    expect(icon().transitionDuration).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(icon().transitionDuration).to.equal('0s');
  });

  it('uses system colours in forced-colors mode', async function () {
    await onlyIn(this, ['chromium'], 'only Chromium can turn forced-colors mode on under test (DevTools protocol); the next test runs everywhere');
    const wrap = await fixture(html`<div style="color: rgb(200, 0, 0); background: rgb(0, 0, 200)"><faq-accordion .data=${content}></faq-accordion></div>`);
    const el = wrap.querySelector('faq-accordion')!;
    await el.updateComplete;
    const question = part(el, 'question');
    await emulateForcedColors(true);
    const probe = document.createElement('button');
    document.body.append(probe);
    // In forced-colors mode the question uses the system button colours, like a native button.
    expect(getComputedStyle(question).color).to.equal(getComputedStyle(probe).color);
    expect(getComputedStyle(question).backgroundColor).to.equal(getComputedStyle(probe).backgroundColor);
    expect(getComputedStyle(question).color).to.not.equal('rgb(200, 0, 0)');
    probe.remove();
  });

  it("gives the question a button face in forced-colors mode (the component's rule, every engine)", async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    const question = part(el, 'question');
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'ButtonFace';
    document.body.append(probe);
    try {
      expect(getComputedStyle(question).backgroundColor, 'transparent before').to.equal('rgba(0, 0, 0, 0)');
      await emulateForcedColors(true);
      expect(getComputedStyle(question).backgroundColor).to.equal(getComputedStyle(probe).backgroundColor);
    } finally {
      probe.remove();
    }
  });

  it('marks the chevron as decorative', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    expect(parts(el, 'icon').every((i) => i.getAttribute('aria-hidden') === 'true')).to.be.true;
  });
});

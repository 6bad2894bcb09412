import { expect, html } from '@open-wc/testing';
import '../../src/faq-accordion.js';
import type { FaqAccordion, FaqContent } from '../../src/faq-accordion.js';
import { part, parts, settle } from '../helpers/dom.js';
import { fromEnd, fromStart, lineBoxes, renderBoth, transformOf, verticalSense, type Dir } from '../helpers/rtl.js';

const DIRS: Dir[] = ['ltr', 'rtl'];

/** One short question and one long enough to wrap at 20rem; transitions off, so transforms read their end state. */
const content: FaqContent = {
  title: 'FAQ',
  items: [
    { question: 'Short question', answer: 'Short answer.' },
    { question: 'A much longer question that wraps over several lines at this width, ending in a short line', answer: 'Answer.' },
  ],
};

const render = (width = '40rem') =>
  renderBoth<FaqAccordion>('faq-accordion', () => html`<faq-accordion style="--explainer-duration: 0s" .data=${content}></faq-accordion>`, width);

describe('faq-accordion: right-to-left', () => {
  it('puts the question text at the inline start and the chevron at the inline end', async () => {
    const els = await render();
    for (const dir of DIRS) {
      const [question] = parts(els[dir], 'question');
      const textEl = question!.querySelector('[part="question-text"]')!;
      const chevron = question!.querySelector('[part="icon"]')!;
      expect(fromStart(textEl, question!, dir), `${dir}: text at the start`).to.be.closeTo(0, 1);
      expect(fromEnd(chevron, question!, dir), `${dir}: chevron at the end`).to.be.closeTo(0, 1);
    }
    // In right-to-left text the chevron is on the left of the words.
    const [question] = parts(els.rtl, 'question');
    const chevronBox = question!.querySelector('[part="icon"]')!.getBoundingClientRect();
    expect(chevronBox.right).to.be.at.most(question!.querySelector('[part="question-text"]')!.getBoundingClientRect().left);
  });

  it('aligns every line of a wrapped question to the inline start', async () => {
    const els = await render('20rem');
    for (const dir of DIRS) {
      const textEl = parts(els[dir], 'question-text')[1]!;
      const lines = lineBoxes(textEl);
      const tops = new Set(lines.map((r) => Math.round(r.top)));
      expect(tops.size, `${dir}: the question wraps`).to.be.greaterThan(1);
      const last = lines.filter((r) => Math.round(r.top) === Math.max(...tops));
      const box = textEl.getBoundingClientRect();
      const start = dir === 'ltr' ? Math.min(...last.map((r) => r.left)) - box.left : box.right - Math.max(...last.map((r) => r.right));
      const end = dir === 'ltr' ? box.right - Math.max(...last.map((r) => r.right)) : Math.min(...last.map((r) => r.left)) - box.left;
      expect(start, `${dir}: the last line starts at the inline start`).to.be.closeTo(0, 1);
      expect(end, `${dir}: the last line is short`).to.be.greaterThan(20);
    }
  });

  it('puts the show-all button at the inline end of the toolbar', async () => {
    const els = await render();
    for (const dir of DIRS) {
      const toolbar = part(els[dir], 'toolbar');
      const button = part(els[dir], 'toggle-all');
      expect(fromEnd(button, toolbar, dir), dir).to.be.closeTo(0, 1);
      expect(fromStart(button, toolbar, dir), dir).to.be.greaterThan(100);
    }
  });

  it('turns the chevron up and down the same way in both directions (no mirroring needed)', async () => {
    const els = await render();
    const chevron = (dir: Dir) => part(els[dir], 'icon');
    expect(DIRS.map((dir) => verticalSense(chevron(dir)))).to.deep.equal([1, 1]);
    for (const dir of DIRS) {
      els[dir].expandAll();
      await settle(els[dir]);
    }
    expect(DIRS.map((dir) => verticalSense(chevron(dir))), 'open: pointing up').to.deep.equal([-1, -1]);
    expect(transformOf(chevron('rtl')).toString()).to.equal(transformOf(chevron('ltr')).toString());
  });
});

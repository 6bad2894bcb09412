import { expect, html } from '@open-wc/testing';
import '../../src/misconception-card.js';
import type { MisconceptionCard } from '../../src/misconception-card.js';
import { part, settle } from '../helpers/dom.js';
import { fromEnd, fromStart, horizontalSense, renderBoth, transformOf, verticalSense, type Dir } from '../helpers/rtl.js';
import { fullCard } from './fixtures.js';

const DIRS: Dir[] = ['ltr', 'rtl'];

const render = () =>
  renderBoth<MisconceptionCard>('misconception-card', () => html`<misconception-card reveal style="--explainer-duration: 0s" .data=${{ items: [fullCard] }}></misconception-card>`, '24rem');

/** Distance from the card's inline-start edge: the card's left-to-right padding and border, mirrored. */
function cardInset(els: Record<Dir, MisconceptionCard>): number {
  const style = getComputedStyle(part(els.ltr, 'card'));
  return parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
}

describe('misconception-card: right-to-left', () => {
  it('starts the label, the claim and the reveal button at the card’s inline start, icons before their words', async () => {
    const els = await render();
    const inset = cardInset(els);
    expect(inset).to.be.greaterThan(4);
    for (const dir of DIRS) {
      const card = part(els[dir], 'card');
      for (const name of ['misconception-label', 'misconception-text', 'reveal-button']) {
        expect(fromStart(part(els[dir], name), card, dir), `${dir}: ${name}`).to.be.closeTo(inset, 1);
      }
      const label = part(els[dir], 'misconception-label');
      expect(fromStart(part(els[dir], 'misconception-icon'), label, dir), `${dir}: icon first`).to.be.closeTo(0, 1);
    }
  });

  it('indents the sources list from the inline start, and the revealed reality starts there too', async () => {
    const els = await render();
    for (const dir of DIRS) {
      els[dir].revealItem(0);
      await settle(els[dir]);
    }
    const inset = cardInset(els);
    const listIndent = parseFloat(getComputedStyle(part(els.ltr, 'sources')).paddingLeft);
    expect(listIndent).to.be.greaterThan(4);
    for (const dir of DIRS) {
      const card = part(els[dir], 'card');
      expect(fromStart(part(els[dir], 'reality-label'), card, dir), `${dir}: reality label`).to.be.closeTo(inset, 1);
      expect(fromStart(part(els[dir], 'verdict'), card, dir), `${dir}: verdict`).to.be.closeTo(inset, 1);
      expect(fromStart(part(els[dir], 'source-link'), card, dir), `${dir}: source`).to.be.closeTo(inset + listIndent, 1);
    }
  });

  it('turns the reveal chevron up and down the same way in both directions (no mirroring needed)', async () => {
    const els = await render();
    const chevron = (dir: Dir) => part(els[dir], 'reveal-icon');
    expect(DIRS.map((dir) => [horizontalSense(chevron(dir)), verticalSense(chevron(dir))])).to.deep.equal([
      [1, 1],
      [1, 1],
    ]);
    for (const dir of DIRS) {
      els[dir].revealItem(0);
      await settle(els[dir]);
    }
    expect(DIRS.map((dir) => verticalSense(chevron(dir))), 'open: pointing up').to.deep.equal([-1, -1]);
    expect(transformOf(chevron('rtl')).toString()).to.equal(transformOf(chevron('ltr')).toString());
    // After its words, at the button's inline end (the left-to-right padding and border, mirrored).
    const style = getComputedStyle(part(els.ltr, 'reveal-button'));
    const inset = parseFloat(style.paddingRight) + parseFloat(style.borderRightWidth);
    for (const dir of DIRS) {
      const button = part(els[dir], 'reveal-button');
      expect(fromEnd(chevron(dir), button, dir), dir).to.be.closeTo(inset, 1);
      expect(fromStart(chevron(dir), button, dir), dir).to.be.greaterThan(inset + 20);
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { FaqAccordion, FaqContent } from '../../src/index.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts } from '../helpers/dom.js';

const focused = (el: FaqAccordion) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('faq-accordion: keyboard', () => {
  let content: FaqContent;
  let el: FaqAccordion;
  beforeEach(async () => {
    content ??= await exampleContent<FaqContent>('faq-accordion');
    el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content} copy-links></faq-accordion>`);
  });

  it('Enter and Space toggle the focused question', async () => {
    const [first] = parts(el, 'question');
    first!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' }); // the Space key (' ' is its name in every driver)
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('ArrowDown, ArrowUp, Home and End move between questions, wrapping around', async () => {
    const buttons = parts(el, 'question');
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(buttons[4]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(buttons[0]);
  });

  it('Tab never enters a closed panel but does enter an open one', async () => {
    const buttons = parts(el, 'question');
    buttons[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'closed panel skipped').to.equal(buttons[1]);
    buttons[0]!.click();
    await el.updateComplete;
    buttons[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'open panel entered').to.equal(part(el, 'copy-link'));
  });

  it('other keys are left alone', async () => {
    const buttons = parts(el, 'question');
    buttons[2]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(buttons[2]);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CooperationTable, FaqAccordion } from '../../src/index.js';
import { settle } from '../helpers/dom.js';

const faq = { title: 'FAQ', items: [{ question: 'Q?', answer: 'A.' }] };
const table = {
  columns: [{ key: 'name', label: 'Name', rowHeader: true, sortable: true }],
  rows: [{ name: 'b' }, { name: 'a' }, { name: 'c' }],
};

describe('locale: whatever the page says, a valid tag', () => {
  it('reads en_US as en-US and canonicalises case', async () => {
    const wrap = await fixture(html`<div>
      <div lang="en_US"><faq-accordion .data=${faq}></faq-accordion></div>
      <div lang="DE-at"><faq-accordion .data=${faq}></faq-accordion></div>
    </div>`);
    const [a, b] = Array.from(wrap.querySelectorAll<FaqAccordion>('faq-accordion'));
    await settle(a!);
    expect(a!.locale).to.equal('en-US');
    expect(b!.locale).to.equal('de-AT');
  });

  it('falls back to English for a tag Intl refuses, so sorting and filtering still work', async () => {
    const wrap = await fixture(html`<div lang="not a locale!">
      <cooperation-table filterable sort="name" .data=${table}></cooperation-table>
    </div>`);
    const el = wrap.querySelector<CooperationTable>('cooperation-table')!;
    await settle(el);
    expect(el.locale).to.equal('en');
    const names = () => Array.from(el.shadowRoot!.querySelectorAll('tbody th')).map((th) => th.textContent?.trim());
    expect(names()).to.deep.equal(['a', 'b', 'c']);
    el.query = 'c';
    await settle(el);
    expect(names()).to.deep.equal(['c']);
  });
});

// Labels that carry a count take the form of its plural category (Intl.PluralRules), in English and in Arabic with its
// six forms; the number itself is written in the locale's digits (Intl.NumberFormat).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/ar.js';
import '../../src/locales/fr.js';
import { registerLabels, type CooperationTable, type CooperationTableContent, type FaqAccordion } from '../../src/index.js';
import { part, settle, text } from '../helpers/dom.js';

/** A FAQ with one valid item and `bad` invalid ones, so the notice counts `bad` dropped items. */
const faqWithErrors = (bad: number) => ({ items: [{ question: 'Q?', answer: 'A.' }, ...Array.from({ length: bad }, () => ({ question: 1 }))] });

async function noticeTitle(bad: number, lang: string): Promise<string> {
  const wrap = await fixture(html`<div lang=${lang}><faq-accordion .data=${faqWithErrors(bad)}></faq-accordion></div>`);
  const el = wrap.querySelector<FaqAccordion>('faq-accordion')!;
  await settle(el);
  return text(part(el, 'item-errors').querySelector('[part~="error-title"]'));
}

/**
 * 120 rows; a query matches exactly 0, 1, 2, 3, 11 or 100 of them (row i holds "alpha" when i < 1, "bravo" when
 * i < 2, and so on), so the filter announcement can be read for each count.
 */
const WORDS: [string, number][] = [['zulu', 0], ['alpha', 1], ['bravo', 2], ['charlie', 3], ['delta', 11], ['echo', 100]];
const manyRows: CooperationTableContent = {
  caption: 'Rows',
  columns: [
    { key: 'id', label: 'Row', rowHeader: true },
    { key: 'tags', label: 'Tags' },
  ],
  rows: Array.from({ length: 120 }, (_, i) => ({ id: `r${i}`, tags: WORDS.filter(([, n]) => i < n).map(([word]) => word).join(' ') || '-' })),
};

async function filterAnnouncements(lang: string): Promise<string[]> {
  const wrap = await fixture(html`<div lang=${lang}><cooperation-table filterable .data=${manyRows}></cooperation-table></div>`);
  const el = wrap.querySelector<CooperationTable>('cooperation-table')!;
  await settle(el);
  const said: string[] = [];
  for (const [word, n] of WORDS) {
    const input = part<HTMLInputElement>(el, 'filter-input');
    input.value = word;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.shownRowCount, word).to.equal(n);
    said.push(text(el.shadowRoot!.querySelector('.live')));
  }
  return said;
}

describe('locales: plural forms by Intl.PluralRules', () => {
  it('English: "1 item could not be shown", "2 items could not be shown" (never "item(s)")', async () => {
    expect(await noticeTitle(1, 'en')).to.equal('1 item could not be shown');
    expect(await noticeTitle(2, 'en')).to.equal('2 items could not be shown');
  });

  it('English: the filter count says "1 row", "2 rows", "0 rows", with numbers grouped', async () => {
    const said = await filterAnnouncements('en');
    expect(said).to.deep.equal(['0 rows of 120 shown', '1 row of 120 shown', '2 rows of 120 shown', '3 rows of 120 shown', '11 rows of 120 shown', '100 rows of 120 shown']);
  });

  describe('Arabic: zero, one, two, few, many and other', () => {
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);

    it('the item-errors notice for 1, 2, 3, 11 and 100 dropped items', async () => {
      expect(await noticeTitle(1, 'ar')).to.equal('تعذّر عرض عنصر واحد');
      expect(await noticeTitle(2, 'ar')).to.equal('تعذّر عرض عنصرين');
      expect(await noticeTitle(3, 'ar')).to.equal(`تعذّر عرض ${n(3)} عناصر`);
      expect(await noticeTitle(11, 'ar')).to.equal(`تعذّر عرض ${n(11)} عنصرًا`);
      expect(await noticeTitle(100, 'ar')).to.equal(`تعذّر عرض ${n(100)} عنصر`);
    });

    it('the table filter count for 0, 1, 2, 3, 11 and 100 rows', async () => {
      const total = n(120);
      expect(await filterAnnouncements('ar')).to.deep.equal([
        `لا يُعرض أي صف من أصل ${total}`,
        `يُعرض صف واحد من أصل ${total}`,
        `يُعرض صفّان من أصل ${total}`,
        `تُعرض ${n(3)} صفوف من أصل ${total}`,
        `يُعرض ${n(11)} صفًّا من أصل ${total}`,
        `يُعرض ${n(100)} صفّ من أصل ${total}`,
      ]);
    });

    it('the categories are Intl’s for Arabic', () => {
      const rules = new Intl.PluralRules('ar');
      expect([0, 1, 2, 3, 11, 100].map((v) => rules.select(v))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    });
  });

  it('French: 0 and 1 take the singular ("0 ligne", "1 ligne"), 2 the plural', async () => {
    const said = await filterAnnouncements('fr');
    expect(said.slice(0, 3)).to.deep.equal(['0 ligne sur 120 affichée', '1 ligne sur 120 affichée', '2 lignes sur 120 affichées']);
  });

  it('a plural object works as an element override, in the provider’s JSON and through registerLabels', async () => {
    const plural = { one: 'one dropped ({count})', other: '{count} dropped' };
    const wrap = await fixture(html`<div>
      <faq-accordion .labels=${{ itemErrorsTitle: plural }} .data=${faqWithErrors(1)}></faq-accordion>
      <explainer-provider labels=${JSON.stringify({ itemErrorsTitle: plural, retry: { one: 'no other form' }, errorTitle: 7 })}>
        <faq-accordion .data=${faqWithErrors(3)}></faq-accordion>
      </explainer-provider>
      <div lang="sw"><faq-accordion .data=${faqWithErrors(1)}></faq-accordion></div>
    </div>`);
    registerLabels('sw', { itemErrorsTitle: { one: 'registered one', other: 'registered {count}' } });
    const [own, provided, registered] = Array.from(wrap.querySelectorAll<FaqAccordion>('faq-accordion'));
    for (const el of [own!, provided!, registered!]) await settle(el);
    const title = (el: FaqAccordion) => text(part(el, 'item-errors').querySelector('[part~="error-title"]'));
    expect(title(own!)).to.equal('one dropped (1)');
    expect(title(provided!)).to.equal('3 dropped');
    expect(title(registered!)).to.equal('registered one');
    // The provider keeps texts and plural objects with "other", and drops anything else.
    expect(provided!.closest('explainer-provider')!.labels).to.deep.equal({ itemErrorsTitle: plural });
  });
});

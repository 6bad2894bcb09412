// All fourteen languages in context: every component rendered with the example content in each, with every control
// and state that shows a label. Nothing may show a raw key, an unfilled {placeholder}, a [...] marker or (outside
// English) an English label; numbers and dates come from Intl (or the CLDR fallback); Thai dates are Gregorian.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/ar.js';
import '../../src/locales/de.js';
import '../../src/locales/es.js';
import '../../src/locales/fil.js';
import '../../src/locales/fr.js';
import '../../src/locales/id.js';
import '../../src/locales/km.js';
import '../../src/locales/lo.js';
import '../../src/locales/ms.js';
import '../../src/locales/my.js';
import '../../src/locales/th.js';
import '../../src/locales/vi.js';
import '../../src/locales/zh.js';
import type { CooperationTableContent, FaqContent, IndicatorTracker, Labels, MisconceptionContent, TrackerContent } from '../../src/index.js';
import { exampleContent } from '../helpers/content.js';
import { part, settle, text } from '../helpers/dom.js';
import { fullCard } from '../misconception-card/fixtures.js';
import { fullContent, NOW } from '../indicator-tracker/fixtures.js';
import { expectedIntl } from './expected-intl.js';

const LANGUAGES = ['en', 'de', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my', 'zh', 'fr', 'es', 'ar'];

const catalogs = (globalThis as unknown as Record<symbol, { catalogs: Record<string, Labels> }>)[Symbol.for('explainer-elements/labels')]!.catalogs;

/** Every text a reader or a screen reader meets in `el`: the text, and the attributes that name or describe. */
function allText(el: Element): string {
  const root = el.shadowRoot!;
  const attributes = Array.from(root.querySelectorAll('[aria-label], [aria-valuetext], [title]'), (node) =>
    ['aria-label', 'aria-valuetext', 'title'].map((name) => node.getAttribute(name) ?? '').join(' '),
  );
  return [root.textContent ?? '', ...Array.from(root.querySelectorAll('option'), (o) => o.textContent ?? ''), ...attributes].join(' ');
}

describe('locales: every language in context', function () {
  this.timeout(30000);
  let faq: FaqContent;
  let table: CooperationTableContent;
  let myths: MisconceptionContent;
  let tracker: TrackerContent;
  const defaults: TrackerContent = {
    title: 'Defaults',
    indicators: ['not-started', 'watching', 'emerging', 'on-track', 'achieved', 'stalled', 'insufficient-data', undefined].map((status, i) => ({
      label: `Indicator ${i}`,
      description: 'What to watch.',
      ...(status ? { status } : {}),
      trend: { direction: (['up', 'down', 'flat'] as const)[i % 3]!, better: 'up' as const },
      progress: i % 2 ? { value: 1234, max: 2000 } : { value: 45 },
      updated: '2026-03-01',
      nextReview: '2026-03-10',
      evidence: [{ date: '2026-02-02', text: 'Seen.', url: 'https://example.org' }],
    })),
  };
  before(async () => {
    faq = await exampleContent<FaqContent>('faq-accordion');
    table = await exampleContent<CooperationTableContent>('cooperation-table');
    myths = await exampleContent<MisconceptionContent>('misconception-card');
    tracker = await fullContent();
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: every label is translated, filled and free of markup`, async () => {
      const wrap = await fixture(html`<explainer-provider locale=${lang}>
        <faq-accordion copy-links .data=${faq}></faq-accordion>
        <faq-accordion .data=${{ items: [...faq.items, { question: 1 }] }}></faq-accordion>
        <cooperation-table filterable downloadable sortable layout="stacked" .data=${table}></cooperation-table>
        <misconception-card reveal .data=${{ ...myths, items: [...myths.items, fullCard] }}></misconception-card>
        <indicator-tracker filterable now=${NOW} .data=${tracker}></indicator-tracker>
        <indicator-tracker filterable filter="on-track" now=${NOW} .data=${defaults}></indicator-tracker>
      </explainer-provider>`);
      const elements = Array.from(wrap.querySelectorAll('faq-accordion, cooperation-table, misconception-card, indicator-tracker'));
      for (const el of elements) await settle(el);
      const texts = elements.map(allText).join(' ');
      expect(texts.match(/\b(faq|table|tracker|misconception)\.[a-z]/g), 'raw label keys').to.equal(null);
      expect(texts.match(/\{\w+\}/g), 'unfilled placeholders').to.equal(null);
      // (Error paths such as items[6] keep their brackets.)
      expect(texts.replace(/\[\d+\]/g, '').match(/[[\]]/g), '[...] markers').to.equal(null);

      const [faqEl, faqErrors, tableEl, , , trackerEl] = elements;
      const labels = lang === 'en' ? undefined : catalogs[lang]!;
      if (labels) {
        // Spot checks that the language's own words are in place, not English.
        const showAll = part(faqEl!, 'toggle-all').getAttribute('aria-label')!;
        expect(showAll).to.contain(faq.title!);
        expect(showAll).not.to.contain('Show all');
        expect(text(part(tableEl!, 'filter').querySelector('label'))).to.equal(labels['table.filter']);
        expect(text(parts(trackerEl!, 'status-label')[3])).to.equal(labels['tracker.status.on-track']);
        expect(texts).not.to.contain('could not be shown');
      }
      // Numbers and dates as Intl writes them (Gregorian for Thai), or, where the engine's Intl lacks the language
      // (Khmer, Lao and Burmese in Chromium), as CLDR does through the locale module's data.
      const expected = expectedIntl(lang);
      expect(text(parts(trackerEl!, 'progress-value')[1])).to.contain(expected.number(1234).replace(/\s+/g, ' '));
      const notice = text(part(faqErrors!, 'item-errors').querySelector('[part~="error-title"]'));
      expect(notice).to.match(lang === 'ar' ? /عنصر واحد/ : new RegExp(expected.number(1)));
      const updated = text(part(trackerEl!, 'updated-date'));
      expect(updated).to.equal(expected.date('2026-03-01').replace(/\s+/g, ' '));
      // The relative date beside it, in the script's brackets: full-width in Chinese, as its other labels.
      expect(text(parts(trackerEl!, 'relative-date')[0])).to.match(lang === 'zh' ? /^（[^()]+）$/u : /^\([^（）]+\)$/u);
      expect((trackerEl as IndicatorTracker).locale).to.equal(lang);
    });
  }
});

function parts(el: Element, name: string): Element[] {
  return Array.from(el.shadowRoot!.querySelectorAll(`[part~="${name}"]`));
}

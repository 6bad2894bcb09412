import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CooperationTableContent, FaqContent, MisconceptionContent, TrackerContent } from '../src/index.js';
import faqJson from '../examples/content/asean-germany/faq-accordion.json';
import tableJson from '../examples/content/asean-germany/cooperation-table.json';
import mythsJson from '../examples/content/asean-germany/misconception-card.json';
import trackerJson from '../examples/content/indicator-tracker-full.json';
import '../src/locales/ar.js';
import '../src/locales/de.js';
import '../src/locales/es.js';
import '../src/locales/fil.js';
import '../src/locales/fr.js';
import '../src/locales/id.js';
import '../src/locales/km.js';
import '../src/locales/lo.js';
import '../src/locales/ms.js';
import '../src/locales/my.js';
import '../src/locales/th.js';
import '../src/locales/vi.js';
import '../src/locales/zh.js';

/** The fourteen languages: English (built in) and the thirteen modules in `explainer-elements/locales/`. */
const LOCALES = {
  en: 'English',
  de: 'Deutsch',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  th: 'ไทย (Thai)',
  vi: 'Tiếng Việt',
  fil: 'Filipino',
  km: 'ខ្មែរ (Khmer)',
  lo: 'ລາວ (Lao)',
  my: 'မြန်မာ (Burmese)',
  zh: '简体中文 (Simplified Chinese)',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية (Arabic)',
} as const;
type Locale = keyof typeof LOCALES;

/** Right-to-left languages among them. */
const RTL = new Set<Locale>(['ar']);

/**
 * A font stack per script, as a portal serving these readers would set on its page (the components inherit the
 * page's font): system fonts first, then the Noto family, which covers every script here.
 */
const FONTS: Partial<Record<Locale, string>> = {
  th: "system-ui, 'Noto Sans Thai', 'Leelawadee UI', Tahoma, sans-serif",
  km: "'Noto Sans Khmer', 'Khmer OS System', 'Leelawadee UI', system-ui, sans-serif",
  lo: "'Noto Sans Lao', 'Phetsarath OT', 'Leelawadee UI', system-ui, sans-serif",
  my: "'Noto Sans Myanmar', 'Myanmar Text', Padauk, system-ui, sans-serif",
  zh: "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans SC', sans-serif",
  ar: "system-ui, 'Noto Sans Arabic', 'Segoe UI', Tahoma, sans-serif",
};

interface Args {
  locale: Locale;
  width: 'full' | '20rem';
  'with-errors': boolean;
}

/** The clock the tracked indicators are read against, so relative dates and "Review overdue" stay the same. */
const NOW = '2026-03-15';

const faq = faqJson as FaqContent;
const table = tableJson as CooperationTableContent;
const tracker = trackerJson as TrackerContent;
const baseMyths = mythsJson as MisconceptionContent;
/** The example cards, the first with a verdict, sources and a review date, so their labels show too. */
const myths: MisconceptionContent = {
  ...baseMyths,
  items: baseMyths.items.map((item, i) =>
    i === 0 ? { ...item, verdict: 'mostly-false', sources: [{ label: 'ASEAN Secretariat', url: 'https://asean.org' }], reviewed: '2026-02-10' } : item,
  ),
};

/**
 * With `with-errors`, one invalid item is added to the FAQ and three to the table, so the dropped-items notice shows
 * its plural forms ("1 item", "3 items"; Arabic "عنصر واحد", "٣ عناصر").
 */
function content(withErrors: boolean) {
  return withErrors
    ? {
        faq: { ...faq, items: [...faq.items, { question: 42 }] },
        table: { ...table, rows: [...table.rows, { area: 7 }, [], null] },
      }
    : { faq, table };
}

const meta: Meta<Args> = {
  title: 'Languages',
  args: { locale: 'en', width: 'full', 'with-errors': false },
  argTypes: {
    locale: {
      control: 'select',
      options: Object.keys(LOCALES),
      labels: LOCALES,
      description: 'UI labels, numbers and dates (`<explainer-provider locale>`); Arabic is shown right to left',
    },
    width: { control: 'inline-radio', options: ['full', '20rem'], description: 'A narrow column, to see line breaking' },
    'with-errors': { control: 'boolean', description: 'Add invalid items, to see the dropped-items notice and its plural' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every component in each of the fourteen languages: English (built in) and the modules `explainer-elements/locales/<lang>.js`. ' +
          'The content is the English example (`examples/content/`): what changes is the UI labels, numbers and dates (from `Intl`; Thai dates in the Gregorian calendar). ' +
          'Screen-reader-only words (the `[...]` parts of labels) do not show; read them in the accessibility panel.',
      },
    },
  },
  render: ({ locale, width, 'with-errors': withErrors }) => {
    const { faq: faqData, table: tableData } = content(withErrors);
    const style = [width === 'full' ? '' : `max-width: ${width}`, FONTS[locale] ? `font-family: ${FONTS[locale]}` : ''].filter(Boolean).join('; ');
    return html`<div lang=${locale} dir=${RTL.has(locale) ? 'rtl' : 'ltr'} style=${style}>
      <explainer-provider locale=${locale}>
        <faq-accordion copy-links .data=${faqData}></faq-accordion>
        <cooperation-table sortable filterable downloadable .data=${tableData}></cooperation-table>
        <misconception-card reveal .data=${myths}></misconception-card>
        <indicator-tracker filterable now=${NOW} .data=${tracker}></indicator-tracker>
      </explainer-provider>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Pick any of the fourteen languages with the `locale` control. */
export const AnyLanguage: Story = { name: 'Any language' };

/** Arabic, right to left (`dir="rtl"` on the wrapper): labels with six plural forms, and dates and numbers from `Intl`. */
export const Arabic: Story = { args: { locale: 'ar', 'with-errors': true } };

/** Thai: no spaces between words, so lines break by dictionary; dates in the Gregorian calendar (2026, not 2569). */
export const Thai: Story = { args: { locale: 'th', width: '20rem' } };

/**
 * Khmer: stacked consonants (coeng) need a Khmer font; `៖` as colon. Dates read "1 ឧសភា 2026" and "ម្សិលមិញ" (yesterday)
 * in every browser: from `Intl` where it has Khmer, and in Chromium (whose `Intl` has no Khmer, Lao or Burmese) from the
 * CLDR data the locale module carries.
 */
export const Khmer: Story = { args: { locale: 'km', width: '20rem' } };

/** Burmese: tall stacked glyphs; Burmese digits (`၁,၂၃၄`) and dates ("၂၀၂၆ မေ ၁") in every browser, Chromium included (see Khmer). */
export const Burmese: Story = { args: { locale: 'my', width: '20rem' } };

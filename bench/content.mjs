// Deterministic benchmark content, built from the example explainer so it reads like the real thing.
// Every FAQ answer and table cell exists twice: as the component's content (Markdown subset, JSON) and as the
// equivalent static HTML, so both variants of a page show the same text and markup.
import { readFileSync } from 'node:fs';

const EXAMPLES = new URL('../examples/content/asean-germany/', import.meta.url);
const readExample = (name) => JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8'));

/** Escapes text for HTML text and double-quoted attribute values. */
export function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Removes the few characters the Markdown subset would interpret, so plain text stays plain in both forms. */
const plain = (text) => String(text).replace(/[\\`*_[\]]/g, '');

/** A small deterministic PRNG (mulberry32), so every run and machine gets the same content. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` FAQ items: `{ content, html, bare }` where `content` is `<faq-accordion>` content, `html[i]` the static HTML of
 * answer `i` (two paragraphs, with strong text and a link, as the component renders them), and `bare` the same
 * items for the bare Lit element, the answer as the fields its fixed template fills (`text`, `topic`, `href`).
 */
export function faqContent(n) {
  const base = readExample('faq-accordion.json');
  const items = [];
  const html = [];
  const bare = [];
  for (let i = 0; i < n; i++) {
    const src = base.items[i % base.items.length];
    const number = i + 1;
    const question = `${number}. ${plain(src.question)}`;
    const text = plain(src.answer);
    const topic = `point ${number}`;
    const href = `https://example.org/explainer#q${number}`;
    items.push({
      id: `q${number}`,
      question,
      answer: `${text}\n\nSee **${topic}** in [the explainer](${href}).`,
    });
    bare.push({ id: `q${number}`, question, text, topic, href });
    html.push(`<p>${esc(text)}</p><p>See <strong>${esc(topic)}</strong> in <a href="${esc(href)}">the explainer</a>.</p>`);
  }
  const title = base.title ?? 'Frequently Asked Questions';
  return { content: { title, items }, html, bare: { title, items: bare } };
}

/** The column the re-sort benchmark sorts by, and how (as the component's `sort` attribute). */
export const SORT_KEY = 'area';
export const SORT_DIRECTION = 'desc';

/**
 * `n` table rows in a shuffled order: `<cooperation-table>` content (plain-text cells), plus the area that
 * comes first once sorted by `SORT_KEY` descending (to check that both variants really sorted).
 */
export function tableContent(n) {
  const base = readExample('cooperation-table.json');
  const rand = random(n);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const rows = order.map((k) => {
    const src = base.rows[k % base.rows.length];
    return {
      area: `${plain(src.area)} ${k + 1}`,
      contribution: plain(src.contribution),
      benefit: plain(src.benefit),
      budget: `€ ${(1 + ((k * 7919) % 9973) / 10).toFixed(1)} m`,
    };
  });
  const columns = [
    { key: 'area', label: 'Cooperation Area', rowHeader: true, sortable: true },
    { key: 'contribution', label: 'German Contribution', sortable: true },
    { key: 'benefit', label: 'ASEAN Benefit', sortable: true },
    { key: 'budget', label: 'Budget', type: 'number', sortable: true },
  ];
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const sorted = rows.map((r) => r[SORT_KEY]).sort((a, b) => collator.compare(b, a));
  return {
    content: { title: plain(base.title), caption: plain(base.caption ?? base.title), columns, rows },
    firstAfterSort: sorted[0],
  };
}

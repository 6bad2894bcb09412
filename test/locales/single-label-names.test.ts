// No visible text or accessible name is joined from two labels: each is one label with placeholders, so a language
// orders its words (and its markup: icons, <time>, parts) as it needs. `[...]` in a label is read by screen readers only.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/locales/de.js';
import '../../src/locales/es.js';
import '../../src/locales/th.js';
import type { CooperationTable, FaqAccordion, IndicatorTracker, MisconceptionCard } from '../../src/index.js';
import { part, settle, text } from '../helpers/dom.js';
import { onlyIn } from '../helpers/engine.js';

const faq = { title: 'FAQ', items: [{ question: 'Q?', answer: 'A.' }] };

/** What a sighted user reads: the text without the visually hidden runs, whitespace collapsed. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return text(copy);
}

async function inLang<T extends Element>(lang: string, template: ReturnType<typeof html>, tag: string): Promise<T> {
  const wrap = await fixture(html`<div lang=${lang}>${template}</div>`);
  const el = wrap.querySelector<T>(tag)!;
  await settle(el);
  return el;
}

interface AxNode {
  role: string;
  name?: string;
}

describe('locales: one label per text and accessible name', () => {
  describe('the FAQ show-all button', () => {
    it('German reads as German does: "Alle Antworten anzeigen: FAQ" (not "Alle anzeigen Antworten"), the visible words within it', async () => {
      const el = await inLang<FaqAccordion>('de', html`<faq-accordion .data=${faq}></faq-accordion>`, 'faq-accordion');
      const button = part(el, 'toggle-all');
      // The name is the whole label (aria-label, so every engine reads it exactly); the visible words are its part outside [...].
      expect(button.getAttribute('aria-label')).to.equal('Alle Antworten anzeigen: FAQ');
      expect(visibleText(button)).to.equal('Alle Antworten anzeigen');
      expect(text(button)).to.equal('Alle Antworten anzeigen: FAQ');
      el.expandAll();
      await settle(el);
      expect(button.getAttribute('aria-label')).to.equal('Alle Antworten ausblenden: FAQ');
      expect(visibleText(button)).to.equal('Alle Antworten ausblenden');
    });

    it('the browser computes the same name (Chromium’s accessibility tree)', async function () {
      await onlyIn(this, ['chromium'], 'a11ySnapshot reads Chromium’s accessibility tree through CDP; the test above reads the name from the DOM');
      await inLang<FaqAccordion>('de', html`<faq-accordion id="de-faq" .data=${faq}></faq-accordion>`, 'faq-accordion');
      const node = (await a11ySnapshot({ selector: '#de-faq >>> [part~="toggle-all"]' })) as unknown as AxNode;
      expect(node.role).to.equal('button');
      expect(node.name).to.equal('Alle Antworten anzeigen: FAQ');
      const en = await inLang<FaqAccordion>('en', html`<faq-accordion id="en-faq" .data=${faq}></faq-accordion>`, 'faq-accordion');
      expect(visibleText(part(en, 'toggle-all'))).to.equal('Show all');
      const enNode = (await a11ySnapshot({ selector: '#en-faq >>> [part~="toggle-all"]' })) as unknown as AxNode;
      expect(enNode.name).to.equal('Show all answers: FAQ');
    });

    it('hidden words may sit inside the phrase: Spanish shows "Mostrar todas", reads "Mostrar todas las respuestas: FAQ"', async () => {
      const el = await inLang<FaqAccordion>('es', html`<faq-accordion .data=${faq}></faq-accordion>`, 'faq-accordion');
      const button = part(el, 'toggle-all');
      expect(visibleText(button)).to.equal('Mostrar todas');
      expect(button.getAttribute('aria-label')).to.equal('Mostrar todas las respuestas: FAQ');
      const th = await inLang<FaqAccordion>('th', html`<faq-accordion .data=${faq}></faq-accordion>`, 'faq-accordion');
      expect(part(th, 'toggle-all').getAttribute('aria-label')).to.equal('แสดงคำตอบทั้งหมด: FAQ');
    });
  });

  describe('the indicator tracker', () => {
    const indicator = {
      label: 'Talks',
      description: 'd',
      status: 'on-track',
      trend: { direction: 'up', better: 'up' },
      progress: { value: 4, max: 10 },
      evidence: [{ date: '2026-03-02', text: 'Met.', url: 'https://example.org' }],
    };

    it('status, trend, progress, evidence and source each come from one label, in German', async () => {
      const el = await inLang<IndicatorTracker>('de', html`<indicator-tracker .data=${{ indicators: [indicator] }}></indicator-tracker>`, 'indicator-tracker');
      expect(text(part(el, 'status'))).to.equal('Status: Im Plan');
      expect(visibleText(part(el, 'status'))).to.equal('Im Plan');
      expect(text(part(el, 'trend'))).to.equal('Trend: Steigend, das ist gut');
      expect(text(part(el, 'progress'))).to.equal('Fortschritt: 4 von 10');
      expect(text(part(el, 'evidence-toggle'))).to.equal('Belege (1): Talks');
      expect(visibleText(part(el, 'evidence-toggle'))).to.equal('Belege (1)');
      expect(text(part(el, 'evidence-link'))).to.equal('Quelle (2. März 2026)');
      expect(visibleText(part(el, 'evidence-link'))).to.equal('Quelle');
    });

    it('a language may put the name before its prefix: the icon and the part follow the placeholder', async () => {
      const labels = { 'tracker.statusText': '{status}[ (state)]', 'tracker.trendText': '{trend}[ (trend)]', 'tracker.progressValue': '{value} done', 'tracker.evidence': '[{indicator}: ]{count} sources' };
      const el = await fixture<IndicatorTracker>(html`<indicator-tracker .labels=${labels} .data=${{ indicators: [indicator] }}></indicator-tracker>`);
      await settle(el);
      expect(text(part(el, 'status'))).to.equal('On track (state)');
      expect(part(el, 'status-icon').nextElementSibling).to.equal(part(el, 'status-label'));
      expect(text(part(el, 'trend'))).to.equal('Rising, which is good (trend)');
      const progress = part(el, 'progress');
      expect(text(progress)).to.equal('4 of 10 done');
      expect(progress.firstElementChild).to.equal(part(el, 'progress-value'));
      expect(text(part(el, 'progress-label'))).to.equal('done');
      expect(text(part(el, 'evidence-toggle'))).to.equal('Talks: 1 sources');
      expect(visibleText(part(el, 'evidence-toggle'))).to.equal('1 sources');
    });
  });

  it('the table’s download button: one label, "CSV herunterladen: <caption>"', async () => {
    const table = { caption: 'Säulen', columns: [{ key: 'a', label: 'A', rowHeader: true }], rows: [{ a: 'x' }] };
    const el = await inLang<CooperationTable>('de', html`<cooperation-table downloadable .data=${table}></cooperation-table>`, 'cooperation-table');
    expect(part(el, 'download').getAttribute('aria-label')).to.equal('CSV herunterladen: Säulen');
    expect(visibleText(part(el, 'download'))).to.equal('CSV herunterladen');
  });

  it('the misconception heading and the review date: one label each, in the language’s order', async () => {
    const card = { items: [{ misconception: 'Claim', reality: 'Fact.', reviewed: '2026-05-01' }] };
    const labels = { 'misconception.statement': '{text}[ — ]{label}', 'misconception.reviewedOn': '{date} reviewed' };
    const el = await fixture<MisconceptionCard>(html`<misconception-card .labels=${labels} .data=${card}></misconception-card>`);
    await settle(el);
    const heading = part(el, 'misconception');
    expect(text(heading)).to.equal('Claim — Misconception');
    expect(heading.firstElementChild).to.equal(part(el, 'misconception-text'));
    expect(text(part(el, 'reviewed'))).to.equal('May 1, 2026 reviewed');
    expect(part(el, 'reviewed').firstElementChild!.localName).to.equal('time');
    const de = await inLang<MisconceptionCard>('de', html`<misconception-card .data=${card}></misconception-card>`, 'misconception-card');
    expect(text(part(de, 'misconception'))).to.equal('Fehlannahme: Claim');
    expect(text(part(de, 'reviewed'))).to.equal('Geprüft am 1. Mai 2026');
  });
});

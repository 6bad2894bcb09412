import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { FaqAccordion } from '../../src/index.js';
import { part, parts, waitFor } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { PLAIN_HTML, RICH_HTML, plainProblems, renderContent, richProblems } from '../helpers/html-content.js';
import type { ExplainerErrorDetail } from '../../src/internal/events.js';

const content = {
  format: 'html',
  title: PLAIN_HTML,
  intro: RICH_HTML,
  items: [
    { id: 'one', question: PLAIN_HTML, answer: RICH_HTML, open: true },
    { id: 'two', question: 'Second?', answer: RICH_HTML },
  ],
};

describe('faq-accordion: HTML content ("format": "html")', () => {
  afterEach(() => document.querySelectorAll('faq-accordion').forEach((el) => el.remove()));

  // First in this file: the page has not loaded the HTML reader yet.
  it('loads the HTML reader on first use, showing the loading state meanwhile, then renders once', async () => {
    const el = document.createElement('faq-accordion');
    const events = recordEvents(el, 'explainer-load', 'explainer-error');
    el.data = content;
    document.body.append(el);
    await el.updateComplete;
    expect(part(el, 'loading').getAttribute('role')).to.equal('status');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await waitFor(() => events.length > 0, 5000, 'explainer-load');
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(parts(el, 'loading')).to.have.length(0);
    expect(parts(el, 'question')).to.have.length(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(events.map((e) => e.type)).to.deep.equal(['explainer-load']);
  });

  it('renders the subset in the intro and every answer, and the title and questions as decoded text', async () => {
    const el = await renderContent<FaqAccordion>('faq-accordion', content);
    el.expandAll();
    await el.updateComplete;
    const problems = [
      ...plainProblems(part(el, 'title'), 'title'),
      ...plainProblems(parts(el, 'question-text')[0], 'items[0].question'),
      ...richProblems(part(el, 'intro'), 'intro'),
      ...parts(el, 'answer-body').flatMap((body, i) => richProblems(body, `items[${i}].answer`)),
    ];
    expect(problems).to.deep.equal([]);
    // Event labels carry the decoded question.
    const toggles = recordEvents<{ label: string }>(el, 'explainer-toggle');
    el.toggle(0, false);
    await el.updateComplete;
    await waitFor(() => toggles.length > 0);
    expect(toggles[0]!.detail.label).to.equal('Germany\u2019s & <b>ASEAN</b>');
  });

  it('renders the WordPress example from src: questions decoded, block comments, images and embeds gone', async () => {
    const el = document.createElement('faq-accordion');
    el.setAttribute('src', '/examples/content/cms/faq-accordion-wordpress.json');
    const loaded = recordEvents(el, 'explainer-load');
    document.body.append(el);
    await waitFor(() => loaded.length > 0, 5000, 'explainer-load');
    el.expandAll();
    await el.updateComplete;
    expect(parts(el, 'question-text').map((q) => q.textContent)).to.deep.equal([
      'Why is the meeting between the ASEAN Secretary-General and Germany\u2019s Defense State Secretary important?',
      'What is \u201cASEAN Centrality\u201d and why does Germany support it?',
      'What are the main security threats that Germany & ASEAN are collaborating on?',
    ]);
    const [first, second, third] = parts(el, 'answer-body');
    expect(Array.from(first!.children, (p) => p.localName)).to.deep.equal(['p', 'p', 'p']);
    expect(first!.children[1]!.textContent).to.equal('The meeting at the ASEAN Secretariat in Jakarta.');
    expect(first!.querySelector('strong')!.textContent).to.equal('Germany\u2019s transition');
    expect(second!.querySelector('em')!.textContent).to.equal('ASEAN Centrality');
    const link = second!.querySelector('a')!;
    expect([link.getAttribute('href'), link.hasAttribute('target'), link.hasAttribute('rel')]).to.deep.equal(['https://asean.org/', false, false]);
    expect(Array.from(third!.querySelectorAll('li'), (li) => li.textContent)).to.deep.equal([
      'Maritime security (freedom of navigation)',
      'Cybersecurity',
      'Combating piracy',
      'Humanitarian assistance and disaster relief (HADR)',
    ]);
    expect(el.shadowRoot!.querySelector('img, iframe, figure, abbr, script')).to.equal(null);
  });

  it('reads inline JSON with HTML content as well', async () => {
    const el = document.createElement('faq-accordion');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ format: 'html', items: [{ question: 'Q&amp;A', answer: '<p>One<br>two</p>', open: true }] });
    el.append(script);
    const loaded = recordEvents(el, 'explainer-load');
    document.body.append(el);
    await waitFor(() => loaded.length > 0, 5000, 'explainer-load');
    expect(part(el, 'question-text').textContent).to.equal('Q&A');
    expect(part(el, 'answer-body').innerHTML.replace(/<!--[^]*?-->/g, '')).to.equal('<p>One<br>two</p>');
  });

  it('drops an item whose answer shows no text as HTML, naming it; reports an unknown format as an error state', async () => {
    const el = document.createElement('faq-accordion');
    const errors = recordEvents<ExplainerErrorDetail>(el, 'explainer-error');
    el.data = { format: 'html', items: [{ question: 'Kept', answer: '<p>Yes</p>' }, { question: 'Dropped', answer: '<img src="/x.png"><script>x</script>' }] };
    document.body.append(el);
    await waitFor(() => errors.length > 0, 5000, 'explainer-error');
    expect(errors[0]!.detail).to.deep.include({ kind: 'content', fatal: false });
    expect(errors[0]!.detail.errors).to.deep.equal([{ path: 'items[1].answer', message: 'has no text once read as HTML' }]);
    expect(parts(el, 'question')).to.have.length(1);

    el.data = { format: 'HTML', items: [{ question: 'Q', answer: '<p>A</p>' }] };
    await waitFor(() => errors.length > 1);
    expect(errors[1]!.detail.fatal).to.equal(true);
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(part(el, 'error-list').textContent).to.equal('format: expected one of "markdown", "html", got "HTML"');
  });

  it('keeps reading Markdown content as Markdown: HTML in it shows as text', async () => {
    const el = await renderContent<FaqAccordion>('faq-accordion', { items: [{ question: 'Q&amp;A', answer: '<b>not bold</b> **bold**', open: true }] });
    expect(part(el, 'question-text').textContent).to.equal('Q&amp;A');
    const body = part(el, 'answer-body');
    expect(body.querySelector('b')).to.equal(null);
    expect(body.querySelector('strong')!.textContent).to.equal('bold');
    expect(body.textContent).to.equal('<b>not bold</b> bold');
  });
});

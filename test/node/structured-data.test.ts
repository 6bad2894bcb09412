/// <reference types="node" />
// toJsonLd() and toJsonLdScript(): schema.org structured data from content, checked against the FAQPage and
// ClaimReview shapes, the example content, hostile content, and the rich-text to HTML-string serializer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toJsonLd, toJsonLdScript, type ClaimReviewJsonLd, type QuestionJsonLd } from '../../src/structured-data.js';
import { escapeHtml, richTextToHtml } from '../../src/internal/rich-text/html-string.js';
import { parseRichText } from '../../src/internal/rich-text/markdown.js';
import { XSS_PAYLOADS } from '../security/xss-payloads.js';

const example = (tag: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`examples/content/asean-germany/${tag}.json`, 'utf8')) as Record<string, unknown>;
const faq = example('faq-accordion') as { items: { id: string; question: string; answer: string }[] };
const cards = example('misconception-card') as { title: string; items: { id: string; misconception: string; reality: string }[] };
const PAGE = 'https://example.org/explainers/asean-germany';

/** Every tag in an HTML string of the accepted subset: only these, and no attribute but a double-quoted href on `a`. */
const ALLOWED_TAG = /^<(?:\/?(?:p|ul|ol|li|strong|em|a)|br|a href="[^"<>]*")>$/;
function assertSubset(html: string): void {
  for (const tag of html.match(/<[^>]*>?/g) ?? []) assert.match(tag, ALLOWED_TAG, `tag ${tag} in ${html.slice(0, 120)}`);
  // Outside tags, every & starts a character reference, and no quote is left raw.
  assert.doesNotMatch(html.replace(/<[^>]*>/g, ''), /&(?!amp;|lt;|gt;|quot;|#39;)|["']/);
}

describe('toJsonLd: faq-accordion', () => {
  it('gives a FAQPage with one Question and acceptedAnswer per item of the example', () => {
    const data = toJsonLd('faq-accordion', faq)!;
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'FAQPage');
    assert.equal(data.mainEntity.length, 5);
    data.mainEntity.forEach((question, i) => {
      const item = faq.items[i]!;
      assert.deepEqual(question, {
        '@type': 'Question',
        name: item.question,
        acceptedAnswer: { '@type': 'Answer', text: `<p>${escapeHtml(item.answer)}</p>` },
      });
    });
    assert.equal('url' in data, false, 'no url unless given');
  });

  it('with url: the page on the FAQPage, <page>#<id> on each question with an id, fragments dropped', () => {
    const data = toJsonLd('faq-accordion', { items: [...faq.items.slice(0, 2), { question: 'No id?', answer: 'None.' }, { id: 'a/b-é', question: 'Q', answer: 'A' }] }, { url: `${PAGE}#top` })!;
    assert.equal(data.url, PAGE);
    assert.deepEqual(
      data.mainEntity.map((q: QuestionJsonLd) => q.url),
      [`${PAGE}#why-important`, `${PAGE}#asean-centrality`, undefined, `${PAGE}#a%2Fb-%C3%A9`],
    );
  });

  it('writes answers as HTML in the accepted subset: p, ul, ol, li, a href, strong, em; code as its text', () => {
    const answer = [
      'Some **strong** and *em* and `<code>` text & "quotes" \'too\'.',
      '',
      '- one [link](https://example.org/a?b=1&c=2)',
      '- two [relative](/more) and [mail](mailto:press@example.org)',
      '',
      '3. third',
      '4. fourth [bad](javascript:alert(1))',
    ].join('\n');
    const data = toJsonLd('faq-accordion', { items: [{ question: 'Q', answer }] })!;
    const html = data.mainEntity[0]!.acceptedAnswer.text;
    assert.equal(
      html,
      '<p>Some <strong>strong</strong> and <em>em</em> and &lt;code&gt; text &amp; &quot;quotes&quot; &#39;too&#39;.</p>' +
        '<ul><li>one <a href="https://example.org/a?b=1&amp;c=2">link</a></li><li>two <a href="/more">relative</a> and <a href="mailto:press@example.org">mail</a></li></ul>' +
        '<ol><li>third</li><li>fourth [bad](javascript:alert(1))</li></ol>',
    );
    assertSubset(html);
    const resolved = toJsonLd('faq-accordion', { items: [{ question: 'Q', answer }] }, { url: PAGE })!.mainEntity[0]!.acceptedAnswer.text;
    assert.match(resolved, /<a href="https:\/\/example\.org\/more">relative<\/a>/, 'relative links made absolute against url');
    assert.match(resolved, /<a href="mailto:press@example\.org">/);
  });

  it('keeps the question as plain text (JSON escaping is the script’s job)', () => {
    const data = toJsonLd('faq-accordion', { items: [{ question: 'Is A < B & "C"?', answer: 'Yes.' }] })!;
    assert.equal(data.mainEntity[0]!.name, 'Is A < B & "C"?');
  });

  it('describes only valid items, and gives null for content the component cannot show', () => {
    const data = toJsonLd('faq-accordion', { items: [{ question: 'Q1', answer: 'A1' }, { question: 'Q2', answer: 3 }, 'x', { question: 'Q3', answer: 'A3' }] })!;
    assert.deepEqual(data.mainEntity.map((q) => q.name), ['Q1', 'Q3']);
    for (const bad of [null, undefined, 'text', [], {}, { items: [] }, { items: [{ question: 'Q' }] }]) {
      assert.equal(toJsonLd('faq-accordion', bad), null, JSON.stringify(bad));
    }
  });
});

describe('toJsonLd: misconception-card', () => {
  const claims = (content: unknown, options?: Parameters<typeof toJsonLd>[2]): ClaimReviewJsonLd[] => toJsonLd('misconception-card', content, options)!['@graph'];

  it('gives an @graph with one ClaimReview per card of the example', () => {
    const data = toJsonLd('misconception-card', cards)!;
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@graph'].length, 3);
    data['@graph'].forEach((review, i) => {
      const card = cards.items[i]!;
      assert.equal(review['@type'], 'ClaimReview');
      assert.equal(review.claimReviewed, card.misconception);
      assert.equal(review.reviewBody, card.reality);
      assert.deepEqual(Object.keys(review), ['@type', 'claimReviewed', 'reviewRating', 'reviewBody'], 'nothing the content does not give');
    });
    // No verdict in the example: the rating is the reality's first sentence.
    assert.deepEqual(data['@graph'][0]!.reviewRating, { '@type': 'Rating', alternateName: 'The majority of Europe’s trade passes through the Indo-Pacific.' });
    assert.equal(data['@graph'][2]!.reviewRating.alternateName, 'While member states have different views, the ASEAN Secretariat provides a centralized point of coordination.');
  });

  it('a single card at the root gives an @graph of one', () => {
    const graph = claims({ misconception: 'M', reality: 'R.' });
    assert.equal(graph.length, 1);
    assert.equal(graph[0]!.claimReviewed, 'M');
  });

  it('rates by the verdict in words, in the locale and with label overrides; no numeric rating', async () => {
    const verdicts = ['false', 'misleading', 'mostly-false', 'mostly-true', 'unproven'];
    const content = { items: verdicts.map((verdict) => ({ misconception: 'M', reality: 'R. More.', verdict })) };
    assert.deepEqual(claims(content).map((r) => r.reviewRating), ['False', 'Misleading', 'Mostly false', 'Mostly true', 'Unproven'].map((alternateName) => ({ '@type': 'Rating', alternateName })));
    await import('../../src/locales/de.js');
    // German, once its module is loaded (as on a server that imports it); de-AT falls back to de.
    assert.deepEqual(
      claims(content, { locale: 'de-AT' }).map((r) => r.reviewRating.alternateName),
      ['Falsch', 'Irreführend', 'Größtenteils falsch', 'Größtenteils richtig', 'Unbelegt'],
    );
    assert.equal(claims(content, { labels: { 'misconception.verdict.false': 'Wrong' } })[0]!.reviewRating.alternateName, 'Wrong');
  });

  it('takes the first sentence of the first block of a reality in rich text', () => {
    const [review] = claims({ misconception: 'M', reality: 'It is **close**: 2.5 km, see [map](https://example.org/map). Second sentence.\n\n- a list' });
    assert.equal(review!.reviewRating.alternateName, 'It is close: 2.5 km, see map.');
    assert.equal(review!.reviewBody, 'It is close: 2.5 km, see map. Second sentence.\n\na list');
  });

  it('adds url and author from the options, datePublished from reviewed, citations from sources', () => {
    const [review] = claims(
      {
        misconception: 'M',
        reality: 'R.',
        verdict: 'false',
        reviewed: '2026-05-01',
        sources: [
          { label: 'Report', url: 'https://example.org/report' },
          { label: 'Relative', url: '/data.csv' },
          { label: 'Refused', url: 'javascript:alert(1)' },
        ],
      },
      { url: PAGE, author: 'Example News' },
    );
    assert.deepEqual(review, {
      '@type': 'ClaimReview',
      claimReviewed: 'M',
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
      reviewBody: 'R.',
      url: PAGE,
      author: { '@type': 'Organization', name: 'Example News' },
      datePublished: '2026-05-01',
      citation: [
        { '@type': 'CreativeWork', name: 'Report', url: 'https://example.org/report' },
        { '@type': 'CreativeWork', name: 'Relative', url: 'https://example.org/data.csv' },
        { '@type': 'CreativeWork', name: 'Refused' },
      ],
    });
    const person = { '@type': 'Person', name: 'A. Writer', url: 'https://example.org/a' } as const;
    assert.deepEqual(claims({ misconception: 'M', reality: 'R.' }, { author: person })[0]!.author, person);
    assert.equal('author' in claims({ misconception: 'M', reality: 'R.' }, { author: ' ' })[0]!, false, 'a blank author is left out');
  });

  it('describes only valid cards, and gives null for content the component cannot show', () => {
    assert.deepEqual(claims({ items: [{ misconception: 'A', reality: 'R.' }, { misconception: 'B', reality: 'R.', verdict: 'true' }, { misconception: 'C', reality: 'R.' }] }).map((r) => r.claimReviewed), ['A', 'C']);
    for (const bad of [null, 'text', [], {}, { items: [] }, { misconception: 'only' }]) assert.equal(toJsonLd('misconception-card', bad), null, JSON.stringify(bad));
  });
});

describe('toJsonLd: the other components, and unknown tags', () => {
  it('gives null for the table and the tracker, valid or not', () => {
    assert.equal(toJsonLd('cooperation-table', example('cooperation-table')), null);
    assert.equal(toJsonLd('indicator-tracker', example('indicator-tracker')), null);
    assert.equal(toJsonLd('indicator-tracker', {}), null);
    assert.equal(toJsonLdScript('cooperation-table', example('cooperation-table')), null);
  });

  it('throws a TypeError for an unknown tag (a programming error, not content)', () => {
    assert.throws(() => toJsonLd('faq-acordion', faq), TypeError);
  });
});

describe('toJsonLdScript', () => {
  /** The script's JSON, read as an HTML parser would: up to the first `</script`. */
  function scriptJson(html: string): unknown {
    const match = /^<script type="application\/ld\+json" data-explainer-json-ld>([^]*?)<\/script/i.exec(html);
    assert.ok(match, html.slice(0, 100));
    assert.equal(match[0].length + 1, html.length, 'the script ends exactly at its own </script>');
    return JSON.parse(match[1]!);
  }

  it('writes the JSON-LD as a marked script element that parses back to toJsonLd()', () => {
    assert.deepEqual(scriptJson(toJsonLdScript('faq-accordion', faq, { url: PAGE })!), toJsonLd('faq-accordion', faq, { url: PAGE }));
    assert.deepEqual(scriptJson(toJsonLdScript('misconception-card', cards)!), toJsonLd('misconception-card', cards));
    assert.equal(toJsonLdScript('faq-accordion', {}), null);
  });

  it('with the XSS corpus in every field, nothing escapes the script and answers stay in the subset', () => {
    const texts = XSS_PAYLOADS.map((p) => p.text);
    const faqContent = { items: texts.map((text, i) => ({ id: `q${i}`, question: text, answer: text })) };
    const cardContent = {
      items: texts.map((text) => ({ misconception: text, reality: text, sources: [{ label: text, url: text }] })),
    };
    const options = { url: PAGE, author: texts[0]! };
    const faqData = toJsonLd('faq-accordion', faqContent, options)!;
    assert.equal(faqData.mainEntity.length, texts.length);
    assert.deepEqual(scriptJson(toJsonLdScript('faq-accordion', faqContent, options)!), faqData);
    faqData.mainEntity.forEach((q, i) => {
      assert.equal(q.name, texts[i]);
      assertSubset(q.acceptedAnswer.text);
    });
    const cardData = toJsonLd('misconception-card', cardContent, options)!;
    assert.equal(cardData['@graph'].length, texts.length);
    assert.deepEqual(scriptJson(toJsonLdScript('misconception-card', cardContent, options)!), cardData);
    for (const review of cardData['@graph']) {
      for (const citation of review.citation ?? []) if (citation.url) assert.match(citation.url, /^(https?|mailto):/i);
    }
  });
});

describe('richTextToHtml', () => {
  it('checks link targets again (an AST from another reader) and escapes hrefs', () => {
    const html = richTextToHtml([
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', value: 'bad' }] },
          { type: 'link', href: 'https://example.org/"><script>', children: [{ type: 'em', children: [{ type: 'text', value: 'ok' }] }] },
        ],
      },
    ]);
    assert.equal(html, '<p>bad<a href="https://example.org/&quot;&gt;&lt;script&gt;"><em>ok</em></a></p>');
  });

  it('serializes every paragraph and list of the parser, nothing for an empty source', () => {
    assert.equal(richTextToHtml(parseRichText('')), '');
    assert.equal(richTextToHtml(parseRichText('a\nb\n\nc')), '<p>a b</p><p>c</p>');
    assert.equal(richTextToHtml(parseRichText('1. x\n2. __y__')), '<ol><li>x</li><li><strong>y</strong></li></ol>');
  });

  it('leaves a link relative when the base is not a usable absolute URL', () => {
    const blocks = parseRichText('[a](/x) [b](#f)');
    assert.equal(richTextToHtml(blocks, 'not a url'), '<p><a href="/x">a</a> <a href="#f">b</a></p>');
    assert.equal(richTextToHtml(blocks, 'javascript:alert(1)'), '<p><a href="/x">a</a> <a href="#f">b</a></p>');
  });
});

describe('structured-data entry: no Lit, no DOM', () => {
  it('imports no Lit module anywhere in its module graph', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
        if (!spec) continue;
        assert.ok(spec.startsWith('.'), `${file} imports the package "${spec}"`);
        visit(new URL(spec.replace(/\.js$/, '.ts'), `file://${process.cwd()}/${file}`).pathname.slice(process.cwd().length + 1));
      }
    };
    visit('src/structured-data.ts');
    assert.ok(seen.size > 5, `followed ${seen.size} modules`);
  });
});

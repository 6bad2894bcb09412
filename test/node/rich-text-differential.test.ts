/// <reference types="node" />
// Differential test of the Markdown-subset parser: a generated corpus of random sources (the special characters
// `*_\`[]()!\\` and newlines mixed with words, spaces, list markers, safe and refused URLs, Unicode punctuation) is
// parsed and compared with the output frozen in test/node/fixtures/rich-text-differential.json (in a compact form
// that still checks every key and its order). Any change in what the parser gives for these sources fails here,
// which makes it safe to rework the parser for speed.
//
// A corpus of URLs built from schemes, separators, controls, backslashes and character references checks `safeUrl`
// the same way.
//
// The fixture holds the sources as well as the outputs, so changing the generator cannot silently change the cases.
// When a change in output is intended, regenerate it (and review the diff):
//   UPDATE_RICH_TEXT_FIXTURE=1 node --import tsx --test test/node/rich-text-differential.test.ts
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseRichText } from '../../src/internal/rich-text/markdown.js';
import type { RichBlock, RichInline } from '../../src/internal/rich-text/markdown.js';
import { safeUrl } from '../../src/internal/rich-text/url-policy.js';

const FIXTURE = new URL('./fixtures/rich-text-differential.json', import.meta.url);
const CASES = 400;
const URL_CASES = 300;

/** mulberry32: the same corpus on every run and machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '*', '*', '**', '_', '_', '__', '`', '``', '[', ']', '(', ')', '!', '\\', '\n', '\n\n', ' ', ' ', ' ', '\t',
  'word', 'text', 'a', 'é', 'x1', '“', '”', '—', '.', ',', '-', '😀', '\ud83d', '\ude00', '\u00a0', '\u3000', '\u2028',
  '\r\n', '\r', '  \n', '&amp;', '<b>', '$', '~',
  '](', '![', '\\*', '\\[', '\\\\',
  'https://example.org/a_b*c', '(https://example.org/explainer#q1)', '(/rel)', '(mailto:press@example.org)',
  '(javascript:alert(1))', '(a b)', '(https://example.org/a(b)c)', '( /x )', '(&#106;avascript:x)', '(\\(x\\))',
  '\n- ', '\n* ', '\n+ ', '\n1. ', '\n2) ', '\n  ', '\n\n1. ', '\n\n- ',
];

/** One random source: pieces from PIECES, or now and then a well-formed construct. */
function source(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const length = 1 + Math.floor(rand() * 24);
  let out = '';
  for (let i = 0; i < length; i++) {
    const r = rand();
    if (r < 0.06) out += `[${pick(['link', 'the *explainer*', '`x`', ''])}](${pick(['https://example.org/', '/a', 'ftp://x', '#f'])})`;
    else if (r < 0.1) out += `${pick(['*', '**', '_', '__', '`'])}${pick(['word', ' a ', 'x y', ''])}${pick(['*', '**', '_', '__', '`'])}`;
    else out += pick(PIECES);
  }
  return out;
}

/** The corpus: a few fixed sources (the FAQ benchmark's answer shape, edge cases), then random ones. */
function corpus(): string[] {
  const rand = random(20260603);
  const fixed = [
    '',
    'plain words only',
    'Text of the answer.\n\nSee **point 1** in [the explainer](https://example.org/explainer#q1).',
    'one\ntwo\r\nthree\rfour',
    '- a\n- b\n\n  c\n1. x',
    '*a **b** c*',
    '`` a ` b ``',
    '   \n\t\n',
  ];
  const out = [...fixed];
  while (out.length < CASES) out.push(source(rand));
  return out;
}

const URL_PIECES = [
  'http', 'HTTPS', 'mailto', 'javascript', 'java\tscript', 'data', 'jav&#x61;script', 'vbscript', 'file', 'x', 'ab.c',
  ':', ':', '//', '/', '?', '#', '\\', '&', '&colon;', '&#58;', ' ', '\t', '\n', '\r', '\u0000', '\u0007', '\u007f',
  '\u0085', 'é', 'example.org', '@', '=', '%3A', '(', ')', 'Mailto', 'HTTP', 'httpſ', '\u212Aey', '\u00a0', '\u2028',
];

/** The URL corpus for `safeUrl` on its own: random concatenations of URL_PIECES. */
function urls(): string[] {
  const rand = random(7);
  const out = ['', 'https://example.org/explainer#q1', '/a', 'javascript:alert(1)', ' https://x ', 'mailto:a@b'];
  while (out.length < URL_CASES) {
    let url = '';
    for (let n = 1 + Math.floor(rand() * 6); n > 0; n--) url += URL_PIECES[Math.floor(rand() * URL_PIECES.length)];
    out.push(url);
  }
  return out;
}

/** The keys of each node type, in the order the parser writes them. */
const KEYS: Record<string, string> = {
  text: 'type,value',
  code: 'type,value',
  em: 'type,children',
  strong: 'type,children',
  link: 'type,href,children',
  break: 'type',
  paragraph: 'type,children',
  list: 'type,ordered,start,items',
};

/**
 * A node in the fixture's compact form: a text node is its string, any other node an array that starts with its
 * type (`["em", ...children]`, `["link", href, ...children]`, `["list", ordered, start, ...items]`). Keys other than
 * (or in another order than) the parser's own fail, so the compact form loses nothing the parser gives.
 */
function compact(node: RichBlock | RichInline): unknown {
  assert.equal(Object.keys(node).join(), KEYS[node.type], `keys of ${JSON.stringify(node)}`);
  switch (node.type) {
    case 'text':
      return node.value;
    case 'code':
      return ['code', node.value];
    case 'link':
      return ['link', node.href, ...node.children.map(compact)];
    case 'list':
      return ['list', node.ordered, node.start, ...node.items.map((item) => item.map(compact))];
    case 'break':
      return ['break'];
    default:
      return [node.type, ...node.children.map(compact)];
  }
}

/** The parser's output for one source, as compact JSON text. */
const output = (src: string): string => JSON.stringify(parseRichText(src).map(compact));

describe('rich text: differential corpus', () => {
  if (process.env.UPDATE_RICH_TEXT_FIXTURE) {
    const sources = corpus().map((src) => [src, JSON.parse(output(src)) as unknown]);
    const links = urls().map((url) => [url, safeUrl(url)]);
    const lines = (cases: unknown[]): string => cases.map((c) => JSON.stringify(c)).join(',\n');
    writeFileSync(FIXTURE, `{"sources": [\n${lines(sources)}\n],\n"urls": [\n${lines(links)}\n]}\n`);
  }
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { sources: [string, unknown][]; urls: [string, string | null][] };

  it('parses every source of the frozen corpus exactly as the fixture says', () => {
    assert.ok(fixture.sources.length >= CASES, `the fixture holds ${fixture.sources.length} sources`);
    for (const [src, expected] of fixture.sources) assert.equal(output(src), JSON.stringify(expected), JSON.stringify(src));
  });

  it('gives the same safeUrl answer for every URL of the frozen corpus', () => {
    assert.ok(fixture.urls.length >= URL_CASES, `the fixture holds ${fixture.urls.length} URLs`);
    for (const [url, expected] of fixture.urls) assert.equal(safeUrl(url), expected, JSON.stringify(url));
  });
});

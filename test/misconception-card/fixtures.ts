import type { MisconceptionContent, MisconceptionItem } from '../../src/misconception-card.js';

/** A card with every optional field, for the tests that need verdicts, sources and dates. */
export const fullCard: MisconceptionItem = {
  id: 'full',
  misconception: 'Germany only provides economic aid.',
  reality: 'Defence cooperation is *part* of the partnership. See [the ministry](https://example.org/bmvg).',
  verdict: 'mostly-false',
  sources: [
    { label: 'Federal Foreign Office', url: 'https://www.auswaertiges-amt.de/' },
    { label: 'Relative page', url: '/policy/indo-pacific' },
    { label: 'Dangerous', url: 'javascript:alert(1)' },
    { label: 'Data URL', url: 'data:text/html,<b>x</b>' },
  ],
  reviewed: '2026-05-01',
};

/** A set with one card per verdict. */
export function verdictSet(): MisconceptionContent {
  const verdicts = ['false', 'misleading', 'mostly-false', 'mostly-true', 'unproven'] as const;
  return {
    title: 'Verdicts',
    items: verdicts.map((verdict, i) => ({ id: `v${i}`, misconception: `Claim ${i}`, reality: `Reality ${i}.`, verdict })),
  };
}

function describeNode(node: Element | null | undefined): string {
  if (!node) return String(node);
  const part = node.getAttribute('part');
  return `<${node.localName}${part ? ` part="${part}"` : ''}>`;
}

/**
 * "same" when `actual` is `expected`, else a readable difference. Comparing elements with chai directly makes a
 * failing assertion serialise the DOM, which can crash the test runner instead of reporting the failure.
 */
export function sameNode(actual: Element | null | undefined, expected: Element | null | undefined): string {
  return actual === expected ? 'same' : `${describeNode(actual)} instead of ${describeNode(expected)}`;
}

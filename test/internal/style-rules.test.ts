import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import '../../src/index.js';

// The rules that keep style recalculation cheap (issue #16, bench/RESULTS.md), checked on every component's sheets as
// the browser parsed them, so a rule written against them fails here rather than only in a benchmark:
//   - no selector on the `part` attribute: a component styles its own parts by class (`[part~=x]` is an attribute
//     substring match, tested on every element); portals keep `::part()`;
//   - no universal `*::before` / `*::after` rule: it gives every node of the shadow tree two pseudo-elements to style
//     (rules under a media query of a mode the reader chooses, e.g. `prefers-reduced-motion`, print, forced colours,
//     apply only in that mode and are not checked);
//   - under `@container`, no rule whose subject is a row, a cell or a stacked label: such rules are tested against a
//     container query on each of the thousands of them, and make their styles uncacheable. The stacked layout sets
//     private switches on the table instead, which rows, cells and labels read in their ordinary rules.

const TAGS = ['faq-accordion', 'cooperation-table', 'misconception-card', 'indicator-tracker', 'explainer-provider'];

interface Found {
  selector: string;
  /** Under an `@container` rule. */
  container: boolean;
  /** Under a media query of a mode the reader or the medium chooses (reduced motion, forced colours, print...). */
  mode: boolean;
}

const MODES = /prefers-reduced-motion|forced-colors|print|scripting|prefers-contrast|prefers-color-scheme/;

/** Every style rule's selector in `rules`, and what it sits under (at any depth). */
function selectors(rules: CSSRuleList, container = false, mode = false): Found[] {
  const found: Found[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) found.push({ selector: rule.selectorText, container, mode });
    // Grouping rules (@media, @supports, @container, @layer) and nested style rules hold more.
    if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) {
      const inContainer = container || rule.constructor.name === 'CSSContainerRule';
      const inMode = mode || (rule instanceof CSSMediaRule && MODES.test(rule.media.mediaText));
      found.push(...selectors((rule as CSSGroupingRule).cssRules, inContainer, inMode));
    }
  }
  return found;
}

/** The component's sheets, parsed by this browser. */
function sheetsOf(tag: string): CSSStyleSheet[] {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  return ctor.elementStyles.map((style: CSSResultOrNative) => {
    if (style instanceof CSSStyleSheet) return style;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.cssText);
    return sheet;
  });
}

/** The subject (last compound) of each selector in a list. */
const subjects = (selector: string): string[] =>
  selector.split(',').map((one) => one.trim().split(/\s*[\s>+~]\s*/).pop() ?? '');

/** The three checks, as the selectors each one refuses: the components' sheets and the self-check use these. */
const onPart = (found: Found[]): string[] => found.filter((f) => /\[\s*part\b/i.test(f.selector)).map((f) => f.selector);
const universalPseudo = (found: Found[]): string[] =>
  found.filter((f) => !f.mode && subjects(f.selector).some((s) => /^(\*|)::?(before|after)$/i.test(s))).map((f) => f.selector);
const rowsUnderContainer = (found: Found[]): string[] =>
  found
    .filter((f) => f.container && subjects(f.selector).some((s) => /^(tr|td|th)\b|\.stacked-label\b|^\.?row\b|^\.?cell\b/i.test(s)))
    .map((f) => f.selector);

describe('style rules that keep style recalculation cheap', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      let found: Found[];
      before(() => {
        found = sheetsOf(tag).flatMap((sheet) => selectors(sheet.cssRules));
      });

      it('has style rules to check (the sheets parsed)', () => {
        expect(found.length).to.be.greaterThan(tag === 'explainer-provider' ? 0 : 20);
      });

      it('selects no element by its part attribute', () => {
        expect(onPart(found)).to.deep.equal([]);
      });

      it('has no universal ::before or ::after rule', () => {
        expect(universalPseudo(found)).to.deep.equal([]);
      });

      it('names no row, cell or stacked label under @container', () => {
        expect(rowsUnderContainer(found)).to.deep.equal([]);
      });
    });
  }

  it('catches what it is for (the checks on made-up rules)', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`[part~="row"] { color: red } *::before { content: "" } ::after { content: "" }
      @media (prefers-reduced-motion: reduce) { *::after { transition: none } }
      @container (max-width: 1px) { tbody tr { display: block } td.x { color: red } .stacked-label { display: block } .table { color: red } }`);
    const made = selectors(sheet.cssRules);
    expect(onPart(made)).to.have.length(1);
    expect(universalPseudo(made), 'the reduced-motion rule is left out').to.have.length(2);
    expect(made.filter((f) => f.mode)).to.have.length(1);
    expect(rowsUnderContainer(made), '.table is not a row, cell or label').to.have.length(3);
  });
});

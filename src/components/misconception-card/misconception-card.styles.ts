import { css } from 'lit';

/*
 * Elements are styled by a class beside each part (the same word, `body` for `reality-body`; a verdict badge also has
 * `verdict-<verdict>`), their tag or their ARIA state (the reveal button is the only element with `aria-expanded`),
 * not by selectors on the `part` attribute (portals keep `::part()`). Public tokens are read where they are used,
 * with their defaults, instead of through private copies on the host. `--_v` is the colour of a verdict badge.
 */
export const misconceptionStyles = css`
  /* Columns follow the component's own width (not the viewport): one at 320px, several when there is room. */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--explainer-card-min-width, 18rem)), 1fr));
    gap: var(--explainer-card-gap, var(--_space));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A card fills its grid cell, so cards in a row are equally tall. */
  article {
    height: 100%;
    padding: var(--explainer-card-padding, var(--_space));
    border: var(--explainer-card-border, var(--_border));
    border-radius: var(--explainer-card-radius, var(--_radius));
    background: var(--explainer-card-background, var(--_surface));
    overflow-wrap: anywhere;
  }
  article,
  .reality,
  .misconception {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  article > *,
  .reality > * {
    margin: 0;
  }
  /* More room around the reality (the card's second half); none around one that is still hidden. */
  .reality:not([hidden]) {
    margin-block: calc(var(--_space) / 2);
  }
  .reality:first-child,
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .misconception {
    font-family: var(--_heading-font);
    font-size: var(--explainer-card-misconception-font-size, 1.125em);
    font-weight: 600;
    line-height: 1.35;
  }
  /* An icon and its words on one line; badges and buttons as wide as their words, not the card. */
  .label,
  .verdict,
  [aria-expanded] {
    display: flex;
    align-items: center;
    align-self: start;
    gap: 0.375em;
  }
  .label {
    color: var(--explainer-card-label-color, var(--_muted));
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  /* Icons are square (their viewBox), so a width sizes them. */
  svg {
    flex: none;
    width: var(--explainer-card-icon-size, 1.25em);
  }
  /* Unset tokens leave the colour inherited (currentColor). */
  .misconception-icon {
    color: var(--explainer-card-misconception-color);
  }
  .reality-icon {
    color: var(--explainer-card-reality-color);
  }
  .verdict {
    padding: 0.125em 0.625em;
    border: var(--explainer-border-width, 1px) solid var(--_v);
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .verdict-icon {
    width: 1.1em;
    color: var(--_v);
  }
  .verdict-false {
    --_v: var(--explainer-card-verdict-false-color, light-dark(#b3261e, #f2b8b5));
  }
  .verdict-misleading {
    --_v: var(--explainer-card-verdict-misleading-color, light-dark(#8a5300, #ffb95c));
  }
  .verdict-mostly-false {
    --_v: var(--explainer-card-verdict-mostly-false-color, light-dark(#a4370f, #ffb59a));
  }
  .verdict-mostly-true {
    --_v: var(--explainer-card-verdict-mostly-true-color, light-dark(#1e6b34, #8fd8a0));
  }
  .verdict-unproven {
    --_v: var(--explainer-card-verdict-unproven-color, var(--_muted));
  }
  [aria-expanded] {
    min-height: 44px;
    padding: 0.375em 0.875em;
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  [aria-expanded] svg {
    transition: rotate var(--_duration);
  }
  [aria-expanded=true] svg {
    rotate: 0.5turn;
  }
  .sources {
    padding-inline-start: 1.25em;
  }
  /* A list of links is not running text: each link keeps a 24px target (WCAG 2.5.8). */
  .source-link {
    display: inline-block;
    min-height: 24px;
  }
  /* The review date sits at the foot of the card, so dates line up across a row. */
  .reviewed {
    margin-block-start: auto;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    article,
    .verdict {
      border-color: CanvasText;
    }
    svg.icon {
      color: CanvasText;
    }
    [aria-expanded],
    [aria-expanded] svg {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media print {
    [hidden] {
      content-visibility: visible;
    }
    [aria-expanded] {
      display: none !important;
    }
    article {
      break-inside: avoid;
    }
  }
  /* Server-rendered markup read with scripting off: every reality shows, and the reveal buttons go. */
  @media (scripting: none) {
    .reality[hidden] {
      display: flex;
      content-visibility: visible;
      margin-block: calc(var(--_space) / 2);
    }
    [aria-expanded] {
      display: none !important;
    }
  }
`;

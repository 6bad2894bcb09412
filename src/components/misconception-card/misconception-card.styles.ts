import { css } from 'lit';

export const misconceptionStyles = css`
  :host {
    --_card-background: var(--explainer-card-background, var(--_surface));
    --_card-border: var(--explainer-card-border, var(--_border));
    --_card-radius: var(--explainer-card-radius, var(--_radius));
    --_card-padding: var(--explainer-card-padding, var(--_space));
    --_card-gap: var(--explainer-card-gap, var(--_space));
    --_card-min-width: var(--explainer-card-min-width, 18rem);
    --_card-label-color: var(--explainer-card-label-color, var(--_muted));
    --_card-misconception-color: var(--explainer-card-misconception-color, currentColor);
    --_card-reality-color: var(--explainer-card-reality-color, currentColor);
    --_card-misconception-size: var(--explainer-card-misconception-font-size, 1.125em);
    --_card-icon-size: var(--explainer-card-icon-size, 1.25em);
    --_verdict-false: var(--explainer-card-verdict-false-color, light-dark(#b3261e, #f2b8b5));
    --_verdict-misleading: var(--explainer-card-verdict-misleading-color, light-dark(#8a5300, #ffb95c));
    --_verdict-mostly-false: var(--explainer-card-verdict-mostly-false-color, light-dark(#a4370f, #ffb59a));
    --_verdict-mostly-true: var(--explainer-card-verdict-mostly-true-color, light-dark(#1e6b34, #8fd8a0));
    --_verdict-unproven: var(--explainer-card-verdict-unproven-color, var(--_muted));
  }
  .list {
    display: grid;
    /* Columns follow the component's own width (not the viewport): one at 320px, several when there is room. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_card-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    min-width: 0;
  }
  .card {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-width: 0;
    padding: var(--_card-padding);
    border: var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
    overflow-wrap: anywhere;
  }
  .misconception {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_card-misconception-size);
    font-weight: 600;
    line-height: 1.35;
  }
  .label {
    display: flex;
    align-items: center;
    gap: 0.375em;
    margin: 0;
    color: var(--_card-label-color);
    font-family: inherit;
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    line-height: 1.4;
    text-transform: uppercase;
  }
  .misconception .label {
    margin-block-end: 0.25em;
  }
  .icon {
    flex: none;
    width: var(--_card-icon-size);
    height: var(--_card-icon-size);
  }
  .misconception-label .icon {
    color: var(--_card-misconception-color);
  }
  .reality-label .icon {
    color: var(--_card-reality-color);
  }
  .reality {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .reality-body > :first-child {
    margin-block-start: 0;
  }
  .reality-body > :last-child {
    margin-block-end: 0;
  }
  .verdict {
    display: inline-flex;
    align-items: center;
    align-self: flex-start;
    gap: 0.375em;
    margin: 0;
    padding: 0.125em 0.625em;
    border: var(--explainer-border-width, 1px) solid var(--_verdict);
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .verdict .icon {
    width: 1.1em;
    height: 1.1em;
    color: var(--_verdict);
  }
  .verdict-false {
    --_verdict: var(--_verdict-false);
  }
  .verdict-misleading {
    --_verdict: var(--_verdict-misleading);
  }
  .verdict-mostly-false {
    --_verdict: var(--_verdict-mostly-false);
  }
  .verdict-mostly-true {
    --_verdict: var(--_verdict-mostly-true);
  }
  .verdict-unproven {
    --_verdict: var(--_verdict-unproven);
  }
  .reveal-button {
    display: inline-flex;
    align-items: center;
    align-self: flex-start;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.375em 0.875em;
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .reveal-button .icon {
    transition: transform var(--_duration) ease;
  }
  .reveal-button[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .sources li + li {
    margin-block-start: 0.25em;
  }
  .sources a {
    /* A list of links is not running text: each link keeps a 24px target (WCAG 2.5.8). */
    display: inline-block;
    min-height: 24px;
  }
  .reviewed {
    padding-block-start: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .card > * {
    margin-block: 0;
  }
  .card > * + * {
    margin-block-start: calc(var(--_space) / 2);
  }
  /* More room between the two halves of a card; none before a reality that is still hidden. */
  .card > * + .reality,
  .card > .reality + * {
    margin-block-start: var(--_space);
  }
  .card > .reality[hidden] {
    margin-block-start: 0;
  }
  /* The review date sits at the foot of the card, so dates line up across a row. */
  .card > .reviewed {
    margin-block-start: auto;
  }
  @media (forced-colors: active) {
    .card,
    .verdict {
      border-color: CanvasText;
    }
    .icon,
    .verdict .icon {
      color: CanvasText;
    }
    .reveal-button {
      forced-color-adjust: auto;
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .reveal-button .icon {
      color: ButtonText;
    }
  }
  @media print {
    .reality[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .reveal-button {
      display: none !important;
    }
    .card {
      break-inside: avoid;
    }
  }
`;

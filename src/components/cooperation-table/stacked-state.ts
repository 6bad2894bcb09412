import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tracks whether the table is shown stacked (as the CSS container query decided) and exposes it as the custom
 * state `stacked`, so a portal can style the cards: `cooperation-table:state(stacked)::part(row) { ... }`.
 * Measures only in a ResizeObserver callback (after layout) and when asked; it never re-renders the host.
 */
export class StackedState implements ReactiveController {
  /** Whether the rows are shown as cards. */
  stacked = false;
  private internals: ElementInternals | null | undefined;
  private container: Element | null = null;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: Host,
    /** The element whose width decides (the container) and the table, whose display shows the outcome. */
    private readonly find: () => { container: Element; table: Element } | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const found = this.find();
    if (found?.container === this.container) return;
    this.observer?.disconnect();
    this.container = found?.container ?? null;
    if (!found) return;
    this.observer ??= new ResizeObserver(() => this.check());
    this.observer.observe(found.container);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.container = null;
  }

  /** Reads the table's display and updates the `stacked` state. */
  check(): void {
    const table = this.find()?.table;
    if (!table) return;
    this.stacked = getComputedStyle(table).display === 'block';
    if (this.internals === undefined) {
      // Created on first use, in the browser only (never during server rendering).
      try {
        this.internals = this.host.attachInternals();
      } catch {
        this.internals = null;
      }
    }
    const states = this.internals?.states;
    if (!states) return;
    if (this.stacked) states.add('stacked');
    else states.delete('stacked');
  }
}

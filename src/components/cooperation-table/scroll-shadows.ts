import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Marks a horizontally scrollable element's parent with `data-scroll-start` / `data-scroll-end` while there is
 * more to see on that side, so CSS can show scroll shadows. Measures only in a ResizeObserver callback and on
 * scroll (after layout): it never forces a layout, and never re-renders the host.
 */
export class ScrollShadows implements ReactiveController {
  private element: HTMLElement | null = null;
  private observer: ResizeObserver | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly find: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const element = this.find();
    if (element === this.element) return;
    this.detach();
    this.element = element;
    if (!element) return;
    element.addEventListener('scroll', this.measure, { passive: true });
    this.observer = new ResizeObserver(this.measure);
    this.observer.observe(element);
    if (element.firstElementChild) this.observer.observe(element.firstElementChild);
  }

  hostDisconnected(): void {
    this.detach();
    this.element = null;
  }

  private detach(): void {
    this.element?.removeEventListener('scroll', this.measure);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Logical: in right-to-left text `scrollLeft` runs from 0 to negative values. */
  readonly measure = (): void => {
    const el = this.element;
    const frame = el?.parentElement;
    if (!el || !frame) return;
    const scrolled = Math.abs(el.scrollLeft);
    const rest = el.scrollWidth - el.clientWidth - scrolled;
    frame.toggleAttribute('data-scroll-start', scrolled > 1);
    frame.toggleAttribute('data-scroll-end', rest > 1);
  };
}

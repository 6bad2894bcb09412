let counter = 0;

/** A prefix for ids unique to one component instance, so ARIA references never collide on a page. */
export function uniquePrefix(tag: string): string {
  counter += 1;
  return `${tag}-${counter.toString(36)}`;
}

/**
 * Ids and column keys derived from text: lower-case words joined by `-` (`What is “ASEAN Centrality”?` becomes
 * `what-is-asean-centrality`). An id is a handle for deep links and events, not content: deriving it invents no text.
 */

/** Longest slug, cut at a word boundary when it can be. */
const MAX_LENGTH = 48;

/** `text` as a slug: letters and digits of any script, accents dropped, other characters as `-`. May be empty. */
export function slugify(text: string, maxLength = MAX_LENGTH): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // An apostrophe joins a word (`Germany’s` -> `germanys`) rather than splitting it.
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}

/** Hands out unique slugs within one section: `a`, then `a-2`, `a-3`... */
export class SlugSet {
  readonly #taken = new Set<string>();
  /** The next number to try per base, so a thousand equal texts do not retry from 2 each time. */
  readonly #next = new Map<string, number>();

  /** A unique slug for `text`, or undefined when the text has no letter or digit to make one from. */
  claim(text: string): string | undefined {
    const base = slugify(text);
    if (!base) return undefined;
    let slug = base;
    let n = this.#next.get(base) ?? 2;
    while (this.#taken.has(slug)) slug = `${base}-${n++}`;
    this.#next.set(base, n);
    this.#taken.add(slug);
    return slug;
  }
}

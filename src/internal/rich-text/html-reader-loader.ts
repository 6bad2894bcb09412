/**
 * Loads the browser's HTML reader on demand, for the components: the parser walk and the inert-document reader are a
 * separate chunk that a page downloads only when some content says `"format": "html"`. Pure: no DOM, no Lit.
 */
import { hasHtmlReader, setHtmlReader } from './html-reader.js';

let loading: Promise<void> | undefined;

/** True when `content` is HTML content and no reader is installed yet: load one before validating it. */
export function needsHtmlReader(content: unknown): boolean {
  return !hasHtmlReader() && typeof content === 'object' && content !== null && (content as { format?: unknown }).format === 'html';
}

/**
 * Loads and installs the browser's reader (once; every caller shares the promise). Never rejects: when the chunk
 * cannot be loaded, the reader installed instead says so, and HTML content shows that error at `format`.
 */
export function loadHtmlReader(): Promise<void> {
  return (loading ??= import('./html-reader-dom.js').then(
    ({ useDomHtmlReader }) => useDomHtmlReader(),
    (error: unknown) => setHtmlReader(() => `HTML content cannot be read: the HTML reader could not be loaded (${String(error)})`),
  ));
}

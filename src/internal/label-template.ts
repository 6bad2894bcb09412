import { html } from 'lit';

/** What a placeholder may be filled with: text, or markup (an icon and a part, a `<time>`). */
export type LabelValue = string | number | object;

/**
 * Renders one label (already looked up, numbers already formatted) as template parts, so each language orders
 * its words, whatever markup goes between them:
 * - `{name}` is filled from `vars`: text joins the words around it, markup (a template) is placed as it is;
 * - `[...]` is read by assistive technology only (visually hidden), with placeholders filled as text. Spaces at its
 *   edges stay outside the hidden span, so visible words and the accessible name are both spaced right:
 *   `'Alle[ Antworten] anzeigen[: {title}]'` shows "Alle anzeigen" and reads "Alle Antworten anzeigen: …";
 * - `wrap` receives each run of visible words (default: as they are), for example to give it a part; a run of spaces
 *   alone stays bare text.
 */
export function renderLabel(text: string, vars: Record<string, LabelValue>, wrap: (words: string) => unknown = (words) => words): unknown[] {
  const out: unknown[] = [];
  let run = '';
  let hidden = false;
  const flush = () => {
    // Spaces alone are not words: they stay bare text.
    if (run) out.push(hidden ? html`<span class="visually-hidden">${run}</span>` : run.trim() ? wrap(run) : run);
    run = '';
  };
  // Pieces: placeholders, `[` with the spaces after it, `]` with the spaces before it, and words.
  for (const piece of text.split(/(\{\w+\}|\[\s*|\s*\])/)) {
    if (piece[0] === '[') {
      run += piece.slice(1);
      flush();
      hidden = true;
    } else if (piece.endsWith(']')) {
      flush();
      hidden = false;
      run = piece.slice(0, -1);
    } else {
      const value = piece[0] === '{' ? (vars[piece.slice(1, -1)] ?? piece) : piece;
      if (typeof value === 'object') {
        flush();
        out.push(value);
      } else run += value;
    }
  }
  flush();
  return out;
}

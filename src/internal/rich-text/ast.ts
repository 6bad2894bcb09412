/**
 * The rich-text AST: what every reader gives (the Markdown subset, HTML through a real parser) and what the Lit
 * renderer, the structured-data HTML writer and the plain-text export read.
 */
export type RichInline =
  | { type: 'text'; value: string }
  | { type: 'em'; children: RichInline[] }
  | { type: 'strong'; children: RichInline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; title?: string; children: RichInline[] }
  /** A line break inside a paragraph or list item (HTML `<br>`; a paragraph inside a list item). */
  | { type: 'break' };

export type RichBlock =
  | { type: 'paragraph'; children: RichInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: RichInline[][] };

/**
 * How a content's rich-text fields are written, named by its root `format`: `markdown` (the default) or `html`
 * (read by an HTML parser into the same AST; plain-text fields then have character references decoded).
 */
export type RichTextFormat = 'markdown' | 'html';

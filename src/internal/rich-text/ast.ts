/** The rich-text AST: what the Markdown subset parses into, and what renderers and plain-text export read. */
export type RichInline =
  | { type: 'text'; value: string }
  | { type: 'em'; children: RichInline[] }
  | { type: 'strong'; children: RichInline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; children: RichInline[] };

export type RichBlock =
  | { type: 'paragraph'; children: RichInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: RichInline[][] };

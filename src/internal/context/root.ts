import { isServer } from 'lit';
import { ContextRoot } from '@lit/context';

/** The document's flag: a registered symbol, so two copies of the package attach one root between them. */
const ROOT = Symbol.for('explainer-elements/context-root');

/**
 * Attaches one `@lit/context` `ContextRoot` to the document, once: it keeps the settings requests that no provider
 * answered and asks again when a provider connects, so a provider defined (or upgraded) after the components still
 * reaches them. Called when an element connects, never at import time; does nothing on a server.
 */
export function attachContextRoot(): void {
  if (isServer) return;
  const doc = document as Document & { [ROOT]?: ContextRoot };
  if (doc[ROOT]) return;
  const root = (doc[ROOT] = new ContextRoot());
  root.attach(document.documentElement);
}

// The React wrappers in React 19, through the package's own `src/react.ts` (which also registers the tags); and
// React 19's native custom-element support, which the README documents as an alternative.
import { expect } from '@open-wc/testing';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import * as wrappers from '../../src/react.js';
import type { FaqContent } from '../../src/components/faq-accordion/faq-accordion.content.js';
import type { ExplainerToggleDetail } from '../../src/internal/events.js';
import { exampleContent } from '../helpers/content.js';
import { part, waitFor } from '../helpers/dom.js';
import { wrapperSuite } from './wrapper-suite.js';

wrapperSuite({ version: '19', React, createRoot, renderToString, wrappers });

describe('React 19 without wrappers', () => {
  it('sets `data` as a property and listens with onexplainer-toggle on the bare tag', async () => {
    const content = await exampleContent<FaqContent>('faq-accordion');
    const seen: ExplainerToggleDetail[] = [];
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    root.render(
      React.createElement('faq-accordion', { data: content, 'onexplainer-toggle': (e: CustomEvent<ExplainerToggleDetail>) => seen.push(e.detail) }),
    );
    try {
      await waitFor(() => container.querySelector('faq-accordion')?.shadowRoot?.querySelector('[part~="question"]'), 3000, 'the accordion');
      const faq = container.querySelector('faq-accordion')!;
      expect(faq.data).to.equal(content);
      part(faq, 'question').click();
      await waitFor(() => seen.length === 1, 3000, 'explainer-toggle');
      expect(seen[0]).to.include({ index: 0, open: true });
    } finally {
      root.unmount();
      container.remove();
    }
  });
});

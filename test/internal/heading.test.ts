import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { clampLevel, heading } from '../../src/internal/heading.js';

describe('internal/heading: real headings from a level', () => {
  it('renders h1 to h6 with the part, class and optional id', () => {
    const host = document.createElement('div');
    for (let level = 1; level <= 6; level += 1) {
      render(heading(level, 'title', `Level ${level}`, level === 3 ? 'x-3' : undefined), host);
      const el = host.firstElementChild!;
      expect(el.localName).to.equal(`h${level}`);
      expect(el.getAttribute('part')).to.equal('title');
      expect(el.className).to.equal('title');
      expect(el.textContent).to.equal(`Level ${level}`);
      expect(el.getAttribute('id')).to.equal(level === 3 ? 'x-3' : null);
    }
  });

  it('clamps levels outside 1–6 and falls back for non-numbers', () => {
    expect(clampLevel(0)).to.equal(1);
    expect(clampLevel(9)).to.equal(6);
    expect(clampLevel('4')).to.equal(4);
    expect(clampLevel(2.6)).to.equal(3);
    expect(clampLevel('x')).to.equal(2);
    expect(clampLevel(undefined, 3)).to.equal(3);
  });
});

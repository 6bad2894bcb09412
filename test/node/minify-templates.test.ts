/// <reference types="node" />
// The build's template minifier (scripts/rollup-minify-templates.mjs): what it may and may not change.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { minifyCss as css, minifyHtml as htmlText, minifyTemplates } from '../../scripts/rollup-minify-templates.mjs';

describe('minifyCss', () => {
  it('drops comments and whitespace, the last semicolon, and spaces around braces, semicolons and commas', () => {
    assert.equal(
      css('\n  /* note */\n  :host {\n    display: block;\n    color: var(--x, red);\n  }\n  .a,\n  .b { margin: 0 auto; }\n'),
      ':host{display:block;color:var(--x,red)}.a,.b{margin:0 auto}',
    );
  });

  it('keeps descendant combinators before pseudo-classes, calc() operators and media query spaces', () => {
    assert.equal(css('.a :is(.b) { gap: calc(1px + 2px); }'), '.a :is(.b){gap:calc(1px + 2px)}');
    assert.equal(css(':host > .a + .b { margin: 0.5em 10.25em 0 -0.75em; }'), ':host>.a + .b{margin:.5em 10.25em 0 -.75em}');
    assert.equal(css('@media (min-width: 40em) { .x { order: 1; } }'), '@media (min-width: 40em){.x{order:1}}');
  });

  it('keeps quoted strings exactly', () => {
    assert.equal(css(".a::after { content: ' ,  ;{}  '; }"), ".a::after{content:' ,  ;{}  '}");
    assert.equal(css('.a::after { content: "x  /  y"; }'), '.a::after{content:"x  /  y"}');
  });
});

describe('minifyHtml', () => {
  it('turns every run of whitespace with a line break into one space, as HTML renders it', () => {
    assert.equal(htmlText('\n  <div>\n    <span>a</span>\n    text\n  </div>\n'), ' <div> <span>a</span> text </div> ');
  });

  it('keeps the space between inline elements written on separate lines, and never touches other whitespace', () => {
    assert.equal(htmlText('<b>Progress:</b>\n      <span>2 of 3</span>'), '<b>Progress:</b> <span>2 of 3</span>');
    assert.equal(htmlText('<b>a</b>  <i>b</i>'), '<b>a</b>  <i>b</i>');
    assert.equal(htmlText('<b>a</b><i>b</i>'), '<b>a</b><i>b</i>');
  });
});

describe('minifyTemplates (rollup plugin)', () => {
  it('minifies css and html template text in a module, leaving expressions and other strings alone', async () => {
    const source = [
      "const css = (s, ...v) => s.raw.join('|'); const html = css;",
      'export const styles = css`\n  .a {\n    color: red;\n  }\n`;',
      'export const view = (x) => html`\n  <p>\n    ${x}\n  </p>\n`;',
      "export const other = '\\n   keep   me\\n';",
    ].join('\n');
    const bundle = await rollup({
      input: '/virtual/src/entry.ts',
      plugins: [{ name: 'virtual', resolveId: (id: string) => id, load: () => source }, minifyTemplates()],
    });
    const { output } = await bundle.generate({ format: 'es' });
    const code = output[0].code;
    assert.match(code, /css`\.a\{color:red\}`/);
    assert.match(code, /html` <p> \$\{x\} <\/p> `/);
    assert.match(code, /'\\n {3}keep {3}me\\n'/);
  });
});

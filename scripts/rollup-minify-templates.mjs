// Rollup plugin: minifies the static text of Lit `css` and `html`/`svg` tagged templates in our own modules at
// build time (sources stay readable; tests and Storybook run the sources as written).
// - css: comments removed, whitespace collapsed, spaces dropped around `{ } ; , >` and after `:` in declarations,
//   leading zeros dropped (`0.5em` is `.5em`), the last `;` of a block dropped. (`+` keeps its spaces: calc()
//   needs them.) Spaces before `:` are kept (`a :is()` is a descendant combinator).
// - html/svg: every run of whitespace that contains a line break (indentation) becomes one space. HTML renders
//   such a run as one space anyway, so nothing visible changes: not even between two inline elements written on
//   separate lines, where dropping the run would glue their text together ("Progress:2 of 3"). Whitespace
//   without a line break is never touched. (Templates that must not create whitespace text nodes at all are
//   written without it in the source.)
// Expressions (`${...}`) are never touched: only the quasis between them.
import MagicString from 'magic-string';

/** Minifies CSS text. Exported for tests. */
export function minifyCss(text) {
  // Quoted strings (odd indices after the split) are kept exactly as written.
  const parts = text.replace(/\/\*[\s\S]*?\*\//g, '').split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/);
  return parts
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/([\s:,(-])0\.(\d)/g, '$1.$2')
            .replace(/([{;][-\w]+): /g, '$1:')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** Minifies the whitespace of HTML template text, without changing what renders. */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const kind = node.tag.name;
        if (kind !== 'css' && kind !== 'html' && kind !== 'svg') return;
        const quasis = node.quasi.quasis;
        // A CSS quasi next to an expression keeps its edge spaces: `${a} ${b}` must not become `${a}${b}`.
        quasis.forEach((q, i) => {
          const raw = q.value.raw;
          let next;
          if (kind === 'css') {
            const lead = i > 0 && /^\s/.test(raw) ? ' ' : '';
            const trail = i < quasis.length - 1 && /\s$/.test(raw) ? ' ' : '';
            const body = minifyCss(raw);
            next = body ? `${lead}${body}${trail}` : lead || trail;
          } else {
            next = minifyHtml(raw);
          }
          if (next !== raw) s.overwrite(q.start, q.end, next);
        });
      });
      if (!s.hasChanged()) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

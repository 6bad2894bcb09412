// Finds where a CSS selector, as Chromium reports it in selector statistics, is written in src/: the `css` tagged
// templates of every module, their selectors with line numbers. A stylesheet (its text from the DevTools protocol)
// is first matched to the source file whose selectors it shares most, so a selector written in two files (`button`,
// `[hidden]`) is found in the file that made the sheet. Selectors are compared normalised the way Blink serialises
// them: lower case, double quotes around attribute values, no universal selector before a simple one, single spaces.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A selector as Blink prints it (`even` is `2n`, `odd` `2n+1`). */
export function normalise(selector) {
  return selector
    .toLowerCase()
    .replace(/'/g, '"')
    .replace(/:nth-(child|of-type)\(even\)/g, ':nth-$1(2n)')
    .replace(/:nth-(child|of-type)\(odd\)/g, ':nth-$1(2n+1)')
    .replace(/\[([\w-]+)([~|^$*]?=)([^"\]\s]+)\]/g, '[$1$2"$3"]')
    .replace(/\s*([>+,]|~(?!=))\s*/g, ' $1 ')
    .replace(/(^|[\s>+~(,])\*(?=[:.[#])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Blanks out `${...}` interpolations and comments, keeping every offset. */
function blank(text) {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (depth === 0 && text[i] === '$' && text[i + 1] === '{') depth = 1;
    else if (depth > 0 && text[i] === '{') depth += 1;
    else if (depth > 0 && text[i] === '}') {
      depth -= 1;
      out += ' ';
      continue;
    }
    out += depth > 0 || text[i] === '\n' ? (text[i] === '\n' ? '\n' : ' ') : text[i];
  }
  return out.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
}

/** The selectors of CSS text, each with its offset: every comma-separated part of every rule's prelude. */
export function selectorsOf(css) {
  const found = [];
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') {
      const prelude = css.slice(start, i);
      if (!prelude.trim().startsWith('@')) {
        let depth = 0;
        let from = 0;
        for (let j = 0; j <= prelude.length; j++) {
          const d = prelude[j];
          if (d === '(') depth += 1;
          else if (d === ')') depth -= 1;
          if (j === prelude.length || (d === ',' && depth === 0)) {
            const part = prelude.slice(from, j);
            if (part.trim()) found.push({ selector: normalise(part), offset: start + from + part.search(/\S/) });
            from = j + 1;
          }
        }
      }
      start = i + 1;
    } else if (c === '}' || c === ';') {
      start = i + 1;
    }
  }
  return found;
}

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/**
 * Every selector written in a `css` template under `dir`: `[{ file, selectors: [{ selector, line, nested }] }]`.
 * `nested`: the template is a constant interpolated into another rule (`.x { ${stacked} }`), so Blink reports its
 * selectors as `& ...`.
 */
export async function sourceIndex(dir) {
  const index = [];
  for await (const path of files(dir)) {
    const text = await readFile(path, 'utf8');
    if (!text.includes('css`')) continue;
    const selectors = [];
    for (const match of text.matchAll(/(?:const (\w+) = )?css`([\s\S]*?)`/g)) {
      const name = match[1];
      const nested = Boolean(name && text.includes(`\${${name}}`));
      const bodyStart = match.index + match[0].indexOf('`') + 1;
      for (const { selector, offset } of selectorsOf(blank(match[2]))) {
        selectors.push({ selector, line: text.slice(0, bodyStart + offset).split('\n').length, nested });
      }
    }
    index.push({ file: relative(process.cwd(), path), selectors });
  }
  return index;
}

/**
 * Where `selector` (as reported) is written: `file:line`, looking first in the file that best matches the sheet's
 * text. A nested rule (reported as `& x`) is looked up among the nested templates' selectors, any other among the
 * rest first.
 */
export function locate(index, selector, sheetText) {
  const wanted = normalise(selector);
  const sheet = new Set(selectorsOf(sheetText).map((s) => s.selector));
  const ranked = [...index]
    .map((entry) => ({ entry, score: entry.selectors.filter((s) => sheet.has(s.selector)).length }))
    .sort((a, b) => b.score - a.score);
  if (sheetText && ranked[0]?.score === 0) return 'page <style> (bench/pages.mjs)';
  const nested = wanted.startsWith('& ');
  const own = nested ? wanted.slice(2) : wanted;
  for (const preferNested of [nested, !nested]) {
    for (const { entry } of ranked) {
      const hit = entry.selectors.find((s) => s.selector === own && s.nested === preferNested);
      if (hit) return `${entry.file}:${hit.line}`;
    }
  }
  return ranked[0]?.score ? `${ranked[0].entry.file} (sheet)` : 'unknown sheet';
}

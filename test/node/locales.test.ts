// Every locale module against English: the same keys, placeholders that match, plural objects with valid categories
// for the language, `[...]` (screen-reader-only words) only where English renders it, and a build entry per module.
// English is the union of src/locales/en.ts and every src/components/*/*.labels.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Labels, PluralLabel } from '../../src/internal/context/settings.js';

/** The locale entries of the build (rollup.config.mjs has no types: read as a plain module). */
const rollupConfig = '../../rollup.config.mjs';
const { localeEntries } = (await import(rollupConfig)) as { localeEntries: string[] };

const root = join(import.meta.dirname, '../..');

/** English: the shared labels and each component's, loaded from every labels file there is. */
async function englishLabels(): Promise<Labels> {
  const files = [join(root, 'src/locales/en.ts')];
  for (const dir of readdirSync(join(root, 'src/components'))) {
    for (const file of readdirSync(join(root, 'src/components', dir))) if (file.endsWith('.labels.ts')) files.push(join(root, 'src/components', dir, file));
  }
  assert.ok(files.length >= 5, 'found en.ts and the four components’ labels files');
  const english: Labels = {};
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, Labels>;
    for (const catalog of Object.values(module)) {
      for (const [key, value] of Object.entries(catalog)) {
        assert.ok(!(key in english), `${key} is defined twice in English`);
        english[key] = value;
      }
    }
  }
  return english;
}

/** The language modules in src/locales (every file but en.ts). */
const localeFiles = readdirSync(join(root, 'src/locales'))
  .filter((f) => f.endsWith('.ts') && f !== 'en.ts')
  .map((f) => f.replace(/\.ts$/, ''));

/** What each module registered, read from the shared registry the modules write to. */
async function registered(): Promise<Record<string, Labels>> {
  for (const lang of localeFiles) await import(pathToFileURL(join(root, 'src/locales', `${lang}.ts`)).href);
  const registry = (globalThis as Record<symbol, { catalogs: Record<string, Labels> } | undefined>)[Symbol.for('explainer-elements/labels')];
  assert.ok(registry, 'the locale modules registered their labels');
  return registry.catalogs;
}

const forms = (value: string | PluralLabel): [string, string][] => (typeof value === 'string' ? [['text', value]] : Object.entries(value));
const placeholders = (text: string): string[] => [...new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1]!))].sort();
/** `[...]` runs are balanced and never nested. */
const bracketsBalanced = (text: string): boolean => /^[^[\]]*(\[[^[\]]*\][^[\]]*)*$/.test(text);

test('the fourteen languages ship: English built in, thirteen modules, each a build entry', () => {
  assert.deepEqual([...localeFiles].sort(), ['ar', 'de', 'es', 'fil', 'fr', 'id', 'km', 'lo', 'ms', 'my', 'th', 'vi', 'zh']);
  assert.deepEqual([...localeEntries].sort(), [...localeFiles].sort(), 'rollup.config.mjs builds every locale module (dist/locales/<lang>.js)');
  const build = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')) as { files: string[] };
  for (const lang of localeFiles) assert.ok(build.files.includes(`src/locales/${lang}.ts`), `tsconfig.build.json lists src/locales/${lang}.ts`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; sideEffects: string[] };
  assert.ok(pkg.exports['./locales/*.js'], 'package.json exports ./locales/*.js');
  assert.ok(pkg.sideEffects.includes('./dist/locales/*.js'), 'locale modules are listed as side effects');
});

test('every locale module has exactly the keys English has', async () => {
  const english = await englishLabels();
  const catalogs = await registered();
  for (const lang of localeFiles) {
    const catalog = catalogs[lang];
    assert.ok(catalog, `${lang} registered a catalogue under "${lang}"`);
    const missing = Object.keys(english).filter((key) => !(key in catalog));
    const extra = Object.keys(catalog).filter((key) => !(key in english));
    assert.deepEqual({ lang, missing, extra }, { lang, missing: [], extra: [] });
  }
});

test('plural objects: `other` and only the categories the language has; placeholders as in English', async () => {
  const english = await englishLabels();
  const catalogs = await registered();
  for (const lang of ['en', ...localeFiles]) {
    const catalog = lang === 'en' ? english : catalogs[lang]!;
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
    for (const [key, value] of Object.entries(catalog)) {
      const where = `${lang} ${key}`;
      const englishValue = english[key]!;
      const expected = placeholders(typeof englishValue === 'string' ? englishValue : englishValue.other);
      if (typeof value === 'string') {
        assert.deepEqual(placeholders(value), expected, `${where}: placeholders`);
        continue;
      }
      assert.equal(typeof value.other, 'string', `${where}: a plural object needs "other"`);
      assert.ok(expected.includes('count'), `${where}: only a label with {count} may be a plural object`);
      for (const [category, text] of forms(value)) {
        assert.ok(categories.includes(category), `${where}: "${category}" is not a plural category of ${lang} (${categories.join(', ')})`);
        assert.equal(typeof text, 'string', `${where}.${category}: a string`);
        // A form may spell its number out ("عنصر واحد": one item), so drop {count}; it adds no other placeholder.
        const unknown = placeholders(text).filter((name) => !expected.includes(name));
        assert.deepEqual(unknown, [], `${where}.${category}: placeholders English does not have`);
      }
      assert.deepEqual(placeholders(value.other), expected, `${where}.other: placeholders`);
    }
  }
});

test('`[...]` (read by screen readers only) is balanced, and used only in labels English renders with it', async () => {
  const english = await englishLabels();
  const catalogs = await registered();
  const withBrackets = new Set(Object.keys(english).filter((key) => forms(english[key]!).some(([, text]) => text.includes('['))));
  assert.deepEqual(
    [...withBrackets].sort(),
    ['faq.hideAll', 'faq.showAll', 'misconception.statement', 'table.download', 'tracker.evidence', 'tracker.source', 'tracker.statusText', 'tracker.trendText'],
  );
  for (const lang of ['en', ...localeFiles]) {
    const catalog = lang === 'en' ? english : catalogs[lang]!;
    for (const [key, value] of Object.entries(catalog)) {
      for (const [category, text] of forms(value)) {
        assert.ok(bracketsBalanced(text), `${lang} ${key} (${category}): unbalanced or nested [ ]`);
        if (!withBrackets.has(key)) assert.ok(!/[[\]]/.test(text), `${lang} ${key}: [ ] is only read in ${[...withBrackets].join(', ')}`);
      }
    }
  }
});

test('accessible names contain the visible words (WCAG 2.5.3 label in name): every [...] label in English, and every control’s name in every language', async () => {
  const english = await englishLabels();
  const catalogs = await registered();
  // What a sighted user reads (hidden runs dropped) and what a screen reader reads (brackets dropped), compared as
  // words: punctuation and placeholder braces do not count.
  const words = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  const labelInName = (where: string, text: string) => {
    const visible = words(text.replace(/\[[^\]]*\]/g, ' '));
    const name = words(text.replace(/[[\]]/g, ''));
    assert.ok(visible.length > 0, `${where}: shows some words`);
    assert.ok(name.includes(visible), `${where}: the name "${name}" contains the visible "${visible}"`);
  };
  const englishKeys = Object.keys(english).filter((key) => forms(english[key]!).some(([, text]) => text.includes('[')));
  for (const key of englishKeys) for (const [, text] of forms(english[key]!)) labelInName(`en ${key}`, text);
  assert.equal(englishKeys.length, 8);
  // The labels that name a control (buttons, a link, the evidence disclosure): where speech input users say the words.
  const controls = ['faq.showAll', 'faq.hideAll', 'table.download', 'tracker.evidence', 'tracker.source'];
  for (const lang of localeFiles) for (const key of controls) for (const [, text] of forms(catalogs[lang]![key]!)) labelInName(`${lang} ${key}`, text);
});

test('labels carrying a count are plural objects in English, so it never says "item(s)"', async () => {
  const english = await englishLabels();
  for (const key of ['itemErrorsTitle', 'table.filterCount', 'tracker.showing']) {
    const value = english[key];
    assert.ok(typeof value === 'object' && value.one && value.other && value.one !== value.other, `${key} has distinct one/other forms`);
  }
  for (const [key, value] of Object.entries(english)) for (const [, text] of forms(value)) assert.ok(!text.includes('(s)'), `${key}: no "(s)"`);
});

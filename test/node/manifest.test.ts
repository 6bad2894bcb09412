/// <reference types="node" />
// The Custom Elements Manifest (custom-elements.json): generated here from the sources with the project's own
// analyzer config (into a scratch folder, so package.json and the published file are left alone), then checked:
// every element is there, documented, with events, parts and tokens, and every path names a built file in dist/.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  privacy?: string;
  kind?: string;
  static?: boolean;
  fieldName?: string;
}
interface Declaration extends Described {
  tagName?: string;
  customElement?: boolean;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  slots?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { declaration?: { module?: string } }[] }[];
}

const TAGS = ['cooperation-table', 'explainer-provider', 'faq-accordion', 'indicator-tracker', 'misconception-card'];
/** `<explainer-provider>` renders only a slot (`display: contents`): no events, parts or tokens of its own. */
const NO_UI = new Set(['explainer-provider']);

const scratch = 'node_modules/.cache/explainer-manifest-test';
let manifest: Manifest;
let elements: Map<string, Declaration>;

function undocumented(list: Described[] | undefined): string[] {
  return (list ?? []).filter((x) => !x.description?.trim()).map((x) => x.name);
}

before(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const config = join(scratch, 'cem.config.mjs');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(resolve('custom-elements-manifest.config.mjs'))};\n` +
      `export default { ...base, outdir: ${JSON.stringify(scratch)}, packagejson: false };\n`,
  );
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', config, '--quiet'], {
    stdio: 'pipe',
  });
  manifest = JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8')) as Manifest;
  elements = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d] as const)));
});

describe('custom-elements.json', () => {
  it('describes every element of the package, and only those', () => {
    assert.deepEqual([...elements.keys()].sort(), TAGS);
  });

  it('points every module and reference at the built files in dist/', () => {
    for (const mod of manifest.modules) {
      assert.match(mod.path, /^dist\/.+\.js$/, mod.path);
      // A module with nothing in it is type-only: the build emits no file for it.
      assert.ok((mod.declarations ?? []).length + (mod.exports ?? []).length > 0, `${mod.path} is empty`);
      for (const exp of mod.exports ?? []) {
        if (exp.declaration?.module) assert.match(exp.declaration.module, /^dist\/.+\.js$/);
      }
    }
  });

  it('is what package.json publishes under customElements and the ./custom-elements.json export', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { customElements: string; exports: Record<string, unknown>; files: string[] };
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
    assert.ok(pkg.files.includes('custom-elements.json'));
  });

  for (const tag of TAGS) {
    it(`<${tag}>: a description, and every attribute, property, event, part, token and slot documented`, () => {
      const el = elements.get(tag)!;
      assert.ok(el.description && el.description.length > 40, 'a description');
      assert.ok(el.summary, 'a summary');
      assert.ok((el.attributes ?? []).length >= 1, 'at least one attribute');
      if (!NO_UI.has(tag)) {
        assert.ok((el.events ?? []).length >= 1, 'at least one event');
        assert.ok((el.cssParts ?? []).length >= 1, 'at least one part');
        assert.ok((el.cssProperties ?? []).length >= 1, 'at least one CSS custom property');
        for (const name of ['explainer-load', 'explainer-error']) assert.ok(el.events!.some((e) => e.name === name), name);
        for (const name of ['error', 'loading']) assert.ok(el.cssParts!.some((p) => p.name === name), `part ${name}`);
        for (const p of el.cssProperties!) assert.match(p.name, /^--explainer-/, p.name);
      } else {
        assert.ok((el.slots ?? []).length >= 1, 'the provider documents its slot');
      }
      assert.deepEqual(undocumented(el.attributes), [], 'attributes');
      assert.deepEqual(undocumented(el.events), [], 'events');
      assert.deepEqual(undocumented(el.cssParts), [], 'parts');
      assert.deepEqual(undocumented(el.cssProperties), [], 'CSS custom properties');
      assert.deepEqual(undocumented(el.slots), [], 'slots');
      const publicFields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
      assert.deepEqual(undocumented(publicFields), [], 'public properties');
    });
  }

  it('lists no internal state as an attribute', () => {
    for (const el of elements.values()) {
      const internal = new Set((el.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
      const leaked = (el.attributes ?? []).filter((a) => internal.has(a.fieldName ?? a.name)).map((a) => a.name);
      assert.deepEqual(leaked, [], el.tagName);
    }
  });
});

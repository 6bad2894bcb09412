/// <reference types="node" />
/**
 * `@lit-labs/ssr`, loaded on first use: it is an optional peer dependency (a Node-only renderer that browser users of
 * the package never need), so its absence is reported with the command that installs it.
 */
import type { TemplateResult } from 'lit';

/** The two functions of `@lit-labs/ssr` that rendering uses. */
export interface Renderer {
  render: (value: TemplateResult) => Iterable<unknown>;
  collectResult: (result: Iterable<unknown>) => Promise<string>;
}

/** The range of `@lit-labs/ssr` this version renders with (its peer dependency). */
export const RENDERER_RANGE = '~4.1.0';

let loading: Promise<Renderer> | undefined;

/** Loads the renderer (`specifier` is for tests of its absence). */
export function loadRenderer(specifier = '@lit-labs/ssr'): Promise<Renderer> {
  const load = async (): Promise<Renderer> => {
    try {
      const [{ render }, { collectResult }] = await Promise.all([
        import(specifier) as Promise<{ render: Renderer['render'] }>,
        import(`${specifier}/lib/render-result.js`) as Promise<{ collectResult: Renderer['collectResult'] }>,
      ]);
      return { render, collectResult };
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      throw new Error(
        `explainer-elements/ssr.js needs ${specifier}, an optional peer dependency: npm install ${specifier}@${RENDERER_RANGE}`,
        { cause: error },
      );
    }
  };
  if (specifier !== '@lit-labs/ssr') return load();
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

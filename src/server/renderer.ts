/// <reference types="node" />
/**
 * `@lit-labs/ssr`, loaded on first use: it is an optional peer dependency (a Node-only renderer that browser users of
 * the package never need), so its absence is reported with the command that installs it. The imports are literal, so
 * a bundler building a server (Vite, webpack) can follow them.
 */
import type { render } from '@lit-labs/ssr';
import type { collectResult } from '@lit-labs/ssr/lib/render-result.js';

/** The two functions of `@lit-labs/ssr` that rendering uses. */
export interface Renderer {
  render: typeof render;
  collectResult: typeof collectResult;
}

/** The range of `@lit-labs/ssr` this version renders with (its peer dependency). */
export const RENDERER_RANGE = '~4.1.0';

/** Imports the renderer's two modules. */
const importRenderer = async (): Promise<Renderer> => {
  const [{ render }, { collectResult }] = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]);
  return { render, collectResult };
};

let loading: Promise<Renderer> | undefined;

/** Loads the renderer once (`load` is for tests of its absence); a failure is not remembered. */
export function loadRenderer(load = importRenderer): Promise<Renderer> {
  const attempt = load().catch((error: unknown) => {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(`explainer-elements/ssr.js needs @lit-labs/ssr, an optional peer dependency: npm install @lit-labs/ssr@${RENDERER_RANGE}`, { cause: error });
  });
  if (load !== importRenderer) return attempt;
  loading ??= attempt.catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

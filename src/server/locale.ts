/// <reference types="node" />
/**
 * Labels for server rendering: `renderToString({ locale: 'de' })` loads the package's own locale module for that
 * language (`explainer-elements/locales/de.js`), as a page would import it. English is built in.
 */

/** A BCP 47 tag in the shape the locale modules' file names take (letters, digits and hyphens only). */
const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

const loaded = new Map<string, Promise<void>>();

/** `de-AT` → `['de-AT', 'de-at', 'de']`: the module names tried, most specific first, each once. */
export function moduleNames(locale: string): string[] {
  const parts = locale.split('-');
  const names = parts.flatMap((_, i) => {
    const name = parts.slice(0, parts.length - i).join('-');
    return [name, name.toLowerCase()];
  });
  return [...new Set(names)].filter((name) => name.toLowerCase() !== 'en');
}

/** Whether `error` says the module itself does not exist (rather than failing inside). */
function notFound(error: unknown, name: string): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT') && String(message).includes(`${name}.`);
}

/**
 * Loads the locale modules of `locale` and its parents that the package ships (`de-AT` loads `de`), once each. A
 * language without a module falls back to English key by key, as in the browser; labels registered by the caller
 * with `registerLabels()` count too (the registry is shared by the whole process).
 */
export function loadLocale(locale: string): Promise<void> {
  if (!TAG.test(locale)) return Promise.resolve();
  let loading = loaded.get(locale);
  if (!loading) {
    loading = (async () => {
      for (const name of moduleNames(locale)) {
        try {
          await import(`../locales/${name}.js`);
        } catch (error) {
          if (!notFound(error, name)) throw error;
        }
      }
    })();
    loaded.set(locale, loading);
  }
  return loading;
}

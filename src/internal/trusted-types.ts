/**
 * The package's one Trusted Types policy, named `explainer-elements`, shared by every module that has to hand a
 * string to a Trusted Types sink. Created on first use (never at import time) and kept private to the package:
 * it is never exposed on `window` or returned to page code.
 *
 * On a page that enforces Trusted Types (`require-trusted-types-for 'script'`) and restricts policy names
 * (`trusted-types ...`), the name `explainer-elements` must be allowed; when it is not, {@link explainerPolicy}
 * gives null and the caller skips its work and reports it (it never throws). Where the browser has no Trusted Types
 * (or in Node) the rules are used directly and return plain strings.
 */

/** The policy's name, to list in a page's `trusted-types` CSP directive. */
export const POLICY_NAME = 'explainer-elements';

/**
 * What the policy creates. The results are `TrustedHTML` / `TrustedScript` objects where Trusted Types exist, and
 * plain strings elsewhere; they are typed as strings because TypeScript's DOM types have no Trusted Types and the
 * sinks (`script.text`, `DOMParser.parseFromString`) are typed as taking strings.
 */
export interface ExplainerPolicy {
  /**
   * For HTML handed to `DOMParser.parseFromString` to build an inert document that the package reads and never
   * adopts into the page. Never for a sink that renders the HTML.
   */
  createHTML(html: string): string;
  /** For the text of `<script type="application/ld+json">` only: refuses (throws on) anything that is not JSON. */
  createScript(json: string): string;
}

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: ExplainerPolicy): ExplainerPolicy;
}

const rules: ExplainerPolicy = {
  createHTML: (html) => html,
  createScript: (json) => {
    JSON.parse(json);
    return json;
  },
};

/** The policy once asked for: undefined before the first call, null when the page refused it. */
let policy: ExplainerPolicy | null | undefined;

/**
 * The `explainer-elements` policy, created on the first call; null when the page's Content-Security-Policy does not
 * allow that name (the browser has then reported a `trusted-types` violation, once: the answer is kept).
 */
export function explainerPolicy(): ExplainerPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy(POLICY_NAME, rules) : rules;
    } catch {
      policy = null;
    }
  }
  return policy;
}

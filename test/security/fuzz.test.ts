import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { ContentError, ExplainerErrorDetail, ValidationResult } from '../../src/index.js';
import { contentFor } from './fuzz-arbitraries.js';
import { FUZZ_TARGETS, type FuzzTarget } from './fuzz-content.js';

/**
 * Property-based fuzzing: for every component, 1,000 generated and mutated contents per run. Never an uncaught
 * exception; always either the content or the error state; every error names a path. The validators, run directly
 * on the same inputs, never throw and always return `{ value, errors }`.
 *
 * The seed is random and printed on failure; replay a failure with `FUZZ_SEED=<seed> npm test -- --files
 * test/security/fuzz.test.ts` (the test server hands the seed over at /mock/fuzz-seed).
 */

const RUNS = 1000;

type Lit = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

let seed = 0;

/**
 * Errors already reported by the run that threw them. Lit re-raises an update's exception as an unhandled rejection
 * at the next update; without this, that echo would fail the next (innocent) runs and derail shrinking.
 */
const reported = new WeakSet<object>();

/** Runs the property; on failure the message starts with the seed to replay it with. */
async function check(name: string, property: fc.IAsyncProperty<[unknown]>, numRuns: number, offset = 0): Promise<void> {
  try {
    await fc.assert(property, { numRuns, seed: seed + offset });
  } catch (error) {
    // The message first: Firefox's and WebKit's stacks do not repeat it, as V8's do.
    const cause = error instanceof Error && error.cause instanceof Error ? `\nCaused by: ${String(error.cause)}\n${error.cause.stack ?? ''}` : '';
    throw new Error(`${name}: fuzzing failed; replay with FUZZ_SEED=${seed}\n${error instanceof Error ? error.message : String(error)}${cause}`, { cause: error });
  }
}

/** Problems with a validation result's shape: `{ value: object | null, errors: [{ path, message }] }`. */
export function resultProblems(result: ValidationResult<object>): string[] {
  const problems: string[] = [];
  if (typeof result !== 'object' || result === null) return ['the result is not an object'];
  if (result.value !== null && (typeof result.value !== 'object' || Array.isArray(result.value))) problems.push('value is neither null nor an object');
  if (!Array.isArray(result.errors)) return [...problems, 'errors is not a list'];
  if (result.value === null && result.errors.length === 0) problems.push('no content and no error: the component would be silently blank');
  problems.push(...errorProblems(result.errors));
  return problems;
}

function errorProblems(errors: readonly ContentError[]): string[] {
  return errors.flatMap((e, i) => {
    const out: string[] = [];
    if (typeof e.path !== 'string' || e.path.trim() === '') out.push(`errors[${i}] names no path (${JSON.stringify(e)})`);
    if (typeof e.message !== 'string' || e.message.trim() === '') out.push(`errors[${i}] has no message`);
    if (typeof e.message === 'string' && e.message.startsWith('could not be read')) out.push(`the validator threw: ${e.message}`);
    return out;
  });
}

describe('security: property-based fuzzing of every component', function () {
  this.timeout(90000);
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    const reason: unknown = e.reason;
    if (typeof reason === 'object' && reason !== null && reported.has(reason)) {
      e.preventDefault();
      return;
    }
    uncaught.push(`unhandled rejection: ${String(reason)}`);
  };

  before(async () => {
    const given = ((await (await fetch('/mock/fuzz-seed')).json()) as { seed: number | null }).seed;
    seed = given ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
    console.log(`fuzz seed: ${seed}${given === null ? ' (random; replay with FUZZ_SEED)' : ' (from FUZZ_SEED)'}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('covers every component of the security suite', async () => {
    const components = (await (await fetch('/test/security/components.json')).json()) as { tag: string }[];
    expect(FUZZ_TARGETS.map((t) => t.tag).sort()).to.deep.equal(components.map((c) => c.tag).sort());
  });

  it('the fuzzer catches a broken component (self-test)', async () => {
    // A validator that throws on some input and an element that renders nothing must both be caught.
    const throwing = (raw: unknown): ValidationResult<object> => {
      if (Array.isArray(raw)) throw new Error('boom');
      return { value: null, errors: [{ path: '', message: 'x' }] };
    };
    const problems = resultProblems(throwing({}));
    expect(problems.join('\n')).to.contain('names no path');
    let failed = '';
    try {
      await check('self-test', fc.asyncProperty(fc.anything(), (raw) => Promise.resolve(void throwing(raw))), 200);
    } catch (error) {
      failed = String(error);
    }
    expect(failed).to.contain(`FUZZ_SEED=${seed}`);
    expect(failed).to.contain('Counterexample');
    expect(failed).to.contain('boom');
  });

  for (const target of FUZZ_TARGETS) {
    describe(`<${target.tag}>`, () => {
      let example: unknown;
      before(async () => {
        example = await (await fetch(`/examples/content/asean-germany/${target.file}`)).json();
      });

      it(`the validator never throws and always returns { value, errors } with paths (${RUNS} more runs)`, async () => {
        await check(
          `${target.tag} validator`,
          fc.asyncProperty(contentFor(target.valid, target.noisy, example), (raw) => {
            const problems = resultProblems(target.validate(raw));
            if (problems.length > 0) throw new Error(problems.join('; '));
            return Promise.resolve();
          }),
          RUNS,
          1, // other inputs than the element's run (which checks the validator on its inputs too)
        );
      });

      it('valid generated content is accepted in full (keeps the generator honest)', async () => {
        await check(
          `${target.tag} valid content`,
          fc.asyncProperty(target.valid, (raw) => {
            const result = target.validate(raw);
            if (result.value === null || result.errors.length > 0) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
            return Promise.resolve();
          }),
          300,
          2,
        );
      });

      it(`renders the content or the error state for ${RUNS} generated and mutated contents, never throwing`, async () => {
        const started = performance.now();
        await fuzzElement(target, example, uncaught);
        console.log(`fuzz <${target.tag}>: ${RUNS} runs in ${Math.round(performance.now() - started)} ms`);
      });
    });
  }
});

/** Lets queued tasks (events, observers) run; unlike a chain of timeouts, it is not throttled to 4 ms. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

async function fuzzElement(target: FuzzTarget, example: unknown, uncaught: string[]): Promise<void> {
  const el = document.createElement(target.tag) as Lit;
  for (const [name, value] of Object.entries(target.attributes)) el.setAttribute(name, value);
  const errors: ExplainerErrorDetail[] = [];
  const loads: unknown[] = [];
  el.addEventListener('explainer-error', (e) => errors.push(e.detail));
  el.addEventListener('explainer-load', (e) => loads.push(e.detail));
  // Lit turns an exception in an update into an unhandled rejection, reported later: catch it in the run itself.
  const updateErrors: unknown[] = [];
  const host = el as unknown as { performUpdate(): void };
  const performUpdate = host.performUpdate.bind(el);
  host.performUpdate = () => {
    try {
      performUpdate();
    } catch (error) {
      updateErrors.push(error);
      if (typeof error === 'object' && error !== null) reported.add(error);
      throw error;
    }
  };
  document.body.append(el);
  let previous: unknown = undefined;
  let runs = 0;
  try {
    await check(
      `<${target.tag}>`,
      fc.asyncProperty(contentFor(target.valid, target.noisy, example), async (raw) => {
        uncaught.length = 0;
        updateErrors.length = 0;
        errors.length = 0;
        loads.length = 0;
        const changed = !Object.is(previous, raw);
        previous = raw;
        el.data = raw;
        await el.updateComplete;
        if (updateErrors.length > 0) throw updateErrors[0] instanceof Error ? updateErrors[0] : new Error(String(updateErrors[0]));
        const expected = target.validate(raw);
        expect(resultProblems(expected), 'the validator result').to.deep.equal([]);
        const root = el.shadowRoot!;
        const alert = root.querySelector('[part~="error"][role="alert"]');
        if (raw === undefined || raw === null) {
          // No data at all: the element has no content to show and reports nothing.
          expect(alert, 'error state without content').to.equal(null);
        } else if (expected.value === null) {
          expect(alert, 'the error state (role="alert")').to.not.equal(null);
          expect(alert!.querySelectorAll('[part~="error-list"] > li').length, 'errors listed').to.equal(expected.errors.length);
          expect(root.querySelector(`[part~="${target.marker}"]`), 'content beside the error state').to.equal(null);
        } else {
          expect(alert, 'the error state beside valid content').to.equal(null);
          expect(root.querySelector(`[part~="${target.marker}"]`), `rendered content ([part~="${target.marker}"])`).to.not.equal(null);
        }
        if (changed && raw !== undefined && raw !== null) {
          const last = errors.at(-1);
          if (expected.errors.length > 0) {
            expect(last, 'an explainer-error event').to.not.equal(undefined);
            expect(errorProblems(last!.errors)).to.deep.equal([]);
            expect(last!.errors).to.deep.equal(expected.errors);
            expect(last!.fatal).to.equal(expected.value === null);
          } else {
            expect(errors, 'no explainer-error for valid content').to.deep.equal([]);
          }
          expect(loads.length, 'explainer-load exactly when content renders').to.equal(expected.value === null ? 0 : 1);
        }
        target.interact(el);
        await el.updateComplete;
        if (updateErrors.length > 0) throw updateErrors[0] instanceof Error ? updateErrors[0] : new Error(String(updateErrors[0]));
        // Let queued events (toggle, observers) run now and then: every time would wait for a frame each run.
        if (++runs % 25 === 0) await nextTask();
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
      }),
      RUNS,
    );
    await nextTask();
    expect(uncaught, 'uncaught errors after the last run').to.deep.equal([]);
  } finally {
    el.remove();
  }
}

import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

let current: Promise<Engine> | undefined;

/** The engine running this test file (from the runner, see scripts/wtr-engine.mjs). */
export function engine(): Promise<Engine> {
  return (current ??= executeServerCommand<Engine, undefined>('engine'));
}

/**
 * Skips the running test outside `engines`, printing why (the runner shows the browser log). Use only for what an
 * engine's driver cannot do, such as Chromium's accessibility tree through the DevTools protocol, and give the
 * test an engine-neutral counterpart where one is possible.
 */
export async function onlyIn(context: Mocha.Context, engines: readonly Engine[], reason: string): Promise<void> {
  const name = await engine();
  if (engines.includes(name)) return;
  console.log(`skipped in ${name}: ${context.test?.fullTitle() ?? ''}: ${reason}`);
  context.skip();
}

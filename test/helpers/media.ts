import { executeServerCommand } from '@web/test-runner-commands';

/** Turns forced-colors mode on or off in the test page (through scripts/wtr-forced-colors.mjs). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error('forced-colors emulation did not take effect');
}

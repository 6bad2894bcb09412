import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** Guards the three-engine run itself: each run is the engine it says it is. */
describe('test engine', () => {
  it('runs in the engine the run is named after', async () => {
    const engine = await executeServerCommand<string, undefined>('engine');
    const ua = navigator.userAgent;
    const actual = / Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : /AppleWebKit\//.test(ua) ? 'webkit' : 'unknown';
    expect(actual, ua).to.equal(engine);
  });
});

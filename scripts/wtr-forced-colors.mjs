// web-test-runner plugin: the `emulate-forced-colors` command. The built-in emulateMedia command ignores
// forced-colors with the Chrome launcher (and puppeteer refuses the feature name), so it goes through the
// DevTools protocol. Note: Emulation.setEmulatedMedia replaces the emulated features, so call emulateMedia
// again afterwards if a test needs both.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'explainer-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

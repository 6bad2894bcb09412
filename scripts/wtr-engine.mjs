// web-test-runner plugin with the commands the tests need in every engine (see test/helpers/engine.ts, media.ts):
//   engine              which engine runs the test: 'chromium', 'firefox' or 'webkit'
//   viewport {w, h}     sets the viewport: puppeteer's page.setViewport (Chromium, Firefox over BiDi); WebDriver's
//                       window rect for WebKit, corrected by the window's own frame; answers the width reached
//   media {state}       emulates media type and features through the DevTools protocol (Chromium only; one
//                       Emulation.setEmulatedMedia call with everything, since each call replaces the last); answers
//                       false where the engine's driver cannot, and the test helper applies the rules itself
// The built-in set-viewport and emulate-media commands throw for WebDriver and need CDP, hence these.
const cdpSessions = new WeakMap();

async function cdp(page) {
  let session = cdpSessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    cdpSessions.set(page, session);
  }
  return session;
}

/**
 * Sizes a WebDriver window so that its viewport is `width` × `height`. Returns the viewport width reached: MiniBrowser's
 * toolbar keeps its window from getting narrower than about 450 px, and the test helper makes up the rest.
 */
async function webdriverViewport(driver, width, height) {
  const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerWidth, innerHeight] = await inner();
    if (innerWidth === width && innerHeight === height) break;
    const { width: outerWidth, height: outerHeight } = await driver.getWindowSize();
    await driver.setWindowSize(width + (outerWidth - innerWidth), height + (outerHeight - innerHeight));
  }
  const [innerWidth, innerHeight] = await inner();
  if (innerHeight !== height || innerWidth < width) {
    throw new Error(`viewport: asked for ${width}×${height}, the window gives ${innerWidth}×${innerHeight}`);
  }
  return innerWidth;
}

export function enginePlugin(engine) {
  return {
    name: 'explainer-engine',
    async executeCommand({ command, payload, session }) {
      if (command === 'engine') return engine;
      if (command === 'viewport') {
        const { width, height } = payload;
        if (engine === 'webkit') return { width: await webdriverViewport(session.browser.driver, width, height) };
        await session.browser.getPage(session.id).setViewport({ width, height });
        return { width };
      }
      if (command === 'media') {
        if (engine !== 'chromium') return false;
        const { media = '', reducedMotion = 'no-preference', colorScheme = 'light', forcedColors = 'none' } = payload ?? {};
        const client = await cdp(session.browser.getPage(session.id));
        await client.send('Emulation.setEmulatedMedia', {
          media,
          features: [
            { name: 'prefers-reduced-motion', value: reducedMotion },
            { name: 'prefers-color-scheme', value: colorScheme },
            { name: 'forced-colors', value: forcedColors },
          ],
        });
        return true;
      }
      return undefined;
    },
  };
}

// The `structured-data` attribute's code loads on demand (src/structured-data/on-demand.ts): never while the attribute
// is off, once when it is set, and again at the next update when the download failed.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { structuredDataOnDemand, type JsonLdModule } from '../../src/structured-data/on-demand.js';

/** Stands in for JsonLdController: records that it was made, and for which host. */
class RecordingController {
  static made: HTMLElement[] = [];
  constructor(host: HTMLElement) {
    RecordingController.made.push(host);
  }
}

class OnDemandHost extends LitElement {
  static override properties = { structuredData: { type: Boolean, attribute: 'structured-data' } };
  declare structuredData: boolean;
  loads = 0;
  /** How many of the next downloads fail. */
  failures = 0;
  constructor() {
    super();
    this.structuredData = false;
    structuredDataOnDemand(
      this,
      () => {
        this.loads++;
        if (this.failures > 0) {
          this.failures--;
          return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        }
        return Promise.resolve({ JsonLdController: RecordingController, build: () => ({}) } as unknown as JsonLdModule<unknown>);
      },
      () => null,
      (key) => key,
    );
  }
}
customElements.define('on-demand-host', OnDemandHost);

const settle = async (el: LitElement): Promise<void> => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
};

describe('structured data on demand', () => {
  beforeEach(() => {
    RecordingController.made = [];
  });

  it('loads nothing while the attribute is off, through updates and reconnection', async () => {
    const el = await fixture<OnDemandHost>(html`<on-demand-host></on-demand-host>`);
    el.requestUpdate();
    await settle(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle(el);
    expect(el.loads).to.equal(0);
    expect(RecordingController.made).to.deep.equal([]);
  });

  it('loads once when the attribute is set, and the controller is added to the host', async () => {
    const el = await fixture<OnDemandHost>(html`<on-demand-host></on-demand-host>`);
    el.structuredData = true;
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(el.loads).to.equal(1);
    expect(RecordingController.made).to.deep.equal([el]);
  });

  it('loads at connection when the attribute is there from the start', async () => {
    const el = await fixture<OnDemandHost>(html`<on-demand-host structured-data></on-demand-host>`);
    await settle(el);
    expect(el.loads).to.equal(1);
    expect(RecordingController.made).to.deep.equal([el]);
  });

  it('after a failed download, tries again at the next update (not at once, not in a loop)', async () => {
    const el = await fixture<OnDemandHost>(html`<on-demand-host></on-demand-host>`);
    el.failures = 1;
    el.structuredData = true;
    await settle(el);
    await settle(el);
    expect(el.loads, 'one failed try, no retry loop').to.equal(1);
    expect(RecordingController.made).to.deep.equal([]);
    el.requestUpdate();
    await settle(el);
    expect(el.loads).to.equal(2);
    expect(RecordingController.made).to.deep.equal([el]);
  });
});

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { explainerPolicy } from '../internal/trusted-types.js';
import type { JsonLdBuilder, JsonLdController } from './json-ld-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { structuredData: boolean };

/** What a component's on-demand structured-data module exports: the controller, and the component's builder. */
export interface JsonLdModule<T> {
  JsonLdController: typeof JsonLdController;
  build: JsonLdBuilder<T>;
}

/**
 * The `structured-data` attribute, on demand: the first time it is set while `host` is connected, one dynamic import
 * brings the controller with the host's builder, and the controller (added to the host) does the rest. Pages without
 * the attribute never download either. When the download fails, the host's next update tries again.
 *
 * The Trusted Types policy is handed over from here: its module is shared with the HTML reader, and as a static
 * import of the component it stays out of the reader's download.
 */
export function structuredDataOnDemand<T>(host: Host, load: () => Promise<JsonLdModule<T>>, content: () => T | null, label: (key: string) => string): void {
  let failed = false;
  const start = (): void => {
    if (!host.structuredData || !host.isConnected) return;
    failed = false;
    host.removeController(trigger);
    load().then(
      ({ JsonLdController, build }) => void new JsonLdController(host, build, content, label, explainerPolicy),
      () => {
        // Not again at once (adding a controller to a connected host calls hostConnected): at the next update.
        failed = true;
        host.addController(trigger);
      },
    );
  };
  const trigger: ReactiveController = { hostConnected: () => failed || start(), hostUpdated: start };
  host.addController(trigger);
}

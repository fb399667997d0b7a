import type { UiController, UiHost } from '../core/ui-host.js';

/** Placeholder until the interface lands. */
export function mountUi(_host: UiHost): UiController {
  return {
    showBanner() {},
    showPreferences() {},
    showPolicy() {},
    renderInlinePolicies() {},
    renderPlaceholders() {},
    destroy() {},
  };
}

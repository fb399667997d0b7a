import { useUi } from '../ui-context.js';
import { useChunk } from '../use-chunk.js';
import { Banner } from './Banner.js';
import { ThemeRoot } from './ThemeRoot.js';

/**
 * Everything that floats above the page, in one shadow root. Later siblings stack above earlier ones, so the
 * preferences dialog opened from the policy's cookie section lands on top of it.
 */
export function App() {
  const ui = useUi();
  const { state, host } = ui;
  const banner = state.banner.value;
  const prefs = state.preferences.value;
  const policy = state.policy.value;
  const policyChunk = useChunk(policy, ui.loadPolicyChunk, ui.chunkFailed);
  const prefsChunk = useChunk(prefs, ui.loadPreferencesChunk, ui.chunkFailed);
  // Fetched while the banner is up, so it is there the moment a decision brings it, to take focus back.
  const floating = useChunk(host.model.ui.floatingButton && (banner || state.record.value), ui.loadFloatingChunk, ui.chunkFailed);

  // The floating button stays in place under an open dialog, below it in stacking order, so focus can go back to
  // it when the dialog it opened closes.
  return (
    <ThemeRoot>
      {floating && state.record.value && !banner && <floating.FloatingButton />}
      {banner && <Banner />}
      {policy && policyChunk && <policyChunk.PolicyDialog section={policy.section} onClose={ui.closePolicy} />}
      {prefs && prefsChunk && <prefsChunk.PreferencesDialog onClose={ui.closePreferences} />}
      <div role="status" class="status">
        {state.status.value}
      </div>
    </ThemeRoot>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { PolicyChunk, PreferencesChunk } from '../ui-context.js';
import { useUi } from '../ui-context.js';
import { Banner } from './Banner.js';
import { FloatingButton } from './FloatingButton.js';
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
  const [chunk, setChunk] = useState<PolicyChunk | null>(null);
  const [prefsChunk, setPrefsChunk] = useState<PreferencesChunk | null>(null);

  useEffect(() => {
    if (policy && !chunk) void ui.loadPolicyChunk().then(setChunk, ui.chunkFailed);
  }, [policy]);
  useEffect(() => {
    if (prefs && !prefsChunk) void ui.loadPreferencesChunk().then(setPrefsChunk, ui.chunkFailed);
  }, [prefs]);

  // The floating button stays in place under an open dialog, below it in stacking order, so focus can go back to
  // it when the dialog it opened closes.
  return (
    <ThemeRoot>
      {host.model.ui.floatingButton && state.record.value && !banner && <FloatingButton />}
      {banner && <Banner />}
      {policy && chunk && <chunk.PolicyDialog section={policy.section} onClose={ui.closePolicy} />}
      {prefs && prefsChunk && <prefsChunk.PreferencesDialog onClose={ui.closePreferences} />}
      <div role="status" class="status">
        {state.status.value}
      </div>
    </ThemeRoot>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import { useUi } from '../ui-context.js';
import { fragmentId } from './fragment-id.js';
import { goToSection } from './go-to-section.js';
import { PolicyBody } from './PolicyBody.js';
import { usePolicyText } from './use-policy-text.js';

/**
 * The policy rendered in the page flow, inside a `[data-assent-policy]` element. Its headings live in a shadow
 * root, where the browser's own fragment navigation can't see them, so `#section` in the address (on load and
 * on every `hashchange`) is resolved here.
 */
export function InlinePolicy() {
  const { host } = useUi();
  const text = usePolicyText();
  const ref = useRef<HTMLDivElement>(null);

  const win = host.env.window;
  const go = (focus: boolean) => goToSection(ref.current, win ? fragmentId(win.location.hash) : '', focus);

  useEffect(() => {
    if (text.state !== 'ready' || !win) return;
    go(false);
    const onHash = () => go(true);
    win.addEventListener('hashchange', onHash);
    return () => win.removeEventListener('hashchange', onHash);
  }, [text.state]);

  return (
    <div ref={ref} class="inline-policy" data-assent-policy-view="">
      <PolicyBody
        text={text}
        level={2}
        onNavigate={(id, e) => {
          // A link to the section already in the address fires no hashchange; go there anyway.
          if (win && win.location.hash === `#${encodeURIComponent(id)}`) {
            e.preventDefault();
            go(true);
          }
        }}
      />
    </div>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import { useUi } from '../ui-context.js';
import { fragmentId } from './fragment-id.js';
import { PolicyDocument } from './PolicyDocument.js';
import { usePolicyText } from './use-policy-text.js';

/**
 * The policy rendered in the page flow, inside a `[data-assent-policy]` element. Its headings live in a shadow
 * root, where the browser's own fragment navigation can't see them, so `#section` in the address (on load and
 * on every `hashchange`) is resolved here.
 */
export function InlinePolicy() {
  const { host, t } = useUi();
  const text = usePolicyText();
  const ref = useRef<HTMLDivElement>(null);

  const win = host.env.window;
  const go = (focus: boolean) => {
    const id = win ? fragmentId(win.location.hash) : '';
    const el = id ? (ref.current?.getRootNode() as ShadowRoot | Document | undefined)?.getElementById(id) : null;
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    if (focus) el.focus({ preventScroll: true });
  };

  useEffect(() => {
    if (text.state !== 'ready' || !win) return;
    go(false);
    const onHash = () => go(true);
    win.addEventListener('hashchange', onHash);
    return () => win.removeEventListener('hashchange', onHash);
  }, [text.state]);

  return (
    <div ref={ref} class="inline-policy" data-assent-policy-view="">
      {text.state === 'loading' && <p role="status">{t('policy.loading')}</p>}
      {text.state === 'error' && <p role="alert">{t('policy.error')}</p>}
      {text.state === 'ready' && (
        <PolicyDocument
          markdown={text.markdown.text}
          markdownLang={text.markdown.lang}
          level={2}
          onNavigate={(id, e) => {
            // A link to the section already in the address fires no hashchange; go there anyway.
            if (win && win.location.hash === `#${encodeURIComponent(id)}`) {
              e.preventDefault();
              go(true);
            }
          }}
        />
      )}
    </div>
  );
}

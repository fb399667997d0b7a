import { useEffect, useState } from 'preact/hooks';
import type { LocalText } from '../localize.js';
import { useUi } from '../ui-context.js';
import { loadMarkdown } from './load-markdown.js';

export type PolicyText = { state: 'loading' } | { state: 'error' } | { state: 'ready'; markdown: LocalText };

/** The policy Markdown for the interface's language, loaded when a viewer mounts and again when the language changes. */
export function usePolicyText(): PolicyText {
  const { host, lang } = useUi();
  const [text, setText] = useState<PolicyText>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadMarkdown(host, lang).then(
      (markdown) => live && setText({ state: 'ready', markdown }),
      (e: unknown) => {
        host.env.console.error('Assent: could not load the privacy policy', e);
        if (live) setText({ state: 'error' });
      },
    );
    return () => void (live = false);
  }, [lang]);
  return text;
}

import type { ComponentChildren } from 'preact';
import { useUi } from '../ui-context.js';

/** The top element of every shadow root: theme (light, dark, or the visitor's setting), language and direction. */
export function ThemeRoot({ children, class: cls }: { children?: ComponentChildren; class?: string }) {
  const { host, lang, dir } = useUi();
  const theme = host.model.ui.theme ?? 'auto';
  return (
    <div class={`root ${theme} ${cls ?? ''}`} lang={lang} dir={dir}>
      {children}
    </div>
  );
}

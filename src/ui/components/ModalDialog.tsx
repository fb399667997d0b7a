import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { activeElement, focusables } from './focusables.js';

export interface ModalDialogProps extends Omit<JSX.HTMLAttributes<HTMLDivElement>, 'onClose'> {
  labelledBy: string;
  /**
   * Focus the dialog itself on open, not its first control, so Tab starts there. For a dialog that opens on its
   * own, before the visitor has pressed a key or touched the screen: the browser can't tell then which they use, and
   * rings a first control focused by script as if it had been reached with Tab.
   */
  focusSelf?: boolean;
  /** Escape calls this; it must never record a decision. Without it Escape does nothing. */
  onClose?: () => void;
  children: ComponentChildren;
}

/**
 * The WAI-ARIA APG modal dialog: labelled by its visible title, focus moves inside on open, Tab and Shift+Tab
 * wrap around, Escape closes. Returning focus to the opener is the caller's job, since only it knows the opener.
 */
export function ModalDialog({ labelledBy, focusSelf, onClose, children, class: cls, ...rest }: ModalDialogProps) {
  const ref = useRef<HTMLDivElement>(null);

  // Before the first paint, not after it: a visitor who sees the dialog can already use its keys (Escape, Tab),
  // however quickly they press them.
  useLayoutEffect(() => {
    const el = ref.current!;
    (focusSelf ? el : (focusables(el)[0] ?? el)).focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onClose) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = focusables(ref.current!);
    if (!items.length) return e.preventDefault();
    const current = activeElement(ref.current!);
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && (current === first || current === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && current === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div class="layer">
      <div class="backdrop" onMouseDown={(e) => e.preventDefault()} />
      <div
        {...rest}
        ref={ref}
        class={`dialog surface ${cls ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}

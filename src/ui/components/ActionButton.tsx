import type { ComponentChildren } from 'preact';

export type BannerAction = 'accept-all' | 'reject-all' | 'customize' | 'save' | 'opt-out';

/**
 * The one button every consent action uses, so accept and reject can never differ in size, font or colour
 * (EDPB Cookie Banner Taskforce, equal prominence).
 */
export function ActionButton({ action, onClick, children }: { action: BannerAction; onClick: (e: MouseEvent) => void; children: ComponentChildren }) {
  return (
    <button type="button" class="btn" data-assent-action={action} onClick={onClick}>
      {children}
    </button>
  );
}

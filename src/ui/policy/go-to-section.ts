/**
 * Scrolls to the policy's section with this id, and focuses it if asked. The policy's headings live in a shadow
 * root, found from any node inside it, where the browser's own fragment navigation can't see them.
 */
export function goToSection(inside: Node | null | undefined, id: string, focus: boolean): void {
  const el = id ? (inside?.getRootNode() as ShadowRoot | Document | undefined)?.getElementById(id) : null;
  if (!el) return;
  el.scrollIntoView?.({ block: 'start' });
  if (focus) el.focus({ preventScroll: true });
}

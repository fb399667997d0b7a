/**
 * What `fn` gives, or undefined if it throws: for what a page or a site's own code may break (a sandboxed frame's
 * storage getters, blocked cookies, a custom storage), where the failure means "nothing there".
 */
export const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {
    return undefined;
  }
};

/** Turns the site's own script URLs and code into values a script element accepts. */
export interface TrustedScript {
  url(src: string): string;
  code(text: string): string;
  /** Whether a gated tag is the site's own: under a nonce policy, only a tag carrying the page's nonce is. */
  admits(tag: HTMLScriptElement): boolean;
}

type Policy = { createScriptURL(s: string): unknown; createScript(s: string): unknown };
type TrustedTypesWindow = { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } };

const same = (s: string) => s;

/**
 * A page that enforces Trusted Types (`require-trusted-types-for 'script'`) refuses plain strings as a script's
 * `src` or text. Every script the gate starts is the site's own, from its markup or its config, so one policy,
 * named `assent`, passes them through unchanged; such a page allows it with `trusted-types assent`. The policy
 * is made on first use, so a page that gates nothing never meets it. Where it can't be made, the plain value is
 * used: without enforcement that is all it takes, and with it the browser refuses the script and says why.
 */
export function trustedScript(win?: Window, nonce?: string): TrustedScript {
  let policy: Policy | null | undefined;
  const make = (kind: keyof Policy) => (value: string) => {
    if (policy === undefined) {
      try {
        policy = (win as TrustedTypesWindow | undefined)?.trustedTypes?.createPolicy('assent', { createScriptURL: same, createScript: same }) ?? null;
      } catch {
        policy = null;
      }
    }
    // The trusted object stands in for the string: script properties accept it as they are.
    return (policy ? policy[kind](value) : value) as string;
  };
  // Injected markup can't know a nonce, which changes on every response: without this check, a page whose CSP
  // trusts scripts that trusted scripts add ('strict-dynamic') would run an injected gated tag through Assent.
  return { url: make('createScriptURL'), code: make('createScript'), admits: (tag) => !nonce || tag.nonce === nonce };
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { trustedScript } from './trusted-script.js';

/** A window whose Trusted Types wrap every value, and which counts the policies made. */
function trustedTypesWindow(refuse = false) {
  const made: string[] = [];
  const win = {
    trustedTypes: {
      createPolicy(name: string, rules: { createScriptURL(s: string): string; createScript(s: string): string }) {
        if (refuse) throw new TypeError(`Policy "${name}" disallowed.`);
        made.push(name);
        return { createScriptURL: (s: string) => ({ url: rules.createScriptURL(s) }), createScript: (s: string) => ({ code: rules.createScript(s) }) };
      },
    },
  } as unknown as Window;
  return { win, made };
}

describe('trusted script values', () => {
  it('pass the site’s own URLs and code through one policy named assent, made on first use', () => {
    const { win, made } = trustedTypesWindow();
    const trust = trustedScript(win);
    expect(made).toEqual([]);
    expect(trust.url('/a.js')).toEqual({ url: '/a.js' });
    expect(trust.code('run()')).toEqual({ code: 'run()' });
    expect(made).toEqual(['assent']);
  });

  it('are the plain values where the browser has no Trusted Types, or the page refuses the policy', () => {
    expect(trustedScript({} as Window).url('/a.js')).toBe('/a.js');
    expect(trustedScript(undefined).code('run()')).toBe('run()');
    const { win, made } = trustedTypesWindow(true);
    const trust = trustedScript(win);
    expect(trust.url('/a.js')).toBe('/a.js');
    expect(trust.code('run()')).toBe('run()');
    expect(made).toEqual([]);
  });

  it('admit every tag without a nonce to check, and under one only the tags that carry it', () => {
    const tag = (nonce: string) => ({ nonce }) as HTMLScriptElement;
    expect(trustedScript(undefined).admits(tag(''))).toBe(true);
    const trust = trustedScript(undefined, 'r4nd0m');
    expect(trust.admits(tag('r4nd0m'))).toBe(true);
    expect(trust.admits(tag(''))).toBe(false);
    expect(trust.admits(tag('guess'))).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserEnvironment } from '../core/environment.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { createScriptGate } from './script-gate.js';

const flush = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => void (document.body.innerHTML = ''));

function page(html: string) {
  document.body.innerHTML = html;
}

describe('the script gate', () => {
  it('holds a gated script until its condition holds, then runs a live copy with its attributes', async () => {
    page('<script type="text/plain" data-assent="analytics" id="a" class="tag" data-x="1">window.x = 1</script>');
    let granted = false;
    const gate = createScriptGate(browserEnvironment(), (c) => c === 'analytics' && granted);
    await flush();
    expect(document.getElementById('a')!.getAttribute('type')).toBe('text/plain');
    granted = true;
    gate.release();
    await flush();
    const live = document.getElementById('a') as HTMLScriptElement;
    expect(live.getAttribute('type')).toBeNull();
    expect(live.className).toBe('tag');
    expect(live.getAttribute('data-x')).toBe('1');
    expect(live.text).toBe('window.x = 1');
    expect(live.hasAttribute('data-assent-ran')).toBe(true);
    gate.stop();
  });

  it('leaves the held tag in place, marked released, so a framework that rendered it can still remove it', async () => {
    const parent = document.createElement('main');
    document.body.append(parent);
    const held = document.createElement('script');
    held.type = 'text/plain';
    held.setAttribute('data-assent', 'analytics');
    held.id = 'tour';
    held.text = 'void 0';
    parent.append(held);
    const gate = createScriptGate(browserEnvironment(), () => true);
    await flush();
    expect(held.isConnected).toBe(true);
    expect(held.getAttribute('type')).toBe('text/assent-released');
    const live = held.nextElementSibling as HTMLScriptElement;
    expect(live.hasAttribute('data-assent-ran')).toBe(true);
    expect(document.getElementById('tour')).toBe(live);
    // What a framework does when the component that rendered the tag goes away.
    expect(() => parent.removeChild(held)).not.toThrow();
    gate.release();
    await flush();
    expect(document.querySelectorAll('[data-assent-ran]')).toHaveLength(1);
    gate.stop();
  });

  it('keeps the nonce, which the DOM hides from attributes', async () => {
    page('<script type="text/plain" data-assent="analytics" id="n"></script>');
    (document.getElementById('n') as HTMLScriptElement).nonce = 'r4nd0m';
    const gate = createScriptGate(browserEnvironment(), () => true);
    await flush();
    expect((document.getElementById('n') as HTMLScriptElement).nonce).toBe('r4nd0m');
    gate.stop();
  });

  it('under a nonce Assent was given, runs only the tags that carry it, and reports the others before anyone consents', async () => {
    page(
      '<script type="text/plain" data-assent="analytics" id="own">void 0</script>' +
        '<script type="text/plain" data-assent="analytics" id="injected">void 1</script>' +
        '<script type="text/plain" data-assent="analytics" id="forged" nonce="guess">void 2</script>',
    );
    (document.getElementById('own') as HTMLScriptElement).nonce = 'r4nd0m';
    const { env, logs } = fakeEnvironment();
    let granted = false;
    const gate = createScriptGate({ ...browserEnvironment('r4nd0m'), console: env.console }, () => granted);
    await flush();
    expect(logs.error.map((e) => (e[1] as Element).id)).toEqual(['injected', 'forged']);
    expect(logs.error[0]![0]).toBe('Assent: this gated script lacks the page\'s nonce, so it will never run');
    granted = true;
    gate.release();
    await flush();
    expect(document.getElementById('own')!.hasAttribute('data-assent-ran')).toBe(true);
    expect(document.getElementById('injected')!.getAttribute('type')).toBe('text/assent-refused');
    expect(document.getElementById('forged')!.getAttribute('type')).toBe('text/assent-refused');
    // Reported once: a refused tag is no longer a gated one.
    expect(logs.error).toHaveLength(2);
    gate.stop();
  });

  it('runs tags without a nonce when Assent was given none', async () => {
    page('<script type="text/plain" data-assent="analytics" id="plain">void 0</script>');
    const gate = createScriptGate(browserEnvironment(), () => true);
    await flush();
    expect(document.getElementById('plain')!.hasAttribute('data-assent-ran')).toBe(true);
    gate.stop();
  });

  it('gives a module script its type back from data-type', async () => {
    page('<script type="text/plain" data-type="module" data-assent="analytics" id="m" src="/m.js"></script>');
    const gate = createScriptGate(browserEnvironment(), () => true);
    await flush();
    expect((document.getElementById('m') as HTMLScriptElement).type).toBe('module');
    gate.stop();
  });

  it('hands the source, the code and event handler attributes to the page’s Trusted Types policy, and keeps the attribute as written', async () => {
    // The inline tag comes first: after an external one it would wait for a load that jsdom never does.
    page('<script type="text/plain" data-assent="analytics" id="i">void 0</script><script type="text/plain" data-assent="analytics" id="e" src="/e.js" onload="void 1"></script>');
    const seen: string[] = [];
    const trust = { url: (s: string) => (seen.push('url ' + s), s), code: (s: string) => (seen.push('code ' + s), s), admits: () => true };
    const gate = createScriptGate(browserEnvironment(), () => true, undefined, trust);
    await flush();
    expect(seen).toEqual(['code void 0', 'code void 1', 'url /e.js']);
    expect(document.getElementById('e')!.getAttribute('src')).toBe('/e.js');
    gate.stop();
  });

  it('reports a script the page refuses, and still starts the ones after it', async () => {
    page('<script type="text/plain" data-assent="analytics" id="r" src="/refused.js"></script><script type="text/plain" data-assent="analytics" id="ok">void 0</script>');
    const { env, logs } = fakeEnvironment();
    const refuse = (s: string) => {
      throw new TypeError(`This document requires 'TrustedScriptURL' assignment: ${s}`);
    };
    const gate = createScriptGate({ ...browserEnvironment(), console: env.console }, () => true, undefined, { url: refuse, code: (s) => s, admits: () => true });
    await flush();
    expect(document.getElementById('ok')!.hasAttribute('data-assent-ran')).toBe(true);
    expect(logs.error).toHaveLength(1);
    expect(logs.error[0]![0]).toBe('Assent: could not start a script');
    gate.stop();
  });

  it('passes each tag its own condition, and never runs a tag twice', async () => {
    page(
      '<script type="text/plain" data-assent="!analytics" id="f"></script><script type="text/plain" data-assent="analytics.clarity" id="c"></script>',
    );
    const asked: string[] = [];
    const gate = createScriptGate(browserEnvironment(), (c) => (asked.push(c), c === '!analytics'));
    await flush();
    gate.release();
    await flush();
    expect(asked).toContain('analytics.clarity');
    expect(document.getElementById('f')!.hasAttribute('data-assent-ran')).toBe(true);
    expect(document.getElementById('c')!.getAttribute('type')).toBe('text/plain');
    expect(asked.filter((c) => c === '!analytics')).toHaveLength(1);
    gate.stop();
  });

  it('gates tags added after start', async () => {
    page('');
    let granted = false;
    const gate = createScriptGate(browserEnvironment(), () => granted);
    const late = document.createElement('script');
    late.type = 'text/plain';
    late.id = 'late';
    late.setAttribute('data-assent', 'analytics');
    document.body.append(late);
    await flush();
    expect(document.getElementById('late')!.getAttribute('type')).toBe('text/plain');
    granted = true;
    const later = late.cloneNode() as HTMLScriptElement;
    later.id = 'later';
    document.body.append(later);
    await flush();
    await flush();
    expect(document.getElementById('late')!.hasAttribute('data-assent-ran')).toBe(true);
    expect(document.getElementById('later')!.hasAttribute('data-assent-ran')).toBe(true);
    gate.stop();
  });

  it('tells its listener when the page is parsed and whenever elements are added', async () => {
    page('');
    let calls = 0;
    const gate = createScriptGate(browserEnvironment(), () => false, () => calls++);
    await Promise.resolve();
    expect(calls).toBe(1);
    document.body.append(document.createElement('div'));
    await flush();
    expect(calls).toBe(2);
    document.body.append(document.createTextNode('text only'));
    await flush();
    expect(calls).toBe(2);
    gate.stop();
  });

  it('reports, never throws at the page, when the page has broken the document it reads', async () => {
    const { env, logs } = fakeEnvironment();
    // What `<img name="querySelectorAll">` does to a document.
    const doc = { readyState: 'complete', documentElement: document.documentElement, querySelectorAll: document.createElement('img') } as unknown as Document;
    const gate = createScriptGate({ ...browserEnvironment(), console: env.console, document: doc }, () => true);
    await Promise.resolve();
    expect(logs.error.map((e) => e[0])).toEqual(['Assent: could not read the page']);
    gate.stop();
  });

  it('releases nothing once stopped, though stopped while the page was still parsing', async () => {
    page('<script type="text/plain" data-assent="analytics" id="held">void 0</script>');
    const parsing = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const gate = createScriptGate(browserEnvironment(), () => true);
    gate.stop();
    parsing.mockRestore();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    document.body.append(document.createElement('div'));
    await flush();
    expect(document.getElementById('held')!.getAttribute('type')).toBe('text/plain');
  });

  it('on a parsed page, looks first once the code that created it has run, and not at all if that code stopped it', async () => {
    page('<script type="text/plain" data-assent="analytics" id="held">void 0</script>');
    let calls = 0;
    const stopped = createScriptGate(browserEnvironment(), () => true, () => calls++);
    stopped.stop();
    await flush();
    expect(calls).toBe(0);
    expect(document.getElementById('held')!.getAttribute('type')).toBe('text/plain');
    const gate = createScriptGate(browserEnvironment(), () => true, () => calls++);
    expect(calls).toBe(0);
    await Promise.resolve();
    expect(calls).toBe(1);
    await flush();
    expect(document.getElementById('held')!.hasAttribute('data-assent-ran')).toBe(true);
    gate.stop();
  });

  it('does nothing without a document', () => {
    const gate = createScriptGate({ ...browserEnvironment(), document: undefined }, () => true);
    expect(() => gate.release()).not.toThrow();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createConsentState } from '../core/consent-state.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { gateModel } from '../core/gate-model.js';
import { warnUnknownConditions } from './unknown-conditions.js';

const config = {
  categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [{ id: 'clarity' }] }, { id: 'marketing' }],
};
/** What the gate's state knows of the config, as the engine hands it over. */
const known = createConsentState(gateModel(config), null, console).known;
afterEach(() => void (document.body.innerHTML = ''));

describe('unknown data-assent conditions', () => {
  it('are warned about once each', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-assent="statistics"></script>
      <script type="text/plain" data-assent="statistics"></script>
      <script type="text/plain" data-assent="!Analytics"></script>
      <script type="text/plain" data-assent="analytics.gtag"></script>
      <iframe data-assent="marketing.video" data-src="/v"></iframe>`;
    const { env, logs } = fakeEnvironment();
    warnUnknownConditions(document, known, env.console);
    expect(logs.warn).toEqual([
      ['Assent: data-assent="statistics" names no category or service of the config.'],
      ['Assent: data-assent="!Analytics" names no category or service of the config.'],
      ['Assent: data-assent="analytics.gtag" names no category or service of the config.'],
      ['Assent: data-assent="marketing.video" names no category or service of the config.'],
    ]);
  });

  it('name a script that runs before consent because it is not text/plain, and an iframe that keeps its src', () => {
    document.body.innerHTML = `
      <script data-assent="analytics" src="/a.js"></script>
      <script type="module" data-assent="analytics"></script>
      <iframe data-assent="marketing" src="https://video.example.com/embed/1"></iframe>`;
    const { env, logs } = fakeEnvironment();
    warnUnknownConditions(document, known, env.console);
    expect(logs.warn).toEqual([
      ['Assent: <script data-assent="analytics"> runs before consent: gated scripts need type="text/plain".'],
      ['Assent: <script data-assent="analytics"> runs before consent: gated scripts need type="text/plain".'],
      ['Assent: <iframe data-assent="marketing"> loads before consent: give its address as data-src, not src.'],
    ]);
  });

  it('wait for the page to be parsed, so tags after the engine loaded are checked too', () => {
    const { env, logs } = fakeEnvironment();
    let ready: (() => void) | undefined;
    const parsing = {
      readyState: 'loading',
      addEventListener: (type: string, fn: () => void) => void (type === 'DOMContentLoaded' && (ready = fn)),
      querySelectorAll: (s: string) => document.querySelectorAll(s),
    } as unknown as Document;
    warnUnknownConditions(parsing, known, env.console);
    document.body.innerHTML = '<script type="text/plain" data-assent="statistics"></script>';
    expect(logs.warn).toEqual([]);
    ready!();
    expect(logs.warn).toEqual([['Assent: data-assent="statistics" names no category or service of the config.']]);
  });

  it('leave known categories, services and negations alone, and scripts, released or refused, and embeds that Assent loaded', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-assent="analytics"></script>
      <script type="text/plain" data-assent="!marketing"></script>
      <script type="text/plain" data-assent="analytics.clarity"></script>
      <script data-assent="analytics" data-assent-ran></script>
      <script type="text/assent-released" data-assent="analytics"></script>
      <script type="text/assent-refused" data-assent="analytics"></script>
      <iframe data-assent="marketing" data-src="/v" src="/v"></iframe>`;
    const { env, logs } = fakeEnvironment();
    warnUnknownConditions(document, known, env.console);
    expect(logs.warn).toEqual([]);
  });
});

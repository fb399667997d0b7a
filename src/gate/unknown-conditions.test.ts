import { afterEach, describe, expect, it } from 'vitest';
import { fakeEnvironment } from '../core/fake-environment.js';
import { validateConfig } from '../core/validate-config.js';
import type { ConsentModel } from '../core/model.js';
import { warnUnknownConditions } from './unknown-conditions.js';

const result = validateConfig({
  categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [{ id: 'clarity' }] }, { id: 'marketing' }],
});
const model = (result as { model: ConsentModel }).model;
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
    warnUnknownConditions(document, model, env.console);
    expect(logs.warn).toEqual([
      ['Assent: data-assent="statistics" names no category or service of the config.'],
      ['Assent: data-assent="!Analytics" names no category or service of the config.'],
      ['Assent: data-assent="analytics.gtag" names no category or service of the config.'],
      ['Assent: data-assent="marketing.video" names no category or service of the config.'],
    ]);
  });

  it('leave known categories, services and negations alone, and scripts that already ran', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-assent="analytics"></script>
      <script type="text/plain" data-assent="!marketing"></script>
      <script type="text/plain" data-assent="analytics.clarity"></script>
      <script data-assent="typo" data-assent-ran></script>`;
    const { env, logs } = fakeEnvironment();
    warnUnknownConditions(document, model, env.console);
    expect(logs.warn).toEqual([]);
  });
});

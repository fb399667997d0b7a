import { afterEach, describe, expect, it } from 'vitest';
import { browserEnvironment } from '../core/environment.js';
import { fakeEnvironment } from '../core/fake-environment.js';
import { createAssent } from '../entries/create-assent.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { builtInIntegrations } from './built-in.js';
import { googleConsentMode } from './google-consent-mode.js';

type Page = Window & typeof globalThis & { dataLayer?: IArguments[] };

afterEach(() => void delete (window as Page).dataLayer);

describe('the built-in integrations', () => {
  it('run Consent Mode first, so its default precedes everything the others cause', () => {
    expect(builtInIntegrations[0]).toBe(googleConsentMode);
  });

  it('let Consent Mode report the opt-out that Global Privacy Control records at start', async () => {
    const env = { ...browserEnvironment(), ...fakeEnvironment().env, window: window as Page };
    env.navigator = { globalPrivacyControl: true } as unknown as Navigator;
    const a = createAssent(
      {
        mode: 'opt-out',
        categories: [{ id: 'analytics' }, { id: 'marketing', saleOrShare: true }],
        googleConsentMode: {},
      },
      { env, storage: memoryStorage() },
    );
    await Promise.resolve();
    const consent = (window as Page).dataLayer!.filter((e) => e[0] === 'consent').map((e) => [e[1], e[2].ad_storage, e[2].analytics_storage]);
    expect(a.get()?.source).toBe('gpc');
    expect(consent.at(0)).toEqual(['default', 'denied', 'denied']);
    expect(consent.at(-1)).toEqual(['update', 'denied', 'granted']);
    a.destroy();
  });
});

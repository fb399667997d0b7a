// Type tests: checked by `npm run typecheck`. A call that must not compile carries @ts-expect-error.
import { expectTypeOf } from 'vitest';
import { createAssent, parseConsentCookie, type Assent, type AssentConfig, type ChangeDetail, type ConsentRecord, type ScriptTagAssent } from './index.js';
import { parseConsentCookie as parseOnServer, renewConsentCookie } from './server.js';

const assent = createAssent({ categories: [{ id: 'necessary', required: true }] });
expectTypeOf(assent).toEqualTypeOf<Assent>();
expectTypeOf(assent.get()).toEqualTypeOf<ConsentRecord | null>();
expectTypeOf(assent.has('analytics')).toEqualTypeOf<boolean>();
expectTypeOf(assent.on('change', () => {})).toEqualTypeOf<() => void>();
expectTypeOf(assent.onConsent('analytics', () => {})).toEqualTypeOf<() => void>();
expectTypeOf(assent.loadScript('/a.js', 'analytics')).toEqualTypeOf<Promise<HTMLScriptElement>>();
expectTypeOf(assent.showPolicy('cookies')).toEqualTypeOf<Promise<void>>();
expectTypeOf<ChangeDetail['record']['source']>().toEqualTypeOf<'banner' | 'preferences' | 'embed' | 'api' | 'gpc'>();
// The script tag's global: an instance's methods, plus init.
expectTypeOf<ScriptTagAssent>().toMatchTypeOf<Assent>();
expectTypeOf<ScriptTagAssent['init']>().toEqualTypeOf<(config: unknown) => void>();
expectTypeOf<ChangeDetail['record']['action']>().toEqualTypeOf<'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'gpc'>();
expectTypeOf(parseConsentCookie).toEqualTypeOf(parseOnServer);
expectTypeOf(parseOnServer('x')).toEqualTypeOf<ConsentRecord | null>();
// The config's own cookie settings are what it takes, so `{ ...config.cookie, secure }` fits.
expectTypeOf(renewConsentCookie('x', { name: 'orch_consent', days: 365, domain: '.example.com', secure: false })).toEqualTypeOf<string | null>();
// @ts-expect-error days are a number, as in the config
renewConsentCookie('x', { days: '365' });

// The event on document carries the same detail, typed.
document.addEventListener('assent:change', (e) => {
  expectTypeOf(e.detail).toEqualTypeOf<ChangeDetail>();
});
// A config read as JSON is still taken.
createAssent(JSON.parse('{}') as unknown);

assent.on('change', (detail) => {
  expectTypeOf(detail.consent).toEqualTypeOf<ConsentRecord | null>();
  expectTypeOf(detail.granted).toEqualTypeOf<string[]>();
});

// @ts-expect-error: only the change event exists
assent.on('decided', () => {});
// @ts-expect-error: a choice maps category ids to booleans
assent.set({ analytics: 'yes' });
// @ts-expect-error: loadScript needs the category that gates it
void assent.loadScript('/a.js');

// A preset is one of the built-in recipes: a misspelt name is caught as the config is typed.
export const presetConfig = { categories: [{ id: 'analytics', services: [{ id: 'clarity', preset: 'clarity' }] }] } satisfies AssentConfig;
// @ts-expect-error: "clarty" is no preset
export const misspeltPreset = { categories: [{ id: 'analytics', services: [{ id: 'clarity', preset: 'clarty' }] }] } satisfies AssentConfig;

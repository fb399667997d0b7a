import { describe, expect, it } from 'vitest';
import type { Category, ConsentModel } from '../core/model.js';
import { CONSENT_SERVICE, listedCategories } from './listed-categories.js';
import { category, createTestHost, DEFAULT_CATEGORIES } from './test-host.js';

/** The categories the tables list for a site with these categories and consent cookie settings. */
const listed = (categories: Category[] = DEFAULT_CATEGORIES, cookie: Partial<ConsentModel['cookie']> = {}, mode?: ConsentModel['mode']) => {
  const host = createTestHost({ categories, mode });
  host.model.cookie = { ...host.model.cookie, ...cookie };
  return listedCategories(host);
};
const consentService = (categories: Category[]) => categories.flatMap((c) => c.services).filter((s) => s.id === CONSENT_SERVICE);
const cookie = (name: string, pattern?: RegExp) => ({ name, ...(pattern && { pattern }) });
const withCookie = (id: string, required: boolean, ...cookies: ReturnType<typeof cookie>[]) =>
  category(id, { required, services: [{ id: 'own', cookies, localStorage: [], sessionStorage: [] }] });

describe('listedCategories', () => {
  it('lists the consent cookie among the strictly necessary ones: first party, for as long as a choice lasts', () => {
    const [necessary, ...rest] = listed();
    expect(necessary!.services.map((s) => s.id)).toEqual(['session', CONSENT_SERVICE]);
    expect(necessary!.services[1]).toMatchObject({ provider: 'localhost', cookies: [{ name: 'assent', duration: 'P1Y' }] });
    expect(rest).toEqual(DEFAULT_CATEGORIES.slice(1));
  });

  it('names the cookie and its lifetime as configured, and the domain it is shared across', () => {
    const [service] = consentService(listed(undefined, { name: 'orch_consent', days: 180, domain: 'example.com' }));
    expect(service).toMatchObject({ provider: 'example.com', cookies: [{ name: 'orch_consent', duration: 'P180D' }] });
  });

  it("keeps the site's own entry for the cookie, wherever the site lists it, by name or by a pattern", () => {
    const byName = [withCookie('necessary', true), withCookie('analytics', false, cookie('assent'))];
    expect(listed(byName)).toBe(byName);
    const byPattern = [withCookie('necessary', true, cookie('/^ass/', /^ass/))];
    expect(listed(byPattern)).toBe(byPattern);
    // A pattern that doesn't match the name doesn't count.
    expect(consentService(listed([withCookie('necessary', true, cookie('/^_ga/', /^_ga/))]))).toHaveLength(1);
  });

  it('gives a site with nothing strictly necessary a group of its own for the cookie, first', () => {
    const [first, ...rest] = listed([category('analytics')]);
    expect(first).toMatchObject({ id: 'necessary', required: true, services: [{ id: CONSENT_SERVICE }] });
    expect(rest).toEqual([category('analytics')]);
  });

  it('lists nothing of its own in notice mode, where no choice is stored', () => {
    expect(consentService(listed(undefined, {}, 'notice'))).toEqual([]);
  });

  it("leaves the site's categories as they were", () => {
    const before = structuredClone(DEFAULT_CATEGORIES);
    listed();
    expect(DEFAULT_CATEGORIES).toEqual(before);
  });
});

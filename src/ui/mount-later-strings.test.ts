import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UiController } from '../core/ui-host.js';
import { createTestHost, record, type TestHost, type TestHostOptions } from './test-host.js';

/**
 * English strings that only parts fetched on demand show, on the interface's real path: each test mounts a fresh
 * copy of it whose later strings arrive only when the test lets them, so a part drawn before they came would show
 * its keys.
 */

/** What a key left untranslated looks like: `prefs.intro`, `category.analytics.description`. */
const RAW_KEY = /\b(?:banner|action|prefs|notice|table|storage|state|policy|embed|category|duration|consentCookie|preset)\.[a-z_][\w.]*/;

let ui: UiController | undefined;
let observers: MutationObserver[] = [];
afterEach(() => {
  ui?.destroy();
  ui = undefined;
  for (const o of observers) o.disconnect();
  observers = [];
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
  vi.doUnmock('./locales/en-later.js');
  vi.doUnmock('./locales/fr.js');
});

interface Later {
  /** Whether anything has asked for the later strings yet. */
  asked: boolean;
  /** Lets them arrive. */
  release(): void;
}

/** Mounts a fresh interface whose later English strings are held back until `later.release()`. */
async function mountHeldBack(host: TestHost): Promise<Later> {
  vi.resetModules();
  let release!: () => void;
  const arrived = new Promise<void>((done) => (release = done));
  const later: Later = { asked: false, release };
  vi.doMock('./locales/en-later.js', async (original) => {
    later.asked = true;
    await arrived;
    return original();
  });
  const { mountUi } = await import('./mount.js');
  ui = mountUi(host);
  return later;
}

/** Everything a shadow root of `tag` has shown, visible text and accessible names, from each change to it. */
function everythingShown(tag: string): string[] {
  const shown: string[] = [];
  const snapshot = (root: ShadowRoot) => {
    // Text node by text node: a heading's last word and the next paragraph's first read as one in `textContent`.
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue!);
    const labels = Array.from(root.querySelectorAll('[aria-label]'), (el) => el.getAttribute('aria-label'));
    shown.push([...texts, ...labels].join('\n'));
  };
  const watch = (el: Element) => {
    if (el.localName !== tag || !el.shadowRoot) return;
    snapshot(el.shadowRoot);
    const o = new MutationObserver(() => snapshot(el.shadowRoot!));
    o.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
    observers.push(o);
  };
  const page = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element) watch(n);
  });
  page.observe(document.body, { subtree: true, childList: true });
  observers.push(page);
  return shown;
}

const overlay = () => document.querySelector('assent-ui')?.shadowRoot ?? null;
const q = (sel: string) => overlay()?.querySelector<HTMLElement>(sel) ?? null;
const tick = (ms = 30) => new Promise((done) => setTimeout(done, ms));

/** Asserts that `part` is not drawn while the strings are held back, then is drawn, with them, once they arrive. */
async function drawnOnlyWithStrings(later: Later, part: () => Element | null | undefined) {
  await waitFor(() => expect(later.asked).toBe(true));
  await tick();
  expect(part() ?? null, 'drawn before its strings arrived').toBeNull();
  later.release();
  await waitFor(() => expect(part()).toBeTruthy());
  return part()!;
}

const decided = (o: TestHostOptions = {}) => createTestHost({ ...o, record: record({ necessary: true, analytics: true, marketing: false }) });

describe('the first banner in English', () => {
  for (const mode of ['opt-in', 'opt-out'] as const) {
    it(`shows every word of its own under ${mode} rules without asking for the later strings`, async () => {
      const shown = everythingShown('assent-ui');
      const later = await mountHeldBack(createTestHost({ mode }));
      ui!.showBanner();
      await waitFor(() => expect(q('[data-assent-banner]')).not.toBeNull());
      const text = q('[data-assent-banner]')!.textContent;
      expect(text).toContain(mode === 'opt-in' ? 'Cookies on this site' : 'Your privacy choices');
      expect(text).toContain('for: Analytics, Marketing.');
      expect(text).toContain('Privacy policy');
      const buttons = Array.from(overlay()!.querySelectorAll('[data-assent-action]'), (b) => b.textContent);
      expect(buttons).toEqual(
        mode === 'opt-in' ? ['Accept all', 'Reject all', 'Customise'] : ['Do not sell or share my personal information', 'Accept all', 'Customise'],
      );
      await tick();
      expect(later.asked).toBe(false);
      expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
    });
  }

  it('offers the floating button on a return visit without asking for the later strings', async () => {
    const later = await mountHeldBack(decided({ ui: { floatingButton: true } }));
    await waitFor(() => expect(q('[data-assent-floating]')).not.toBeNull());
    expect(q('[data-assent-floating]')!.getAttribute('aria-label')).toBe('Privacy preferences');
    await tick();
    expect(later.asked).toBe(false);
  });
});

describe('the later English strings', () => {
  it("arrive before the preferences dialog opened from the banner's Customise is drawn", async () => {
    const shown = everythingShown('assent-ui');
    const later = await mountHeldBack(createTestHost());
    ui!.showBanner();
    await waitFor(() => expect(q('[data-assent-action="customize"]')).not.toBeNull());
    fireEvent.click(q('[data-assent-action="customize"]')!);
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-preferences]'));
    expect(dialog.textContent).toContain('Choose which optional cookies and similar storage we may use.');
    expect(dialog.textContent).toContain('Keeps the site secure and working');
    expect(dialog.textContent).toContain('Save choices');
    expect(dialog.querySelector('.close')!.getAttribute('aria-label')).toBe('Close');
    expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
  });

  it('arrive before the dialog a data-assent-open link opens on a return visit, with no banner, and fill its cookie tables', async () => {
    document.body.innerHTML = '<a href="#" data-assent-open>Cookie settings</a>';
    const shown = everythingShown('assent-ui');
    const later = await mountHeldBack(decided());
    ui!.showPreferences(document.querySelector('a'));
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-preferences]'));
    expect(q('[data-assent-banner]')).toBeNull();
    expect(dialog.textContent).toContain('Privacy preferences');
    fireEvent.click(Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent === 'Services and cookies')!);
    await waitFor(() => expect(dialog.querySelector('table')).not.toBeNull());
    expect(Array.from(dialog.querySelector('table')!.querySelectorAll('th'), (th) => th.textContent).slice(0, 5)).toEqual([
      'Name',
      'Type',
      'Provider',
      'Purpose',
      'Duration',
    ]);
    expect(dialog.textContent).toContain('Consent choices');
    expect(dialog.textContent).toContain('Cookie');
    expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
  });

  it('arrive before the dialog the floating button opens', async () => {
    const shown = everythingShown('assent-ui');
    const later = await mountHeldBack(decided({ ui: { floatingButton: true } }));
    await waitFor(() => expect(q('[data-assent-floating]')).not.toBeNull());
    fireEvent.click(q('[data-assent-floating]')!);
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-preferences]'));
    expect(dialog.textContent).toContain('Strictly necessary ones are always on');
    expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
  });

  it('arrive before the policy showPolicy() opens, with its generated cookie section', async () => {
    const shown = everythingShown('assent-ui');
    const later = await mountHeldBack(createTestHost({ ui: { policy: { markdown: '## Who we are\n\nExample Ltd.' } } }));
    ui!.showPolicy('cookies');
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-policy-dialog]'));
    await waitFor(() => expect(dialog.textContent).toContain('Cookies and similar storage'));
    expect(dialog.textContent).toContain('This list comes from the same settings as the consent banner.');
    expect(dialog.textContent).toContain('You have not made a choice yet.');
    expect(dialog.textContent).toContain('Change my choices');
    expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
  });

  it('arrive before an inline data-assent-policy is drawn', async () => {
    document.body.innerHTML = '<div data-assent-policy></div>';
    const shown = everythingShown('assent-policy');
    const later = await mountHeldBack(decided());
    ui!.renderInlinePolicies();
    const policy = await drawnOnlyWithStrings(later, () => document.querySelector('assent-policy')?.shadowRoot?.querySelector('.cookie-section'));
    expect(policy.textContent).toContain('Your choice: Allowed');
    expect(policy.textContent).toContain('Your choice: Not allowed');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
  });

  it('arrive before an embed placeholder is drawn', async () => {
    document.body.innerHTML = '<iframe title="Map" data-src="https://maps.test"></iframe>';
    const shown = everythingShown('assent-placeholder');
    const later = await mountHeldBack(createTestHost());
    ui!.renderPlaceholders([{ element: document.querySelector('iframe')!, category: 'marketing', loadOnce() {} }]);
    const placeholder = await drawnOnlyWithStrings(later, () => document.querySelector('assent-placeholder')?.shadowRoot?.querySelector('[data-assent-placeholder]'));
    expect(placeholder.textContent).toBe(
      'Map is blocked until you allow Marketing.Measures campaigns and shows more relevant ads, here and on other sites.Load this contentAlways allow MarketingCustomise',
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
  });

  it('tell a notice-mode visitor there is nothing to choose', async () => {
    const later = await mountHeldBack(createTestHost({ mode: 'notice' }));
    ui!.showPreferences();
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-preferences]'));
    expect(dialog.textContent).toContain('This site only uses the cookies and similar storage it needs to work');
  });

  it('tell a visitor whose Global Privacy Control was honoured so', async () => {
    const later = await mountHeldBack(createTestHost({ mode: 'opt-out', gpc: true }));
    ui!.showPreferences();
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-preferences]'));
    expect(dialog.querySelector('.note')!.textContent).toBe('Your opt-out preference signal (Global Privacy Control) has been honoured.');
  });

  it('offer self-service, and say so once the choice is withdrawn', async () => {
    const host = decided({ ui: { selfService: true } });
    const later = await mountHeldBack(host);
    ui!.showPreferences();
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-preferences]'));
    expect(dialog.textContent).toContain('Download my consent record');
    fireEvent.click(Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent === 'Withdraw consent and clear my choice')!);
    await waitFor(() => expect(q('[role="status"]')!.textContent).toBe('Your consent is withdrawn and your choice is no longer stored in this browser.'));
  });

  it("give way to the site's own wording for them, in English and for an English-speaking region", async () => {
    const translations = { en: { 'prefs.intro': 'Pick what we may store.', 'embed.load': 'Play once' }, 'en-GB': { 'action.save': 'Save my choices' } };
    document.documentElement.setAttribute('lang', 'en-GB');
    const later = await mountHeldBack(createTestHost({ ui: { translations } }));
    ui!.showPreferences();
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-preferences]'));
    expect(dialog.textContent).toContain('Pick what we may store.');
    expect(dialog.textContent).not.toContain('Choose which optional cookies');
    expect(dialog.querySelector('[data-assent-action="save"]')!.textContent).toBe('Save my choices');
    // Assent's own English stays for what the site left alone.
    expect(dialog.textContent).toContain('Strictly necessary');
  });

  it('arrive before a French dialog is drawn from a French file of an earlier release, in place of the strings it lacks, marked as English', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    // The copy a browser or CDN kept from before these strings were added: its name is the same in every release.
    vi.doMock('./locales/fr.js', async (original) => {
      const { default: fr } = await original<{ default: Record<string, string> }>();
      const stale = { ...fr };
      delete stale['prefs.intro'];
      delete stale['category.analytics.description'];
      return { default: stale };
    });
    const shown = everythingShown('assent-ui');
    const later = await mountHeldBack(createTestHost());
    ui!.showPreferences();
    const dialog = await drawnOnlyWithStrings(later, () => q('[data-assent-preferences]'));
    expect(dialog.textContent).toContain('Choose which optional cookies and similar storage we may use.');
    expect(dialog.querySelector('[data-assent-action="save"]')!.textContent).toBe('Enregistrer mes choix');
    const english = dialog.querySelector('#assent-cat-analytics-desc bdi')!;
    expect(english.textContent).toBe('Measures how the site is used, so we can improve it.');
    expect(english.getAttribute('lang')).toBe('en');
    expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
  });

  it('come with a switch to English made while a dialog is open, before the dialog is drawn again', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const shown = everythingShown('assent-ui');
    const later = await mountHeldBack(createTestHost());
    ui!.showPreferences();
    await waitFor(() => expect(q('[data-assent-preferences]')?.textContent).toContain('Enregistrer'));
    // French has every string: nothing of English's was needed for it.
    expect(later.asked).toBe(false);
    document.documentElement.setAttribute('lang', 'en');
    await waitFor(() => expect(later.asked).toBe(true));
    await tick();
    expect(q('[data-assent-preferences]')!.textContent).toContain('Enregistrer');
    later.release();
    await waitFor(() => expect(q('[data-assent-preferences]')!.textContent).toContain('Save choices'));
    expect(q('[data-assent-preferences]')!.textContent).toContain('Choose which optional cookies');
    expect(shown.filter((s) => RAW_KEY.test(s))).toEqual([]);
  });
});

describe('the proof record of a decision in English', () => {
  /** The text hash recorded when `button`, once `open` has drawn it, is clicked. */
  async function hashOf(host: TestHost, open: () => void, button: () => HTMLElement | null | undefined) {
    const later = await mountHeldBack(host);
    later.release();
    open();
    await waitFor(() => expect(button()).toBeTruthy());
    fireEvent.click(button()!);
    expect(host.decisions).toHaveLength(1);
    const hash = host.decisions[0]!.meta!.textHash;
    ui!.destroy();
    document.body.innerHTML = '';
    return hash;
  }
  const showBanner = () => ui!.showBanner();
  const showPreferences = () => ui!.showPreferences();

  // Hashes recorded before English was split in two: the same words must give the same hash. The opt-out one was
  // recorded again when its text stopped naming California's law: new words, a new hash.
  it('hashes the banner as it always has, under opt-in and opt-out rules', async () => {
    expect(await hashOf(createTestHost(), showBanner, () => q('[data-assent-action="accept-all"]'))).toBe('0wttmnk');
    expect(await hashOf(createTestHost({ mode: 'opt-out' }), showBanner, () => q('[data-assent-action="opt-out"]'))).toBe('0s5p199');
  });

  it('hashes the preferences dialog as it always has, with the later strings and with an override of one', async () => {
    const save = () => q('[data-assent-preferences] [data-assent-action="save"]');
    expect(await hashOf(decided(), showPreferences, save)).toBe('1lngwvb');
    const worded = createTestHost({ ui: { translations: { en: { 'prefs.intro': 'Pick what we may store.' } } } });
    expect(await hashOf(worded, showPreferences, save)).toBe('0y6sz98');
  });

  it("hashes an embed placeholder's always-allow: its sentence, the category's description and the button", async () => {
    document.body.innerHTML = '<iframe title="Map" data-src="https://maps.test"></iframe>';
    const frame = document.querySelector('iframe')!;
    const open = () => ui!.renderPlaceholders([{ element: frame, category: 'marketing', loadOnce() {} }]);
    const always = () => document.querySelector('assent-placeholder')?.shadowRoot?.querySelectorAll('button')[1];
    expect(await hashOf(createTestHost(), open, always)).toBe('1d23avm');
  });
});

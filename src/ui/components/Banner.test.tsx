import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { textHash } from '../../shared/text-hash.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../i18n/resolve-language.js';
import { category, createTestHost, DEFAULT_CATEGORIES, renderWithUi, type TestHost } from '../test-host.js';
import { Banner } from './Banner.js';

const button = (action: string) => document.querySelector(`[data-assent-action="${action}"]`) as HTMLButtonElement;

afterEach(cleanup);

/** The text hash the banner records when `action` is pressed, after checking the texts it showed; then unmounts. */
async function hashOf(host: TestHost = createTestHost(), lang?: Language, action = 'accept-all', shows: string[] = []) {
  await renderWithUi(<Banner />, host, lang);
  const root = document.querySelector('[data-assent-banner]')!;
  for (const text of shows) expect(root.textContent).toContain(text);
  fireEvent.click(button(action));
  cleanup();
  expect(host.decisions).toHaveLength(1);
  const hash = host.decisions[0]!.meta?.textHash;
  expect(hash).toMatch(/^[0-9a-z]{7}$/);
  return hash!;
}

/** A host whose English strings are overridden through config, as `ui.translations` does. */
const worded = (strings: Record<string, string>, o: Parameters<typeof createTestHost>[0] = {}) =>
  createTestHost({ ...o, ui: { ...o.ui, translations: { en: strings } } });

describe('Banner', () => {
  it('names the optional purposes and offers accept, reject and customise as the same kind of button', async () => {
    const { container } = await renderWithUi(<Banner />);
    const root = container.querySelector('[data-assent-banner]')!;
    expect(root.getAttribute('role')).toBe('region');
    expect(root.getAttribute('aria-labelledby')).toBe('assent-banner-title');
    expect(screen.getByRole('heading').textContent).toBe('Cookies on this site');
    expect(root.textContent).toContain('for: Analytics, Marketing.');
    expect(root.textContent).not.toContain('Strictly necessary');
    const classes = ['accept-all', 'reject-all', 'customize'].map((a) => button(a).className);
    expect(new Set(classes).size).toBe(1);
  });

  it("names a purpose the site titled only in another language in that language, and a well-known one in the visitor's", async () => {
    const categories = [DEFAULT_CATEGORIES[0]!, category('social', { title: { en: 'Social media' } }), category('analytics', { title: { en: 'Analytics' } })];
    await renderWithUi(<Banner />, createTestHost({ categories }), 'fr');
    const text = document.getElementById('assent-banner-text')!;
    expect(text.textContent).toContain('pour : Social media, Mesure d’audience.');
    expect(screen.getByText('Social media').getAttribute('lang')).toBe('en');
    expect(screen.getByText('Mesure d’audience').hasAttribute('lang')).toBe(false);
  });

  it('records accept-all from the banner with every category granted and a text hash', async () => {
    const { host, ui } = await renderWithUi(<Banner />);
    ui.state.banner.value = true;
    fireEvent.click(button('accept-all'));
    expect(host.decisions).toEqual([
      {
        action: 'accept_all',
        source: 'banner',
        choice: { necessary: true, analytics: true, marketing: true },
        meta: { language: 'en', textHash: expect.stringMatching(/^[0-9a-z]{7}$/), texts: expect.any(Array) },
      },
    ]);
    // The wording the visitor decided with, exactly as shown, and the hash of it.
    const meta = host.decisions[0]!.meta!;
    expect(meta.texts).toEqual([
      screen.getByRole('heading').textContent,
      expect.stringMatching(/^We use cookies the site needs to work\./),
      'Accept all',
      'Reject all',
      'Customise',
    ]);
    expect(meta.textHash).toBe(textHash(meta.texts!));
    expect(ui.state.banner.value).toBe(false);
  });

  it('records reject-all with every optional category denied', async () => {
    const { host } = await renderWithUi(<Banner />);
    fireEvent.click(button('reject-all'));
    expect(host.decisions[0]!.action).toBe('reject_all');
    expect(host.decisions[0]!.choice).toEqual({ necessary: true, analytics: false, marketing: false });
  });

  it('announces the decision, since the banner goes with the click', async () => {
    const { ui } = await renderWithUi(<Banner />);
    expect(ui.state.status.value).toBe('');
    fireEvent.click(button('reject-all'));
    expect(ui.state.status.value).toBe('Your choices have been saved.');
  });

  it('gives focus back to the page element the visitor came from when a decision takes the banner away', async () => {
    const pageLink = document.body.appendChild(document.createElement('button'));
    const { calls } = await renderWithUi(<Banner />);
    pageLink.focus();
    button('reject-all').focus();
    fireEvent.click(button('reject-all'));
    expect(calls.returned).toEqual([pageLink]);
    pageLink.remove();
  });

  it('in the modal layout, which takes focus as it opens, gives focus back to the page element that had it', async () => {
    const pageButton = document.body.appendChild(document.createElement('button'));
    pageButton.focus();
    const { calls } = await renderWithUi(<Banner />, createTestHost({ ui: { layout: 'modal' } }));
    // Tab moves on from the dialog itself to its first control, and on to Reject all.
    button('reject-all').focus();
    fireEvent.click(button('reject-all'));
    expect(calls.returned).toEqual([pageButton]);
    pageButton.remove();
  });

  it('keeps the page element the visitor came from when focus comes back from a dialog the banner opened', async () => {
    const pageLink = document.body.appendChild(document.createElement('button'));
    const { calls } = await renderWithUi(<Banner />);
    pageLink.focus();
    screen.getByRole('button', { name: 'Privacy policy' }).focus();
    // The policy dialog took focus and has closed: its button is gone, so focus comes back from nowhere.
    (document.activeElement as HTMLElement).blur();
    screen.getByRole('button', { name: 'Privacy policy' }).focus();
    button('accept-all').focus();
    fireEvent.click(button('accept-all'));
    expect(calls.returned).toEqual([pageLink]);
    pageLink.remove();
  });

  it('asks for the floating button (no page element) when focus was in the banner from the start, and moves nothing when it was not', async () => {
    const { calls } = await renderWithUi(<Banner />, createTestHost({ ui: { layout: 'modal' } }));
    // The modal layout takes focus as it opens, from nowhere on the page.
    fireEvent.click(button('accept-all'));
    expect(calls.returned).toEqual([null]);
    cleanup();
    const again = await renderWithUi(<Banner />);
    // A pointer that doesn't focus what it clicks (Safari's buttons) leaves focus where it was.
    fireEvent.click(button('accept-all'));
    expect(again.calls.returned).toEqual([]);
  });

  it('opens preferences with the customise button as the opener, without deciding', async () => {
    const { host, calls } = await renderWithUi(<Banner />);
    fireEvent.click(button('customize'));
    expect(calls.preferences).toEqual([button('customize')]);
    expect(host.decisions).toEqual([]);
  });

  it('opens the policy from the text', async () => {
    const { calls } = await renderWithUi(<Banner />);
    fireEvent.click(screen.getByRole('button', { name: 'Privacy policy' }));
    expect(calls.policy).toHaveLength(1);
  });

  it('pads the page bottom while a bar is shown and removes the padding when it goes', async () => {
    const { unmount } = await renderWithUi(<Banner />);
    expect(document.documentElement.style.getPropertyValue('scroll-padding-bottom')).toMatch(/px$/);
    expect(document.body.lastElementChild!.tagName).toBe('ASSENT-SPACER');
    unmount();
    expect(document.documentElement.style.getPropertyValue('scroll-padding-bottom')).toBe('');
    expect(document.querySelector('assent-spacer')).toBeNull();
  });

  it('is a modal dialog that takes focus in the modal layout, and Escape grants nothing', async () => {
    const { host } = await renderWithUi(<Banner />, createTestHost({ ui: { layout: 'modal' } }));
    const root = document.querySelector('[data-assent-banner]')!;
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.getAttribute('aria-modal')).toBe('true');
    // On the dialog, named and described, not on its first control: it opened before the visitor pressed or touched
    // anything, and a control focused then would show a focus ring to someone who never used the keyboard.
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: 'Cookies on this site', description: /^We use cookies/ }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(host.decisions).toEqual([]);
  });

  it('under opt-out rules opts out of sale and sharing in one click and keeps the rest', async () => {
    const { host } = await renderWithUi(<Banner />, createTestHost({ mode: 'opt-out' }));
    expect(screen.getByRole('heading').textContent).toBe('Your privacy choices');
    expect(button('reject-all')).toBeNull();
    fireEvent.click(button('opt-out'));
    expect(host.decisions[0]).toMatchObject({
      action: 'custom',
      source: 'banner',
      choice: { necessary: true, analytics: true, marketing: false },
    });
  });

  it('speaks the visitor language', async () => {
    await renderWithUi(<Banner />, createTestHost(), 'fr');
    expect(button('reject-all').textContent).toBe('Tout refuser');
  });

  it("names a site's own category by its English title in a language the site didn't translate it into", async () => {
    const host = worded({ 'category.social.title': 'Social media' }, { categories: [category('necessary', { required: true }), category('social')] });
    await renderWithUi(<Banner />, host, 'fr');
    expect(document.querySelector('[data-assent-banner]')!.textContent).toContain(' : Social media.');
  });

  describe('text hash in the proof record', () => {
    it('is the same for the same texts, whichever button records the decision', async () => {
      const accepted = await hashOf();
      expect(await hashOf()).toBe(accepted);
      expect(await hashOf(createTestHost(), 'en', 'reject-all')).toBe(accepted);
      // Overrides equal to the built-in wording show the same texts, so they hash the same.
      expect(await hashOf(worded({ 'banner.title': 'Cookies on this site' }))).toBe(accepted);
    });

    it('changes with the language the banner is shown in', async () => {
      const en = await hashOf();
      const fr = await hashOf(createTestHost(), 'fr', 'accept-all', ['Tout refuser']);
      const de = await hashOf(createTestHost(), 'de');
      expect(new Set([en, fr, de]).size).toBe(3);
    });

    it('changes when the site rewords the title, the text or any of the three buttons', async () => {
      const keys = ['banner.title', 'banner.text', 'action.acceptAll', 'action.rejectAll', 'action.customize'];
      const hashes = [await hashOf()];
      for (const key of keys) hashes.push(await hashOf(worded({ [key]: `Reworded ${key}` }), 'en', 'accept-all', [`Reworded ${key}`]));
      expect(new Set(hashes).size).toBe(keys.length + 1);
    });

    it('changes when a purpose named in the text is renamed', async () => {
      const renamed = DEFAULT_CATEGORIES.map((c) => (c.id === 'analytics' ? category('analytics', { title: 'Audience measurement' }) : c));
      const before = await hashOf();
      const after = await hashOf(createTestHost({ categories: renamed }), 'en', 'accept-all', ['for: Audience measurement, Marketing.']);
      expect(after).not.toBe(before);
    });

    it('under opt-out rules, changes with the opt-out title, text and button the visitor saw', async () => {
      const optOut = { mode: 'opt-out' as const };
      const keys = ['banner.optOutTitle', 'banner.optOutText', 'action.optOut'];
      const hashes = [await hashOf(), await hashOf(createTestHost(optOut), 'en', 'opt-out')];
      for (const key of keys) hashes.push(await hashOf(worded({ [key]: `Reworded ${key}` }, optOut), 'en', 'opt-out', [`Reworded ${key}`]));
      expect(new Set(hashes).size).toBe(keys.length + 2);
    });
  });
});

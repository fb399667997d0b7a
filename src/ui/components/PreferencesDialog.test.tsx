import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { textHash } from '../../shared/text-hash.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../i18n/resolve-language.js';
import { category, createTestHost, DEFAULT_CATEGORIES, record, renderWithUi, type TestHost } from '../test-host.js';
import { PreferencesDialog } from './PreferencesDialog.js';

const action = (a: string) => document.querySelector(`[data-assent-action="${a}"]`) as HTMLButtonElement;

async function open(host = createTestHost()) {
  let closed = 0;
  const r = await renderWithUi(<PreferencesDialog onClose={() => closed++} />, host);
  return { ...r, closed: () => closed };
}

afterEach(cleanup);

/** The text hash recorded when the dialog decides through `button`, after checking the texts it showed; then unmounts. */
async function hashOf(host: TestHost = createTestHost(), lang?: Language, button = 'save', shows: string[] = []) {
  await renderWithUi(<PreferencesDialog onClose={() => {}} />, host, lang);
  for (const text of shows) expect(screen.getByRole('dialog').textContent).toContain(text);
  fireEvent.click(action(button));
  cleanup();
  expect(host.decisions).toHaveLength(1);
  const meta = host.decisions[0]!.meta!;
  expect(meta).toEqual({ language: lang ?? 'en', textHash: expect.stringMatching(/^[0-9a-z]{7}$/), texts: expect.any(Array) });
  // The record carries the wording itself, and the hash is that wording's, so a log can check and keep it.
  expect(meta.textHash).toBe(textHash(meta.texts!));
  for (const text of shows) expect(meta.texts!.join('\n')).toContain(text);
  return meta.textHash!;
}

/** A host whose English strings are overridden through config, as `ui.translations` does. */
const worded = (strings: Record<string, string>) => createTestHost({ ui: { translations: { en: strings } } });

describe('PreferencesDialog', () => {
  it('is a modal dialog labelled by its visible title, with focus inside', async () => {
    await open();
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.hasAttribute('data-assent-preferences')).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Privacy preferences');
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('ticks nothing optional before a choice and shows necessary on and locked, with the reason', async () => {
    await open();
    const necessary = screen.getByRole('checkbox', { name: 'Strictly necessary' }) as HTMLInputElement;
    expect(necessary.checked).toBe(true);
    expect(necessary.disabled).toBe(true);
    expect(necessary.getAttribute('aria-describedby') && document.getElementById(necessary.getAttribute('aria-describedby')!)!.textContent).toContain('Always on');
    expect((screen.getByRole('checkbox', { name: 'Analytics' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Marketing' }) as HTMLInputElement).checked).toBe(false);
  });

  it('offers nothing to save in notice mode, where only necessary storage exists, and says so', async () => {
    await open(createTestHost({ mode: 'notice' }));
    expect(screen.getByRole('dialog').textContent).toContain('so there is nothing to choose');
    expect(screen.getByRole('dialog').textContent).not.toContain('Choose which optional cookies');
    expect(action('save')).toBeNull();
    expect(action('accept-all')).toBeNull();
    expect(action('reject-all')).toBeNull();
  });

  it('shows optional categories off and locked in notice mode, since nothing optional runs there', async () => {
    await open(createTestHost({ mode: 'notice' }));
    const analytics = screen.getByRole('checkbox', { name: 'Analytics' }) as HTMLInputElement;
    expect(analytics.checked).toBe(false);
    expect(analytics.disabled).toBe(true);
    expect(document.getElementById(analytics.getAttribute('aria-describedby')!)!.textContent).toContain('Not allowed');
    const necessary = screen.getByRole('checkbox', { name: 'Strictly necessary' }) as HTMLInputElement;
    expect(necessary.checked && necessary.disabled).toBe(true);
  });

  it('reopens on the stored choice', async () => {
    await open(createTestHost({ record: record({ necessary: true, analytics: true, marketing: false }) }));
    expect((screen.getByRole('checkbox', { name: 'Analytics' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Marketing' }) as HTMLInputElement).checked).toBe(false);
  });

  it('saves the ticked categories as a custom choice, announces it and closes', async () => {
    const { host, ui, closed } = await open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Marketing' }));
    fireEvent.click(action('save'));
    expect(host.decisions).toEqual([
      expect.objectContaining({ action: 'custom', source: 'preferences', choice: { necessary: true, analytics: false, marketing: true } }),
    ]);
    expect(ui.state.status.value).toBe('Your choices have been saved.');
    expect(closed()).toBe(1);
  });

  it('announces a second save as well: the status text changes each time, so a screen reader speaks it again', async () => {
    const { ui } = await open();
    fireEvent.click(action('save'));
    const first = ui.state.status.value;
    fireEvent.click(action('save'));
    const second = ui.state.status.value;
    expect(first.trim()).toBe('Your choices have been saved.');
    expect(second.trim()).toBe('Your choices have been saved.');
    expect(second).not.toBe(first);
  });

  it('offers accept all and reject all too', async () => {
    const { host } = await open();
    fireEvent.click(action('accept-all'));
    fireEvent.click(action('reject-all'));
    expect(host.decisions.map((d) => d.action)).toEqual(['accept_all', 'reject_all']);
    expect(host.decisions[1]!.choice).toEqual({ necessary: true, analytics: false, marketing: false });
  });

  it('under opt-out rules offers "Do not sell or share", which turns off only what sells or shares, keeping the rest as ticked', async () => {
    const { host, ui, closed } = await open(createTestHost({ mode: 'opt-out' }));
    // Undecided under opt-out rules, everything starts on; the visitor turns analytics off first.
    expect((screen.getByRole('checkbox', { name: 'Marketing' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Analytics' }));
    fireEvent.click(screen.getByRole('button', { name: 'Do not sell or share my personal information' }));
    expect(host.decisions).toEqual([
      expect.objectContaining({ action: 'custom', source: 'preferences', choice: { necessary: true, analytics: false, marketing: false } }),
    ]);
    expect(host.decisions[0]!.meta!.texts).toContain('Do not sell or share my personal information');
    expect(ui.state.status.value).toBe('Your choices have been saved.');
    expect(closed()).toBe(1);
  });

  it('offers no opt-out button under opt-in rules, where Reject all refuses everything', async () => {
    await open();
    expect(action('opt-out')).toBeNull();
  });

  it('closes on Escape without saving', async () => {
    const { host, closed } = await open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Analytics' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(closed()).toBe(1);
    expect(host.decisions).toEqual([]);
  });

  it('wraps Tab from the last control to the first and Shift+Tab back', async () => {
    await open();
    const dialog = screen.getByRole('dialog');
    const items = Array.from(dialog.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled])')).filter((el) => !el.closest('[hidden]'));
    const first = items[0]!;
    const last = items[items.length - 1]!;
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it("lists Assent's own consent cookie among the strictly necessary cookies", async () => {
    await open();
    fireEvent.click(document.querySelector('[aria-controls="assent-cat-necessary-services"]')!);
    const services = within(document.getElementById('assent-cat-necessary-services')!);
    expect(services.getByRole('heading', { name: 'Consent choices' })).toBeTruthy();
    expect(services.getByText('assent')).toBeTruthy();
  });

  it('lists the consent cookie of a site with nothing strictly necessary in a locked group, and decides on the site categories only', async () => {
    const { host } = await open(createTestHost({ categories: [category('analytics')] }));
    const necessary = screen.getByRole('checkbox', { name: 'Strictly necessary' }) as HTMLInputElement;
    expect(necessary.checked && necessary.disabled).toBe(true);
    expect(within(document.getElementById('assent-cat-necessary-services')!).getByText('assent')).toBeTruthy();
    fireEvent.click(action('accept-all'));
    expect(host.decisions[0]!.choice).toEqual({ analytics: true });
  });

  it('follows a decision made elsewhere while open', async () => {
    const { host } = await open();
    host.set(record({ necessary: true, analytics: true, marketing: true }));
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Marketing' }) as HTMLInputElement).checked).toBe(true));
  });

  it('says the opt-out preference signal was honoured', async () => {
    await open(createTestHost({ mode: 'opt-out', gpc: true }));
    expect(screen.getByText(/Global Privacy Control/)).toBeTruthy();
  });

  it('lets visitors withdraw consent and clear their choice when self-service is on', async () => {
    const { host, ui } = await open(createTestHost({ ui: { selfService: true }, record: record({ necessary: true, analytics: true, marketing: true }) }));
    const metas: unknown[] = [];
    const withdraw = host.withdraw;
    host.withdraw = (source, meta) => (metas.push(meta), withdraw(source, meta));
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw consent and clear my choice' }));
    expect(host.withdrawals).toEqual(['preferences']);
    // The site's proof log keeps every earlier record, as it must: only the choice stored in this browser goes.
    expect(ui.state.status.value).toBe('Your consent is withdrawn and your choice is no longer stored in this browser.');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).not.toContainEqual(expect.stringMatching(/delete/i));
    // Its record names the texts the visitor read, as a decision from the same dialog does, and the button pressed.
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    const saved = host.decisions[0]!.meta!;
    expect(metas).toEqual([
      expect.objectContaining({ language: saved.language, texts: [...saved.texts!, 'Withdraw consent and clear my choice'] }),
    ]);
  });

  it('under opt-out rules offers the record but no button promising to clear the choice', async () => {
    await open(createTestHost({ mode: 'opt-out', ui: { selfService: true } }));
    expect(screen.getByRole('button', { name: 'Download my consent record' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw consent and clear my choice' })).toBeNull();
  });

  it('in notice mode offers the record but nothing to withdraw, since nothing is stored there', async () => {
    await open(createTestHost({ mode: 'notice', ui: { selfService: true } }));
    expect(screen.getByRole('button', { name: 'Download my consent record' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw consent and clear my choice' })).toBeNull();
  });

  it('offers no self-service unless configured', async () => {
    await open();
    expect(screen.queryByRole('button', { name: 'Withdraw consent and clear my choice' })).toBeNull();
  });

  describe('text hash in the proof record', () => {
    it('records the same text hash for the same texts, whichever button decides', async () => {
      const saved = await hashOf();
      expect(await hashOf(createTestHost(), 'en', 'accept-all')).toBe(saved);
      expect(await hashOf(createTestHost(), 'en', 'reject-all')).toBe(saved);
      // Ticking boxes changes the choice, not the texts shown.
      const { host } = await open();
      fireEvent.click(screen.getByRole('checkbox', { name: 'Analytics' }));
      fireEvent.click(action('save'));
      expect(host.decisions[0]!.meta!.textHash).toBe(saved);
    });

    it('changes with the language the dialog is shown in', async () => {
      const en = await hashOf();
      const fr = await hashOf(createTestHost(), 'fr');
      const de = await hashOf(createTestHost(), 'de');
      expect(new Set([en, fr, de]).size).toBe(3);
    });

    it("changes when the site rewords the title, the introduction or a category's name or purpose", async () => {
      const keys = ['prefs.title', 'prefs.intro', 'category.analytics.title', 'category.marketing.description'];
      const hashes = [await hashOf()];
      for (const key of keys) hashes.push(await hashOf(worded({ [key]: `Reworded ${key}` }), 'en', 'save', [`Reworded ${key}`]));
      expect(new Set(hashes).size).toBe(keys.length + 1);
    });

    it('changes when a category is described differently in the config', async () => {
      const described = DEFAULT_CATEGORIES.map((c) =>
        c.id === 'analytics' ? category('analytics', { description: 'Counts visits without cookies.' }) : c,
      );
      const before = await hashOf();
      const after = await hashOf(createTestHost({ categories: described }), 'en', 'save', ['Counts visits without cookies.']);
      expect(after).not.toBe(before);
    });

    it('covers the group a site with nothing strictly necessary is shown for the consent cookie', async () => {
      const optional = () => createTestHost({ categories: [category('analytics')], ui: { translations: { en: { 'category.necessary.description': 'Reworded' } } } });
      const before = await hashOf(createTestHost({ categories: [category('analytics')] }));
      expect(await hashOf(optional(), 'en', 'save', ['Reworded'])).not.toBe(before);
    });

    it('changes when the site rewords the buttons the visitor decides with', async () => {
      const keys = ['action.save', 'action.acceptAll', 'action.rejectAll'];
      const hashes = [await hashOf()];
      for (const key of keys) hashes.push(await hashOf(worded({ [key]: `Reworded ${key}` }), 'en', 'save', [`Reworded ${key}`]));
      expect(new Set(hashes).size).toBe(keys.length + 1);
    });
  });
});

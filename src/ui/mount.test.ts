import { fireEvent, waitFor } from '@testing-library/preact';
import { createInstance } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UiController } from '../core/ui-host.js';
import { mountUi } from './mount.js';
import { createTestHost, record } from './test-host.js';

let ui: UiController | undefined;
afterEach(() => {
  ui?.destroy();
  ui = undefined;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

const shadow = () => document.querySelector('assent-ui')?.shadowRoot ?? null;
const q = (sel: string) => shadow()?.querySelector<HTMLElement>(sel) ?? null;

describe('mountUi', () => {
  it('draws the banner in an open shadow root, just before the body, with its own inline layout', async () => {
    document.body.innerHTML = '<p>page</p>';
    ui = mountUi(createTestHost());
    ui.showBanner();
    await waitFor(() => expect(q('[data-assent-banner]')).not.toBeNull());
    const host = document.querySelector('assent-ui') as HTMLElement;
    expect(document.body.previousElementSibling).toBe(host);
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(document.querySelector('[data-assent-banner]')).toBeNull();
  });

  it('warns about language settings that would do nothing when it starts', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      ui = mountUi(createTestHost({ ui: { language: 'zh', translations: { en: { 'banner.titel': 'Cookies' } } } }));
      await vi.waitFor(() =>
        expect(warn.mock.calls.map(([w]) => String(w))).toEqual([
          expect.stringMatching(/^Assent: ui\.language "zh" is not a language Assent has/),
          'Assent: unknown translation key "ui.translations.en.banner.titel"; Assent has no such string, so it is never shown.',
        ]),
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('uses <html lang> and sets lang and dir inside', async () => {
    document.documentElement.setAttribute('lang', 'ar');
    ui = mountUi(createTestHost());
    ui.showBanner();
    await waitFor(() => expect(q('.root')?.getAttribute('dir')).toBe('rtl'));
    expect(q('.root')!.getAttribute('lang')).toBe('ar');
    expect(q('[data-assent-action="reject-all"]')!.textContent).toBe('رفض الكل');
  });

  it("takes the page's regional variant: the site's strings for it win, and the interface says so", async () => {
    document.documentElement.setAttribute('lang', 'pt-BR');
    const translations = { pt: { 'banner.title': 'Cookies neste sítio', 'action.rejectAll': 'Rejeitar' }, 'pt-BR': { 'banner.title': 'Cookies no site' } };
    const host = createTestHost({ ui: { translations } });
    ui = mountUi(host);
    ui.showBanner();
    await waitFor(() => expect(q('[data-assent-banner] h2')?.textContent).toBe('Cookies no site'));
    expect(q('[data-assent-action="reject-all"]')!.textContent).toBe('Rejeitar');
    expect(q('.root')!.getAttribute('lang')).toBe('pt-BR');
    fireEvent.click(q('[data-assent-action="reject-all"]')!);
    expect(host.decisions[0]!.meta?.language).toBe('pt-BR');
    // The same page in Portugal reads the Portuguese strings alone.
    document.documentElement.setAttribute('lang', 'pt-PT');
    ui.showBanner();
    await waitFor(() => expect(q('[data-assent-banner] h2')?.textContent).toBe('Cookies neste sítio'));
    expect(q('.root')!.getAttribute('lang')).toBe('pt-PT');
  });

  it("follows the host app's i18next to another language, in the open banner and dialog, and records the new one", async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'en', resources: {} });
    document.body.innerHTML = '<button id="open">Cookie settings</button>';
    const host = { ...createTestHost(), i18n };
    ui = mountUi(host);
    ui.showBanner();
    ui.showPreferences(document.getElementById('open'));
    await waitFor(() => expect(q('[data-assent-preferences]')).not.toBeNull());
    expect(q('[data-assent-action="reject-all"]')!.textContent).toBe('Reject all');
    await i18n.changeLanguage('fr');
    await waitFor(() => expect(q('[data-assent-action="reject-all"]')?.textContent).toBe('Tout refuser'));
    expect(q('.root')!.getAttribute('lang')).toBe('fr');
    // The open dialog stays open, now in French too.
    expect(q('[data-assent-preferences]')!.textContent).toContain('Enregistrer');
    fireEvent.click(q('[data-assent-action="reject-all"]')!);
    expect(host.decisions[0]!.meta?.language).toBe('fr');
  });

  it('follows a change of <html lang> when nothing more specific sets the language', async () => {
    document.documentElement.setAttribute('lang', 'en');
    ui = mountUi(createTestHost());
    ui.showBanner();
    await waitFor(() => expect(q('[data-assent-action="reject-all"]')?.textContent).toBe('Reject all'));
    document.documentElement.setAttribute('lang', 'de');
    await waitFor(() => expect(q('[data-assent-action="reject-all"]')?.textContent).toBe('Alle ablehnen'));
  });

  it('keeps a language the config pins, and stops following once destroyed', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'en', resources: {} });
    ui = mountUi({ ...createTestHost({ ui: { language: 'en' } }), i18n });
    ui.showBanner();
    await waitFor(() => expect(q('[data-assent-action="reject-all"]')?.textContent).toBe('Reject all'));
    await i18n.changeLanguage('fr');
    document.documentElement.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r, 50));
    expect(q('[data-assent-action="reject-all"]')!.textContent).toBe('Reject all');
    const off = vi.spyOn(i18n, 'off');
    ui.destroy();
    expect(off).toHaveBeenCalledWith('languageChanged', expect.any(Function));
  });

  it('hides the banner on any decision and asks again after a withdrawal', async () => {
    const host = createTestHost();
    ui = mountUi(host);
    ui.showBanner();
    await waitFor(() => expect(q('[data-assent-banner]')).not.toBeNull());
    host.set(record({ necessary: true, analytics: false, marketing: false }, 'reject_all'));
    await waitFor(() => expect(q('[data-assent-banner]')).toBeNull());
    host.withdraw('api');
    await waitFor(() => expect(q('[data-assent-banner]')).not.toBeNull());
  });

  it('returns focus to the opener when preferences close with Escape, having saved nothing', async () => {
    document.body.innerHTML = '<button id="open">Cookie settings</button>';
    const opener = document.getElementById('open')!;
    opener.focus();
    const host = createTestHost();
    ui = mountUi(host);
    ui.showPreferences(opener);
    await waitFor(() => expect(q('[data-assent-preferences]')).not.toBeNull());
    await waitFor(() => expect(shadow()!.activeElement).not.toBeNull());
    fireEvent.keyDown(q('[data-assent-preferences]')!, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(q('[data-assent-preferences]')).toBeNull();
    expect(host.decisions).toEqual([]);
  });

  it('after a decision in preferences opened from the banner, gives focus back to the page element the visitor came to the banner from', async () => {
    document.body.innerHTML = '<a href="#top" id="first">Home</a>';
    const link = document.getElementById('first')!;
    const host = createTestHost();
    ui = mountUi(host);
    ui.showBanner();
    await waitFor(() => expect(q('[data-assent-action="customize"]')).not.toBeNull());
    // Shift+Tab from the page's first link reaches the banner, which sits before the page.
    link.focus();
    q('[data-assent-action="customize"]')!.focus();
    fireEvent.click(q('[data-assent-action="customize"]')!);
    await waitFor(() => expect(q('[data-assent-action="save"]')).not.toBeNull());
    fireEvent.click(q('[data-assent-action="save"]')!);
    expect(host.decisions).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(q('[data-assent-banner]')).toBeNull();
  });

  it('shows the floating button once decided, when configured', async () => {
    ui = mountUi(createTestHost({ ui: { floatingButton: true }, record: record({ necessary: true, analytics: true, marketing: true }) }));
    await waitFor(() => expect(q('[data-assent-floating]')).not.toBeNull());
  });

  it('renders the policy into every [data-assent-policy] element, once', async () => {
    document.body.innerHTML = '<div data-assent-policy></div><section data-assent-policy></section>';
    ui = mountUi(createTestHost({ ui: { policy: { markdown: '## Hello\n\nWorld' } } }));
    ui.renderInlinePolicies();
    ui.renderInlinePolicies();
    const views = () => Array.from(document.querySelectorAll('assent-policy')).map((el) => el.shadowRoot!.querySelector('h2#hello'));
    await waitFor(() => expect(views().filter(Boolean)).toHaveLength(2));
    expect(document.querySelectorAll('assent-policy')).toHaveLength(2);
  });

  it('draws a placeholder beside a held-back embed and removes it once the category is granted', async () => {
    document.body.innerHTML = '<iframe title="Map" data-assent-src="https://maps.test"></iframe>';
    const frame = document.querySelector('iframe')!;
    const host = createTestHost();
    ui = mountUi(host);
    ui.renderPlaceholders([{ element: frame, category: 'marketing', loadOnce() {} }]);
    await waitFor(() => expect(document.querySelector('assent-placeholder')).not.toBeNull());
    expect(frame.style.display).toBe('none');
    expect(document.querySelector('assent-placeholder')!.shadowRoot!.textContent).toContain('Map is blocked until you allow Marketing.');
    host.set(record({ necessary: true, analytics: false, marketing: true }));
    expect(document.querySelector('assent-placeholder')).toBeNull();
    expect(frame.style.display).toBe('');
  });

  it('draws nothing once destroyed, though asked to before its first draw', async () => {
    document.body.innerHTML = '<div data-assent-policy></div><iframe title="Map" data-src="https://maps.test"></iframe>';
    const frame = document.querySelector('iframe')!;
    ui = mountUi(createTestHost({ ui: { floatingButton: true } }));
    ui.showBanner();
    ui.showPreferences();
    ui.showPolicy();
    ui.renderInlinePolicies();
    ui.renderPlaceholders([{ element: frame, category: 'marketing', loadOnce() {} }]);
    ui.destroy();
    ui = undefined;
    await new Promise((r) => setTimeout(r, 100));
    expect(document.querySelector('assent-ui, assent-policy, assent-placeholder')).toBeNull();
    expect(frame.style.display).toBe('');
  });

  it('lets go of a policy whose element a single-page app took away, and draws one it brings back', async () => {
    document.body.innerHTML = '<main><div data-assent-policy></div></main>';
    const main = document.querySelector('main')!;
    const policy = main.firstElementChild!;
    ui = mountUi(createTestHost());
    ui.renderInlinePolicies();
    await waitFor(() => expect(policy.querySelector('assent-policy')?.shadowRoot?.querySelector('h2')).toBeTruthy());
    policy.remove();
    await waitFor(() => expect(policy.querySelector('assent-policy')).toBeNull());
    main.append(policy);
    ui.renderInlinePolicies();
    await waitFor(() => expect(policy.querySelector('assent-policy')?.shadowRoot?.querySelector('h2')).toBeTruthy());
  });

  it('takes away the placeholder of an embed the page removed, rather than leave a button that loads nothing', async () => {
    document.body.innerHTML = '<div><iframe title="Map" data-src="https://maps.test"></iframe></div>';
    const frame = document.querySelector('iframe')!;
    ui = mountUi(createTestHost());
    const forget = vi.fn();
    ui.renderPlaceholders([{ element: frame, category: 'marketing', loadOnce() {}, forget }]);
    await waitFor(() => expect(document.querySelector('assent-placeholder')).not.toBeNull());
    frame.remove();
    await waitFor(() => expect(document.querySelector('assent-placeholder')).toBeNull());
    // The gate may hand the frame over again if the page puts it back.
    expect(forget).toHaveBeenCalledOnce();
    // Only its own frame: another embed's placeholder stays.
    document.body.innerHTML = '<iframe title="Video" data-src="https://video.test"></iframe><p>text</p>';
    const video = document.querySelector('iframe')!;
    ui.renderPlaceholders([{ element: video, category: 'marketing', loadOnce() {} }]);
    await waitFor(() => expect(document.querySelector('assent-placeholder')).not.toBeNull());
    document.querySelector('p')!.remove();
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelector('assent-placeholder')).not.toBeNull();
  });

  it('removes everything it drew on destroy', async () => {
    document.body.innerHTML = '<div data-assent-policy></div>';
    ui = mountUi(createTestHost());
    ui.showBanner();
    ui.renderInlinePolicies();
    await waitFor(() => expect(document.querySelector('assent-policy')).not.toBeNull());
    await waitFor(() => expect(document.querySelector('assent-ui')).not.toBeNull());
    ui.destroy();
    ui = undefined;
    expect(document.querySelector('assent-ui, assent-policy')).toBeNull();
  });
});

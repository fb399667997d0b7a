import { h, render, type ComponentChildren } from 'preact';
import type { EmbedTarget, UiController, UiHost } from '../core/ui-host.js';
import { App } from './components/App.js';
import { ThemeRoot } from './components/ThemeRoot.js';
import { createTranslator } from './i18n/create-translator.js';
import { resolveLanguage, supported } from './i18n/resolve-language.js';
import { createShadowHost, createStyles, raise, type ShadowHost } from './shadow-host.js';
import { UiContext, type FloatingChunk, type PolicyChunk, type PreferencesChunk, type Ui } from './ui-context.js';
import { createUiState } from './ui-state.js';
import { lazyChunk } from './lazy-chunk.js';

/** The part of an i18next instance the interface follows. */
interface AppI18n {
  language?: string;
  on?(event: 'languageChanged', fn: () => void): void;
  off?(event: 'languageChanged', fn: () => void): void;
}

/**
 * The UI chunk's entry. Everything is drawn in open shadow roots: one overlay for the banner and dialogs, and
 * one per inline policy and per embed placeholder. Strings for the visitor's language load before anything is
 * drawn, so a French visitor never sees English flash past.
 */
export function mountUi(host: UiHost): UiController {
  const doc = host.env.document!;
  const win = host.env.window;
  const { model } = host;
  const state = createUiState(host.store.get());
  const styles = createStyles(doc);
  // Scheduled before the first draw's task (below), so the stylesheet is parsed by then.
  win?.setTimeout(styles.parse);
  const appI18n = host.i18n as AppI18n | undefined;
  const pickLanguage = () =>
    resolveLanguage({
      configured: model.ui.language,
      app: appI18n?.language,
      documentLang: doc.documentElement.getAttribute('lang'),
      navigatorLanguages: host.env.navigator?.languages,
      fallback: model.ui.fallbackLanguage,
    });
  let lang = pickLanguage();

  /** Set once any part that shows English's later strings is asked for; a translator made after that loads them too. */
  let laterStringsWanted = false;
  // The strings go into the translator the interface shows, so a part that waits for them never draws a raw key.
  const withStrings = <T>(chunk: Promise<T>) => {
    laterStringsWanted = true;
    return Promise.all([chunk, ready.then(() => current!.loadLaterStrings())]).then(([m]) => m);
  };
  /** A part's own styles go to every shadow root drawn so far, and to those drawn later, before the part draws. */
  const withStyles = <T>(chunk: Promise<T>, css: (m: T) => string) =>
    chunk.then((m) => {
      styles.add(css(m));
      for (const root of drawn.keys()) styles.adopt(root);
      return m;
    });
  // Both dialogs share a chunk (the cookie tables, the print rule, their styles). Asked for alongside, it arrives
  // in the same round trip instead of after the dialog's chunk has been fetched and parsed.
  const withShared = <T>(chunk: Promise<T>) =>
    withStrings(Promise.all([chunk, withStyles(import('./components/dialog-parts.js'), (p) => p.dialogStyles)]).then(([m]) => m));
  const policyChunk = lazyChunk<PolicyChunk>(() => withShared(import('./policy/index.js')));
  // Most visitors decide on the banner: the dialog, its category list and cookie tables come when asked for.
  const preferencesChunk = lazyChunk<PreferencesChunk>(() => withShared(import('./components/PreferencesDialog.js')));
  // Only pages with embeds waiting for consent need placeholders, so they stay out of the first banner's bytes.
  const placeholderChunk = lazyChunk(() => withStrings(withStyles(import('./components/EmbedPlaceholder.js'), (m) => m.placeholderStyles)));
  // Most sites offer a link back to the choices rather than the floating button, so it and its styles come apart.
  const floatingChunk = lazyChunk<FloatingChunk>(() => withStyles(import('./components/FloatingButton.js'), (m) => m.fabStyles));
  const chunkFailed = (e: unknown) => host.env.console.error('Assent: could not load part of its interface', e);
  // A page that breaks the DOM under Assent (a custom element of the same name, a throwing attachShadow) gets no
  // interface and a console message, never an unhandled rejection.
  const drawFailed = (e: unknown) => host.env.console.error('Assent: could not draw its interface', e);
  let overlay: ShadowHost | undefined;
  const inline = new Map<Element, ShadowHost>();
  /** What each shadow root shows, so a change of language can draw them all again. */
  const drawn = new Map<ShadowRoot, ComponentChildren>();
  let current: Ui | undefined;
  let live = true;
  /** Each embed's placeholder: the embed it stands for (and the category it waits for), and how to take it away. */
  const placeholders = new Map<HTMLElement, { target: EmbedTarget; remove: () => void }>();

  let focusWaits = false;
  const restoreFocus = (opener?: Element | null, back?: Element | null) => {
    // After the re-render, so an opener that went away with the banner is seen as gone. Focus then goes to the
    // floating button, the way back to the choices, rather than falling to the top of the page; a button whose chunk
    // is still on its way takes it when it arrives.
    win?.setTimeout(() => {
      const target = [opener, back].find((el) => el?.isConnected) ?? overlay?.root.querySelector('[data-assent-floating]');
      focusWaits = !target && !!model.ui.floatingButton;
      (target as HTMLElement | null | undefined)?.focus?.();
    });
  };

  // Only strings of the site's own, or a language Assent doesn't have, can be wrong in ways the check reports; it
  // comes as a chunk of its own, fetched only then, so no other banner carries it or waits on it.
  const { language, fallbackLanguage, translations } = model.ui;
  if (translations || [language, fallbackLanguage].some((l) => l !== undefined && !supported(l))) {
    // The check knows every key from both parts of English; asked for alongside, the later part doesn't wait for it.
    Promise.all([import('./i18n/language-warnings.js'), import('./locales/en-later.js')]).then(([m]) => {
      for (const w of m.languageWarnings(model)) host.env.console.warn(w);
    }, chunkFailed);
  }
  const ready: Promise<Ui> = createTranslator(lang, model.ui.translations, host.i18n).then((tr) => (current = {
    ...tr,
    host,
    state,
    openPreferences(opener, back) {
      state.preferences.value = { opener, back };
      showOverlay();
    },
    openPolicy(section, opener) {
      state.policy.value = { section, opener };
      showOverlay();
    },
    closePreferences() {
      restoreFocus(state.preferences.value?.opener, state.preferences.value?.back);
      state.preferences.value = null;
    },
    closePolicy() {
      restoreFocus(state.policy.value?.opener);
      state.policy.value = null;
    },
    returnFocus: restoreFocus,
    focusWaits: () => focusWaits && !(focusWaits = false),
    loadPolicyChunk: policyChunk,
    loadPreferencesChunk: preferencesChunk,
    loadFloatingChunk: floatingChunk,
    chunkFailed,
  }));

  // Always with the latest translator, which may have changed since `ready` resolved.
  const draw = (root: ShadowRoot, children: ComponentChildren) => {
    drawn.set(root, children);
    render(h(UiContext.Provider, { value: current! }, children), root);
  };
  const erase = (sh: ShadowHost) => {
    drawn.delete(sh.root);
    render(null, sh.root);
    sh.host.remove();
  };

  /**
   * A single-page app may switch language after the interface was drawn: through its i18next instance, or by
   * changing `<html lang>`. Everything shown follows, and later decisions record the new language.
   */
  const followLanguage = () => {
    const next = pickLanguage();
    if (next === lang) return;
    lang = next;
    void Promise.all([ready, createTranslator(next, model.ui.translations, host.i18n)]).then(async ([ui, tr]) => {
      // An open dialog, policy or placeholder redrawn in the new language must find its strings there.
      if (laterStringsWanted) await tr.loadLaterStrings();
      // A newer change, or destroy(), overtook this one.
      if (lang !== next || !live) return;
      current = { ...ui, ...tr };
      for (const [root, children] of drawn) draw(root, children);
    }, (e) => host.env.console.error(`Assent: could not load the strings for "${next}"`, e));
  };
  appI18n?.on?.('languageChanged', followLanguage);
  const MO = win?.MutationObserver;
  const langObserver = MO ? new MO(followLanguage) : undefined;
  langObserver?.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });

  /**
   * Just before the body: keyboard users reach the banner before the page (DOM order is focus order), and the
   * body's own styles don't reach it. A page that zooms its body (`body { zoom: 1.25 }`) would zoom the overlay
   * too, and the viewport units that keep a dialog on screen with it, pushing Close and Save out of reach.
   */
  const place = (el: HTMLElement, body: HTMLElement) => body.parentNode?.insertBefore(el, body);
  const whenBody = (fn: (body: HTMLElement) => void) => {
    if (doc.body) return fn(doc.body);
    doc.addEventListener('DOMContentLoaded', () => doc.body && fn(doc.body), { once: true });
  };

  // Evaluating the chunk (and starting i18next, for another language) is one task, parsing the stylesheet the next,
  // and the first draw waits for the one after, so none grows into a long task that would delay the visitor's input.
  const settled = ready.then(() => new Promise<void>((resolve) => (win ? win.setTimeout(resolve) : resolve())));

  function showOverlay() {
    const attach = (body: HTMLElement) => {
      // destroy() may come while the first draw waits (a framework that mounts, unmounts and mounts again).
      if (!live) return;
      try {
        if (!overlay) {
          overlay = createShadowHost(doc, 'assent-ui', 'overlay', styles);
          overlay.host.setAttribute('data-assent-ui', '');
          place(overlay.host, body);
          // Into the top layer while still empty: raising it after the first draw would make the browser
          // compute the banner's styles inside the drawing task instead of in the frame that paints it.
          raise(overlay.host);
          draw(overlay.root, h(App, {}));
          return;
        }
        // A page that took the overlay out (or replaced its body) gets it back, with what it was showing.
        if (!overlay.host.isConnected) place(overlay.host, body);
        raise(overlay.host);
      } catch (e) {
        drawFailed(e);
      }
    };
    void settled.then(() => whenBody(attach), drawFailed);
  }

  /**
   * A single-page app takes policies and embeds away on a route change. What was drawn for them goes with them, so
   * neither their Preact trees nor a placeholder beside a frame that is gone stay behind. The page is watched for
   * this only while something is drawn in it.
   */
  const release = () => {
    for (const [el, sh] of inline) {
      if (sh.host.isConnected) continue;
      erase(sh);
      inline.delete(el);
    }
    for (const [el, { remove, target }] of placeholders) {
      if (el.isConnected) continue;
      remove();
      // A page that only kept the frame aside (a cached view of a single-page app) gets a new one when it puts it back.
      target.forget?.();
    }
    watchRemovals();
  };
  const removals = MO ? new MO((records) => records.some((r) => r.removedNodes.length) && release()) : undefined;
  function watchRemovals() {
    if (live && (inline.size || placeholders.size)) removals?.observe(doc.documentElement, { childList: true, subtree: true });
    else removals?.disconnect();
  }

  const unsubscribe = host.store.subscribe((detail) => {
    state.record.value = detail.consent;
    // Any decision (here or through the API) answers the banner; a change that leaves no choice asks again.
    state.banner.value = !detail.consent && model.mode !== 'notice';
    if (!detail.consent) showOverlay();
    for (const { target, remove } of [...placeholders.values()]) if (host.store.granted(target.category)) remove();
  });

  // The floating button needs the overlay on pages where nothing else is shown.
  if (model.ui.floatingButton && state.record.value) showOverlay();

  return {
    showBanner() {
      state.banner.value = true;
      showOverlay();
    },
    showPreferences(opener) {
      void ready.then((ui) => live && ui.openPreferences(opener)).catch(drawFailed);
    },
    showPolicy(section, opener) {
      void ready.then((ui) => live && ui.openPolicy(section, opener)).catch(drawFailed);
    },
    renderInlinePolicies() {
      // After `settled`, like the overlay: drawn before the stylesheet is parsed, it would show unstyled for a frame.
      void Promise.all([settled, policyChunk()]).then(([, chunk]) => {
        if (!live) return;
        for (const el of Array.from(doc.querySelectorAll('[data-assent-policy]'))) {
          if (inline.has(el)) continue;
          const sh = createShadowHost(doc, 'assent-policy', 'inline', styles);
          el.append(sh.host);
          inline.set(el, sh);
          draw(sh.root, h(ThemeRoot, { class: 'inline' }, h(chunk.InlinePolicy, {})));
        }
        watchRemovals();
      }, chunkFailed)
        .catch(drawFailed);
    },
    renderPlaceholders(targets: EmbedTarget[]) {
      void Promise.all([settled, placeholderChunk()]).then(([, { EmbedPlaceholder }]) => {
        if (!live) return;
        for (const target of targets) {
          const el = target.element;
          if (placeholders.has(el) || host.store.granted(target.category) || !el.isConnected) continue;
          const sh = createShadowHost(doc, 'assent-placeholder', 'inline', styles);
          // The placeholder, a block, takes the frame's height, so the page doesn't move when one replaces the other.
          const height = el.getBoundingClientRect().height;
          if (height > 0) sh.host.style.setProperty('--assent-embed-height', `${height}px`);
          // The empty frame would only show a blank box; it comes back when the placeholder goes.
          const display = el.style.getPropertyValue('display');
          const priority = el.style.getPropertyPriority('display');
          el.style.setProperty('display', 'none', 'important');
          el.before(sh.host);
          const remove = () => {
            // A visitor who loaded the embed from here carries on from the embed, not from the top of the page.
            const focused = !!sh.root.activeElement;
            erase(sh);
            if (display) el.style.setProperty('display', display, priority);
            else el.style.removeProperty('display');
            placeholders.delete(el);
            watchRemovals();
            if (focused) el.focus();
          };
          placeholders.set(el, { target, remove });
          draw(sh.root, h(ThemeRoot, {}, h(EmbedPlaceholder, { target, onLoaded: remove })));
        }
        watchRemovals();
      }, chunkFailed)
        .catch(drawFailed);
    },
    destroy() {
      live = false;
      unsubscribe();
      appI18n?.off?.('languageChanged', followLanguage);
      langObserver?.disconnect();
      removals?.disconnect();
      for (const { remove } of [...placeholders.values()]) remove();
      for (const sh of [...inline.values(), ...(overlay ? [overlay] : [])]) erase(sh);
      inline.clear();
      overlay = undefined;
    },
  };
}

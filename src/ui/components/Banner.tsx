import { useEffect, useRef } from 'preact/hooks';
import { languageOf } from '../i18n/resolve-language.js';
import { keepFocusVisible } from '../keep-focus-visible.js';
import { decisionMeta } from '../decision-meta.js';
import { interpolate } from '../interpolate.js';
import { categoryText, choiceFor, useUi } from '../ui-context.js';
import { announce } from '../ui-state.js';
import { ActionButton } from './ActionButton.js';
import { activeElement } from './focusables.js';
import { ModalDialog } from './ModalDialog.js';
import { SiteText } from './SiteText.js';

const TITLE = 'assent-banner-title';
const TEXT = 'assent-banner-text';

/**
 * The first layer. Accept, reject and customise are the same component side by side. Nothing is pre-ticked,
 * and there is no close control: dismissing can never be read as consent. Bar and box are a labelled region
 * that traps nothing (never `role=banner`, which would claim the page header); the modal layout is a dialog.
 */
export function Banner() {
  const ui = useUi();
  const { host, t, state } = ui;
  const { model } = host;
  const layout = model.ui.layout ?? 'bar';
  const optOut = model.mode === 'opt-out';
  const ref = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  /** The page element focus came from into the banner, if it came from the page at all. */
  const from = useRef<Element | null>(null);
  const onFocusIn = (e: FocusEvent) => {
    const came = e.relatedTarget as Element | null;
    // Only a move from the page counts. One inside the banner (from the modal's own dialog to a button) or from
    // nowhere (a dialog opened from the banner has closed, and its button has gone) says nothing of where the
    // visitor was.
    if (came && !(e.currentTarget as Element).contains(came)) from.current = came;
  };

  const titles = model.categories.filter((c) => !c.required).map((c) => categoryText(ui, c).title);
  // The categories follow a colon, so a plain list reads naturally in every language. Intl.ListFormat would add
  // "and", but its first use loads locale data in a task long enough to delay the first banner.
  const separator = languageOf(ui.lang) === 'ar' ? '، ' : ', ';
  const title = t(optOut ? 'banner.optOutTitle' : 'banner.title');
  const textKey = optOut ? 'banner.optOutText' : 'banner.text';
  const text = t(textKey, { purposes: titles.map((x) => x.text).join(separator) });
  // The same text with each title its own element: one the site gave only in English says so inside a French text.
  const shown = interpolate(t(textKey, { purposes: '\0' + 0 }), [titles.map((x, i) => [i ? separator : '', <SiteText key={i} value={x} />])]);
  const labels = optOut
    ? [t('action.optOut'), t('action.acceptAll'), t('action.customize')]
    : [t('action.acceptAll'), t('action.rejectAll'), t('action.customize')];

  useEffect(() => {
    const doc = host.env.document;
    if (layout === 'modal' || !doc || !ref.current) return;
    return keepFocusVisible(doc, ref.current);
  }, [layout]);

  const decide = (action: 'accept_all' | 'reject_all' | 'custom', choice: Record<string, boolean>) => {
    host.decide(action, 'banner', choice, decisionMeta(ui.lang, [title, text, ...labels]));
    // Focus would otherwise fall to the top of the page with the button that had it: it goes back to the page
    // element it came from, or else to the floating button. Focus on the banner itself counts too: the modal
    // layout's dialog holds it from the start, and a tap in Safari doesn't move it to the button.
    const el = inner.current?.parentElement;
    if (el?.contains(activeElement(el))) ui.returnFocus(from.current);
    state.banner.value = false;
    // The banner goes with the click: without this, a screen reader would hear nothing of what happened.
    announce(state, t('prefs.saved'));
  };
  const acceptAll = () => decide('accept_all', choiceFor(model.categories, () => true));
  // A decision in the dialog takes the banner, and this button, away: focus then goes where a decision here sends it.
  const customize = (e: MouseEvent) => ui.openPreferences(e.currentTarget as Element, from.current);
  // The dialog's code comes on demand; a pointer or keyboard focus near the buttons starts the fetch, so Customise
  // opens at once. A failure here is reported if the dialog is opened.
  const warm = () => void ui.loadPreferencesChunk().catch(() => {});

  const buttons = optOut ? (
    <>
      <ActionButton action="opt-out" onClick={() => decide('custom', choiceFor(model.categories, (c) => !c.saleOrShare))}>
        {labels[0]}
      </ActionButton>
      <ActionButton action="accept-all" onClick={acceptAll}>{labels[1]}</ActionButton>
    </>
  ) : (
    <>
      <ActionButton action="accept-all" onClick={acceptAll}>{labels[0]}</ActionButton>
      <ActionButton action="reject-all" onClick={() => decide('reject_all', choiceFor(model.categories, () => false))}>
        {labels[1]}
      </ActionButton>
    </>
  );

  const body = (
    <div class="inner" ref={inner}>
      <h2 id={TITLE}>{title}</h2>
      <p id={TEXT}>
        {shown}{' '}
        <button type="button" class="link" onClick={(e) => ui.openPolicy(undefined, e.currentTarget)}>
          {t('banner.policy')}
        </button>
      </p>
      <div class="actions" onPointerEnter={warm} onFocusIn={warm}>
        {buttons}
        <ActionButton action="customize" onClick={customize}>{labels[2]}</ActionButton>
      </div>
    </div>
  );

  if (layout === 'modal') {
    return (
      <ModalDialog labelledBy={TITLE} aria-describedby={TEXT} focusSelf class="banner modal" data-assent-banner="" onFocusIn={onFocusIn}>
        {body}
      </ModalDialog>
    );
  }
  return (
    <div ref={ref} class={`banner surface ${layout}`} role="region" aria-labelledby={TITLE} data-assent-banner="" onFocusIn={onFocusIn}>
      {body}
    </div>
  );
}

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Category } from '../core/model.js';
import type { UiHost } from '../core/ui-host.js';
import type { Translator } from './i18n/create-translator.js';
import type { LocalText } from './localize.js';
import { siteText } from './site-text.js';
import type { UiState } from './ui-state.js';

export interface Ui extends Translator {
  host: UiHost;
  state: UiState;
  /** Opens the preferences dialog; `opener` gets focus back when it closes, or `back` when the opener has gone. */
  openPreferences(opener?: Element | null, back?: Element | null): void;
  openPolicy(section?: string, opener?: Element | null): void;
  closePreferences(): void;
  closePolicy(): void;
  /**
   * Gives focus to `to` once the view that had it has gone; to the floating button, the way back to the choices,
   * when `to` went away too or there is none.
   */
  returnFocus(to?: Element | null): void;
  /**
   * Whether focus waits for the floating button: a decision left it nowhere before the button's chunk arrived. The
   * first to ask takes it.
   */
  focusWaits(): boolean;
  /** The policy viewer and marked, fetched the first time a policy is shown. */
  loadPolicyChunk(): Promise<PolicyChunk>;
  /** The preferences dialog, fetched the first time it opens (or when the visitor points at a control that opens it). */
  loadPreferencesChunk(): Promise<PreferencesChunk>;
  /** The floating button, fetched when a site that offers it shows the banner or starts with a choice. */
  loadFloatingChunk(): Promise<FloatingChunk>;
  /** Reports an on-demand chunk that couldn't be loaded; the page sees a console error, never a rejection. */
  chunkFailed(e: unknown): void;
}

export type PolicyChunk = typeof import('./policy/index.js');
export type PreferencesChunk = typeof import('./components/PreferencesDialog.js');
export type FloatingChunk = typeof import('./components/FloatingButton.js');

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('Assent: a UI component rendered outside its UiContext.');
  return ui;
}

/** A category's title and description, as `siteText` picks them (built in for well-known ids); else the id, and none. */
export function categoryText(ui: Pick<Ui, 'text' | 'lang'>, c: Category): { title: LocalText; description: LocalText } {
  const text = (part: 'title' | 'description') => siteText(ui, c[part], `category.${c.id}.${part}`);
  return { title: text('title') ?? { text: c.id }, description: text('description') ?? { text: '' } };
}

/** A choice for every category: required ones always true. */
export function choiceFor(categories: readonly Category[], value: (c: Category) => boolean): Record<string, boolean> {
  return Object.fromEntries(categories.map((c) => [c.id, c.required || value(c)]));
}

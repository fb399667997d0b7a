import { signal, type Signal } from '@preact/signals';
import type { ConsentRecord } from '../core/types.js';

export interface Opened {
  /** Where focus goes back to when the view closes (APG dialog pattern). */
  opener?: Element | null;
  /**
   * Where focus goes instead when the opener has gone with the view that held it: the page element the visitor came
   * to the banner from, once a decision in the dialog has taken the banner and its Customise button away.
   */
  back?: Element | null;
}

export interface PolicyOpened extends Opened {
  section?: string;
}

/** What is on screen for one mounted UI. Made per mount: nothing here is shared between instances. */
export interface UiState {
  banner: Signal<boolean>;
  preferences: Signal<Opened | null>;
  policy: Signal<PolicyOpened | null>;
  record: Signal<ConsentRecord | null>;
  /** Polite announcement for screen readers (`role=status`). */
  status: Signal<string>;
}

export function createUiState(record: ConsentRecord | null): UiState {
  return {
    banner: signal(false),
    preferences: signal(null),
    policy: signal(null),
    record: signal(record),
    status: signal(''),
  };
}

/**
 * Says `text` through the status region. The same text twice (a second save) would change nothing a screen reader
 * notices, so every other time it carries a no-break space.
 */
export function announce(state: UiState, text: string): void {
  state.status.value = state.status.value === text ? text + '\u00a0' : text;
}

import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { Category, ConsentModel } from '../core/model.js';
import type { UiHost } from '../core/ui-host.js';
import type { ChangeDetail, ConsentAction, ConsentRecord, ConsentSource, DecisionMeta, EmbedLoad, UiConfig } from '../core/types.js';
import { createTranslator } from './i18n/create-translator.js';
import { UiContext, type Ui } from './ui-context.js';
import { createUiState } from './ui-state.js';

export interface Decision {
  action: ConsentAction;
  source: ConsentSource;
  choice: Record<string, boolean>;
  meta?: DecisionMeta;
}

export interface TestHost extends UiHost {
  decisions: Decision[];
  withdrawals: ConsentSource[];
  loads: { embed: EmbedLoad; meta?: DecisionMeta | undefined }[];
  /** Records a decision as if it came from elsewhere (the API, another tab). */
  set(record: ConsentRecord | null): void;
}

export const category = (id: string, extra: Partial<Category> = {}): Category => ({
  id,
  required: false,
  saleOrShare: false,
  services: [],
  ...extra,
});

export const DEFAULT_CATEGORIES: Category[] = [
  category('necessary', {
    required: true,
    services: [
      {
        id: 'session',
        name: 'Sign-in',
        provider: 'Example Ltd',
        purpose: 'Keeps you signed in',
        cookies: [{ name: 'appSession', duration: '1 day' }],
        localStorage: [],
        sessionStorage: [],
      },
    ],
  }),
  category('analytics', {
    saleOrShare: false,
    services: [
      {
        id: 'clarity',
        name: 'Microsoft Clarity',
        provider: 'Microsoft',
        purpose: 'Session replay and heatmaps',
        cookies: [{ name: '_clck', duration: '1 year' }, { name: '_clsk', purpose: 'Joins page views into a session', duration: '1 day' }],
        localStorage: [],
        sessionStorage: [],
      },
    ],
  }),
  category('marketing', { saleOrShare: true }),
];

export interface TestHostOptions {
  categories?: Category[];
  mode?: ConsentModel['mode'];
  ui?: UiConfig;
  record?: ConsentRecord | null;
  gpc?: boolean;
  revision?: number;
}

/**
 * A UiHost for component tests: a small in-memory store that records every decision, so tests can assert on
 * what the UI asked the gate to do. It follows the host contract, not the gate's code.
 */
export function createTestHost(o: TestHostOptions = {}): TestHost {
  const categories = o.categories ?? DEFAULT_CATEGORIES;
  const model: ConsentModel = {
    cookie: { name: 'assent', days: 365 },
    revision: o.revision ?? 3,
    categories,
    mode: o.mode ?? 'opt-in',
    reloadOnRevoke: false,
    ui: o.ui ?? {},
  };
  let current: ConsentRecord | null = o.record ?? null;
  const listeners = new Set<(d: ChangeDetail) => void>();
  const granted = (id: string) => {
    const c = categories.find((x) => x.id === id);
    if (!c) return false;
    if (c.required) return true;
    return current ? current.categories[id] === true : model.mode === 'opt-out';
  };
  const emit = (next: ConsentRecord | null, record: ConsentRecord) => {
    current = next;
    const detail: ChangeDetail = { consent: next, record: { ...record, time: '', version: 'test' }, granted: [], revoked: [] };
    for (const fn of [...listeners]) fn(detail);
  };
  const build = (action: ConsentAction, source: ConsentSource, choice: Record<string, boolean>): ConsentRecord => ({
    id: 'test',
    revision: model.revision,
    timestamp: 0,
    action,
    source,
    categories: Object.fromEntries(categories.map((c) => [c.id, c.required || choice[c.id] === true])),
  });
  const host: TestHost = {
    model,
    env: {
      window,
      document,
      navigator,
      now: () => Date.UTC(2026, 0, 1),
      random: (n) => new Uint8Array(n),
      console,
    },
    store: {
      get: () => current,
      granted,
      subscribe(fn) {
        listeners.add(fn);
        return () => void listeners.delete(fn);
      },
    },
    decisions: [],
    withdrawals: [],
    loads: [],
    loadedOnce(embed, meta) {
      host.loads.push({ embed, meta });
    },
    decide(action, source, choice, meta) {
      host.decisions.push({ action, source, choice, meta });
      const r = build(action, source, choice);
      emit(r, r);
    },
    withdraw(source) {
      host.withdrawals.push(source);
      emit(null, build('withdraw', source, {}));
    },
    gpcHonoured: () => !!o.gpc,
    set(record) {
      emit(record, record ?? build('withdraw', 'api', {}));
    },
  };
  return host;
}

export const record = (categories: Record<string, boolean>, action: ConsentAction = 'custom'): ConsentRecord => ({
  id: 'stored',
  revision: 3,
  timestamp: 0,
  action,
  source: 'banner',
  categories,
});

/**
 * The Ui a component reads from context, with spies standing in for the mount's view switching. Its strings are
 * all there, as the mount has them before it draws any part fetched on demand.
 */
async function createTestUi(host: TestHost, lang = 'en') {
  const tr = await createTranslator(lang, host.model.ui.translations);
  await tr.loadLaterStrings();
  const state = createUiState(host.store.get());
  host.store.subscribe((d) => (state.record.value = d.consent));
  const calls = {
    preferences: [] as (Element | null | undefined)[],
    policy: [] as (string | undefined)[],
    closed: 0,
    returned: [] as (Element | null | undefined)[],
  };
  const ui: Ui = {
    ...tr,
    host,
    state,
    openPreferences: (opener) => void calls.preferences.push(opener),
    openPolicy: (section) => void calls.policy.push(section),
    closePreferences: () => void calls.closed++,
    closePolicy: () => void calls.closed++,
    returnFocus: (to) => void calls.returned.push(to),
    focusWaits: () => false,
    loadPolicyChunk: () => import('./policy/index.js'),
    loadPreferencesChunk: () => import('./components/PreferencesDialog.js'),
    loadFloatingChunk: () => import('./components/FloatingButton.js'),
    chunkFailed: (e) => host.env.console.error('Assent: could not load part of its interface', e),
  };
  return { ui, calls };
}

export async function renderWithUi(children: ComponentChildren, host: TestHost = createTestHost(), lang?: string) {
  const { ui, calls } = await createTestUi(host, lang);
  const result = render(<UiContext.Provider value={ui}>{children}</UiContext.Provider>);
  return { ...result, ui, calls, host };
}

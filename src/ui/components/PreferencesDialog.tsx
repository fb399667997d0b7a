import { useEffect, useState } from 'preact/hooks';
import type { ConsentAction } from '../../core/types.js';
import { listedCategories } from '../listed-categories.js';
import { decisionMeta } from '../decision-meta.js';
import { categoryText, choiceFor, useUi } from '../ui-context.js';
import { announce } from '../ui-state.js';
import { ActionButton } from './ActionButton.js';
import { CategoryItem } from './CategoryItem.js';
import { ModalDialog } from './ModalDialog.js';
import { usePrintAlone } from './dialog-parts.js';

const TITLE = 'assent-prefs-title';

/**
 * The second layer. It opens on the stored choice (or, undecided, on what the mode grants by default: nothing
 * under opt-in), follows changes made elsewhere while open, and closes without saving on Escape.
 */
export function PreferencesDialog({ onClose }: { onClose: () => void }) {
  const ui = useUi();
  const { host, t, state } = ui;
  usePrintAlone(host.env.document);
  const { categories, ui: config } = host.model;
  // Decisions cover the config's categories; the list shows the consent cookie too, in a group of its own if need be.
  const listed = listedCategories(host);
  const record = state.record.value;
  const current = () => choiceFor(categories, (c) => host.store.granted(c.id));
  const [choice, setChoice] = useState(current);
  useEffect(() => setChoice(current()), [record]);

  const notice = host.model.mode === 'notice';
  const optOut = host.model.mode === 'opt-out';
  // What the visitor read and the buttons they decided with, as the banner's hash has them. The cookie tables are
  // left out: the config fingerprint, the version and the language in the same record fix every word of them.
  const texts = () => [
    t('prefs.title'),
    t('prefs.intro'),
    ...listed.flatMap((c) => Object.values(categoryText(ui, c)).map((x) => x.text)),
    t('action.save'),
    ...(optOut ? [t('action.optOut')] : []),
    t('action.acceptAll'),
    t('action.rejectAll'),
  ];
  const decide = (action: ConsentAction, next: Record<string, boolean>) => {
    host.decide(action, 'preferences', next, decisionMeta(ui.lang, texts()));
    state.banner.value = false;
    announce(state, t('prefs.saved'));
    onClose();
  };

  return (
    <ModalDialog labelledBy={TITLE} onClose={onClose} data-assent-preferences="">
      <div class="dialog-head">
        <h2 id={TITLE}>{t('prefs.title')}</h2>
        <button type="button" class="close" aria-label={t('action.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p>{t(notice ? 'notice.intro' : 'prefs.intro')}</p>
      {host.gpcHonoured() && <p class="note">{t('prefs.gpc')}</p>}
      <ul class="cats">
        {listed.map((c) => (
          <CategoryItem
            key={c.id}
            category={c}
            checked={!!choice[c.id]}
            onChange={(v) => setChoice({ ...choice, [c.id]: v })}
          />
        ))}
      </ul>
      {/* Notice mode has only strictly necessary storage: nothing to choose, so nothing to save. */}
      {!notice && (
        <div class="actions">
          <ActionButton action="save" onClick={() => decide('custom', choice)}>{t('action.save')}</ActionButton>
          {/* A "Do not sell or share" link leads here: one click opts out, keeping the rest as ticked. */}
          {optOut && (
            <ActionButton action="opt-out" onClick={() => decide('custom', choiceFor(categories, (c) => !c.saleOrShare && !!choice[c.id]))}>
              {t('action.optOut')}
            </ActionButton>
          )}
          <ActionButton action="accept-all" onClick={() => decide('accept_all', choiceFor(categories, () => true))}>
            {t('action.acceptAll')}
          </ActionButton>
          <ActionButton action="reject-all" onClick={() => decide('reject_all', choiceFor(categories, () => false))}>
            {t('action.rejectAll')}
          </ActionButton>
        </div>
      )}
      {config.selfService && (
        <div class="actions no-print">
          {/* Only self-service sites offer it, and only a click needs it: it loads then. */}
          <button type="button" class="link" onClick={() => void import('../download-record.js').then((m) => m.downloadRecord(host, ui.lang), ui.chunkFailed)}>
            {t('prefs.download')}
          </button>
          {/* Only this browser's choice goes: the site's proof log keeps the earlier records, as it must to prove past
              consent, so the button promises no more than that. Under opt-out rules a withdrawal is kept as a
              refusal, which the opt-out button already records, so the promise to clear the choice would be false;
              in notice mode nothing is stored, so there is nothing to withdraw. */}
          {host.model.mode === 'opt-in' && (
            <button
              type="button"
              class="link"
              onClick={() => {
                host.withdraw('preferences', decisionMeta(ui.lang, [...texts(), t('prefs.delete')]));
                announce(state, t('prefs.deleted'));
              }}
            >
              {t('prefs.delete')}
            </button>
          )}
        </div>
      )}
    </ModalDialog>
  );
}

import type { EmbedTarget } from '../../core/ui-host.js';
import { decisionMeta } from '../decision-meta.js';
import { categoryText, choiceFor, useUi } from '../ui-context.js';

export interface EmbedPlaceholderProps {
  target: EmbedTarget;
  /** Called after "Load this content": the embed runs once and the placeholder goes. */
  onLoaded(): void;
}

/** Stands in for an embed held back by the gate: says what it is and offers to load it once or always. */
export function EmbedPlaceholder({ target, onLoaded }: EmbedPlaceholderProps) {
  const ui = useUi();
  const { host, t } = ui;
  const el = target.element;
  const name = el.getAttribute('data-assent-name') || el.getAttribute('title') || t('embed.content');
  const cat = host.model.categories.find((c) => c.id === target.category);
  const category = cat ? categoryText(ui, cat).title.text : target.category;
  const blocked = t('embed.blocked', { name, category });
  const allow = t('embed.always', { category });
  const always = () => {
    // Everything else stays as it runs now: under opt-out rules an undecided visitor's defaults are on.
    const granted = choiceFor(host.model.categories, (c) => host.store.granted(c.id));
    host.decide('custom', 'embed', { ...granted, [target.category]: true }, decisionMeta(ui.lang, [blocked, allow]));
  };
  return (
    <div class="placeholder surface" role="group" aria-label={name} data-assent-placeholder={target.category}>
      <p>{blocked}</p>
      <div class="actions">
        <button
          type="button"
          class="btn"
          onClick={() => {
            target.loadOnce();
            onLoaded();
          }}
        >
          {t('embed.load')}
        </button>
        <button type="button" class="btn" onClick={always}>
          {allow}
        </button>
      </div>
    </div>
  );
}

import type { EmbedTarget } from '../../core/ui-host.js';
import { decisionMeta } from '../decision-meta.js';
import { languageTag } from '../i18n/resolve-language.js';
import { interpolate } from '../interpolate.js';
import { languageAttributes } from '../language-attributes.js';
import { categoryText, choiceFor, useUi } from '../ui-context.js';
import { SiteText } from './SiteText.js';

export { default as placeholderStyles } from './placeholder.css?inline';

/** The name's element labels the placeholder; each placeholder has a shadow root of its own. */
const NAME = 'assent-embed-name';

export interface EmbedPlaceholderProps {
  target: EmbedTarget;
  /** Called after "Load this content": the embed runs once, that consent is recorded, and the placeholder goes. */
  onLoaded(): void;
}

/**
 * Stands in for an embed held back by the gate: says what it is, what its category is for, and offers to load it
 * once or always; either is recorded as proof of consent. "Always allow" is consent to the whole category, so the category's own description is shown with
 * it, and Customise leads to its services and cookies, as the banner's second layer does.
 */
export function EmbedPlaceholder({ target, onLoaded }: EmbedPlaceholderProps) {
  const ui = useUi();
  const { host, t } = ui;
  const el = target.element;
  const own = el.getAttribute('data-assent-name') || el.getAttribute('title');
  const name = own || t('embed.content');
  const cat = host.model.categories.find((c) => c.id === target.category);
  const { title, description } = cat ? categoryText(ui, cat) : { title: { text: target.category }, description: { text: '' } };
  const category = title.text;
  const blocked = t('embed.blocked', { name, category });
  const allow = t('embed.always', { category });
  // The page's name for its embed is in the page's language, which a configured interface language may not be.
  const named = (
    <bdi id={NAME} lang={own ? languageAttributes(ui, languageTag(el.closest('[lang]')?.getAttribute('lang'))).lang : undefined}>
      {name}
    </bdi>
  );
  const titled = <SiteText value={title} />;
  const always = () => {
    // Everything else stays as it runs now: under opt-out rules an undecided visitor's defaults are on.
    const granted = choiceFor(host.model.categories, (c) => host.store.granted(c.id));
    host.decide('custom', 'embed', { ...granted, [target.category]: true }, decisionMeta(ui.lang, [blocked, description.text, allow].filter(Boolean)));
  };
  return (
    <div class="placeholder surface" role="group" aria-labelledby={NAME} data-assent-placeholder={target.category}>
      <p>{interpolate(t('embed.blocked', { name: '\0' + 0, category: '\0' + 1 }), [named, titled])}</p>
      {description.text && (
        <p class="muted">
          <SiteText value={description} />
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="btn"
          onClick={() => {
            target.loadOnce();
            // Consent to this embed alone, which the site must be able to show too: recorded only if it loaded (an
            // address that isn't a web address never does), with the address it loaded.
            const src = el.getAttribute('src');
            if (src) {
              const service = el.getAttribute('data-assent')?.split('.')[1];
              const embed = { category: target.category, ...(service && { service }), src: new URL(src, el.baseURI).href };
              host.loadedOnce(embed, decisionMeta(ui.lang, [blocked, description.text, t('embed.load')].filter(Boolean)));
            }
            onLoaded();
          }}
        >
          {t('embed.load')}
        </button>
        <button type="button" class="btn" onClick={always}>
          {/* One run of text: as the button's own flex items, the words either side of the title would lose their spaces. */}
          <span>{interpolate(t('embed.always', { category: '\0' + 0 }), [titled])}</span>
        </button>
        <button type="button" class="link" onClick={(e) => ui.openPreferences(e.currentTarget)}>
          {t('action.customize')}
        </button>
      </div>
    </div>
  );
}

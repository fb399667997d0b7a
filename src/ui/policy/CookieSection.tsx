import type { ComponentChildren } from 'preact';
import { ServiceDetails } from '../components/ServiceDetails.js';
import { categoryText, useUi } from '../ui-context.js';

/**
 * The policy's cookie section, generated from the same categories as the banner so the two can never
 * disagree. It shows the visitor's current choice (kept in sync with the store) and a way to change it.
 */
export function CookieSection({ heading, children }: { heading?: ComponentChildren; children?: ComponentChildren }) {
  const ui = useUi();
  const { host, t, state } = ui;
  const decided = !!state.record.value;
  return (
    <section class="cookie-section" aria-labelledby="cookies">
      {heading}
      {children}
      <p>{t('policy.cookiesIntro')}</p>
      {!decided && <p class="note">{t('policy.undecided')}</p>}
      {host.model.categories.map((c) => {
        const { title, description } = categoryText(ui, c);
        const on = host.store.granted(c.id);
        return (
          <div key={c.id} data-assent-category={c.id}>
            <h3>{title}</h3>
            {description && <p>{description}</p>}
            <p>
              <strong>{t('policy.choice')}:</strong> {c.required ? t('prefs.required') : t(on ? 'state.on' : 'state.off')}
            </p>
            {c.services.map((s) => (
              <ServiceDetails key={s.id} service={s} headingId={`assent-policy-${c.id}-${s.id}`} />
            ))}
          </div>
        );
      })}
      <p class="no-print">
        <button type="button" class="btn" onClick={(e) => ui.openPreferences(e.currentTarget)}>
          {t('policy.change')}
        </button>
      </p>
    </section>
  );
}

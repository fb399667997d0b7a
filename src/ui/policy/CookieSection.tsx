import type { ComponentChildren } from 'preact';
import { ServiceDetails } from '../components/dialog-parts.js';
import { SiteText } from '../components/SiteText.js';
import { listedCategories } from '../listed-categories.js';
import { categoryText, useUi } from '../ui-context.js';

/**
 * The policy's cookie section, generated from the same categories as the banner so the two can never
 * disagree. It shows the visitor's current choice (kept in sync with the store) and a way to change it.
 * Categories and services take the two levels below the section's heading (`level`).
 */
export function CookieSection({ heading, level, children }: { heading: ComponentChildren; level: number; children?: ComponentChildren }) {
  const ui = useUi();
  const { host, t, state } = ui;
  // With strictly necessary storage only there is no choice to show or change, just the list.
  const notice = host.model.mode === 'notice';
  const Title = `h${Math.min(6, level + 1)}` as 'h3';
  const decided = !!state.record.value;
  const status = (id: string, required: boolean) =>
    t(required ? 'state.required' : host.store.granted(id) ? 'state.on' : 'state.off');
  return (
    <section class="cookie-section" aria-labelledby="cookies">
      {heading}
      {children}
      <p>{t(notice ? 'notice.intro' : 'policy.cookiesIntro')}</p>
      {!notice && !decided && <p class="note">{t('policy.undecided')}</p>}
      {listedCategories(host).map((c) => {
        const { title, description } = categoryText(ui, c);
        return (
          <div key={c.id} data-assent-category={c.id}>
            <Title>
              <SiteText value={title} />
            </Title>
            {description.text && (
              <p>
                <SiteText value={description} />
              </p>
            )}
            {!notice && <p>{t('policy.choice', { choice: status(c.id, c.required) })}</p>}
            {c.services.map((s) => (
              <ServiceDetails key={s.id} service={s} headingId={`assent-policy-${c.id}-${s.id}`} level={Math.min(6, level + 2)} />
            ))}
          </div>
        );
      })}
      {!notice && (
        <p class="no-print">
          <button type="button" class="btn" onClick={(e) => ui.openPreferences(e.currentTarget)}>
            {t('policy.change')}
          </button>
        </p>
      )}
    </section>
  );
}

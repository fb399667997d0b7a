import { useState } from 'preact/hooks';
import type { Category } from '../../core/model.js';
import { categoryText, useUi } from '../ui-context.js';
import { ServiceDetails } from './dialog-parts.js';
import { SiteText } from './SiteText.js';

export interface CategoryItemProps {
  category: Category;
  checked: boolean;
  onChange(value: boolean): void;
}

/**
 * One category: a checkbox with its name and state (WCAG 4.1.2), its purpose, and a disclosure listing its
 * services. Strictly necessary categories are shown on and locked, with the reason why; in notice mode the optional
 * ones are shown off and locked.
 */
export function CategoryItem({ category: c, checked, onChange }: CategoryItemProps) {
  const ui = useUi();
  const { title, description } = categoryText(ui, c);
  const [open, setOpen] = useState(false);
  const id = `assent-cat-${c.id}`;
  // Notice mode asks nothing: an optional category is shown off and locked, like a required one is on.
  const off = !c.required && ui.host.model.mode === 'notice';
  return (
    <li class="cat">
      <div class="cat-head">
        <label>
          <input
            type="checkbox"
            id={id}
            checked={c.required || (checked && !off)}
            disabled={c.required || off}
            aria-describedby={`${id}-desc`}
            onChange={(e) => onChange(e.currentTarget.checked)}
          />
          <SiteText id={`${id}-title`} value={title} />
        </label>
      </div>
      <p id={`${id}-desc`} class="muted">
        {/* A locked category says why: its description, or the built-in reason when it has none. */}
        {description.text ? <SiteText value={description} /> : c.required && ui.t('prefs.required')}
        {((c.required && description.text) || off) && (
          <>
            {description.text && <br />}
            <strong>{ui.t(off ? 'state.off' : 'state.required')}</strong>
          </>
        )}
      </p>
      {c.services.length > 0 && (
        <>
          <button
            type="button"
            class="link disclosure no-print"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={`${id}-services`}
            aria-describedby={`${id}-title`}
            onClick={() => setOpen(!open)}
          >
            {ui.t('prefs.details')}
          </button>
          <div id={`${id}-services`} hidden={!open}>
            {c.services.map((s) => (
              <ServiceDetails key={s.id} service={s} headingId={`${id}-svc-${s.id}`} level={3} />
            ))}
          </div>
        </>
      )}
    </li>
  );
}

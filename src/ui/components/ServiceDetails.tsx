import type { Service, StorageEntry } from '../../core/model.js';
import { CONSENT_SERVICE } from '../listed-categories.js';
import { formatDuration } from '../format-duration.js';
import { interpolate } from '../interpolate.js';
import type { LocalText } from '../localize.js';
import { siteText } from '../site-text.js';
import { storageName } from '../storage-name.js';
import { useUi } from '../ui-context.js';
import { SiteText } from './SiteText.js';

/**
 * One service of a category: who provides it, why, and a table of every cookie and storage key it sets.
 * `level` keeps the heading outline unbroken wherever the service is shown.
 */
export function ServiceDetails({ service, headingId, level = 4 }: { service: Service; headingId: string; level?: number }) {
  const ui = useUi();
  const { t, lang } = ui;
  // Assent's own cookie is named and described in the visitor's language, like a preset's cookies.
  const own = service.id === CONSENT_SERVICE;
  const name = service.name ?? (own ? t('consentCookie.service') : service.id);
  const provider = siteText(ui, service.provider);
  const purpose = siteText(ui, service.purpose);
  const Heading = `h${level}` as 'h4';
  const none: LocalText = { text: '—' };
  // A preset's own cookies are described in the visitor's language; the site's texts in that language win.
  const builtIn = (e: StorageEntry) => (own ? 'consentCookie.purpose' : service.preset && `preset.${service.preset}.${e.name}`);
  const entryPurpose = (e: StorageEntry) => siteText(ui, e.purpose, builtIn(e)) ?? purpose ?? none;
  const entryDuration = (e: StorageEntry): LocalText => {
    const d = siteText(ui, e.duration);
    return d ? formatDuration(d, lang, t) : none;
  };
  const rows: [StorageEntry, string][] = [
    ...service.cookies.map((e): [StorageEntry, string] => [e, t('storage.cookie')]),
    ...service.localStorage.map((e): [StorageEntry, string] => [e, t('storage.local')]),
    ...service.sessionStorage.map((e): [StorageEntry, string] => [e, t('storage.session')]),
  ];
  // The site's own texts sit in <bdi>: one that falls back to another language (English inside an Arabic
  // interface) keeps its own direction, and its full stop stays at its end. Cookie and storage names are code, not
  // words: they are always read left to right, or `_clck` would show as `clck_` in a right-to-left interface.
  return (
    <div class="service">
      <Heading id={headingId}>
        <bdi>{name}</bdi>
      </Heading>
      {provider && (
        <p class="muted">
          <SiteText value={provider} />
        </p>
      )}
      {purpose && (
        <p>
          <SiteText value={purpose} />
        </p>
      )}
      {service.policyUrl && /^https?:/i.test(service.policyUrl) && (
        <p>
          <a href={service.policyUrl} target="_blank" rel="noopener noreferrer">
            {interpolate(t('prefs.vendorPolicy', { name: '\0' + 0 }), [<bdi>{name}</bdi>])}
          </a>
        </p>
      )}
      {rows.length ? (
        <table class="stack" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('table.type')}</th>
              <th scope="col">{t('table.provider')}</th>
              <th scope="col">{t('table.purpose')}</th>
              <th scope="col">{t('table.duration')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([e, type]) => (
              <tr key={type + e.name}>
                <td data-label={t('table.name')}>
                  <bdi dir="ltr">{storageName(e)}</bdi>
                </td>
                <td data-label={t('table.type')}>{type}</td>
                <td data-label={t('table.provider')}>
                  <SiteText value={siteText(ui, e.provider) ?? provider ?? none} />
                </td>
                <td data-label={t('table.purpose')}>
                  <SiteText value={entryPurpose(e)} />
                </td>
                <td data-label={t('table.duration')}>
                  <SiteText value={entryDuration(e)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('prefs.none')}</p>
      )}
    </div>
  );
}

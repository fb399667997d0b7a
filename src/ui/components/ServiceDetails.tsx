import type { Service, StorageEntry } from '../../core/model.js';
import { CONSENT_SERVICE } from '../consent-cookie.js';
import { formatDuration } from '../format-duration.js';
import { localize } from '../localize.js';
import { storageName } from '../storage-name.js';
import { builtInText, useUi } from '../ui-context.js';

/**
 * One service of a category: who provides it, why, and a table of every cookie and storage key it sets.
 * `level` keeps the heading outline unbroken wherever the service is shown.
 */
export function ServiceDetails({ service, headingId, level = 4 }: { service: Service; headingId: string; level?: number }) {
  const { t, lang } = useUi();
  // Assent's own cookie is named and described in the visitor's language, like a preset's cookies.
  const own = service.id === CONSENT_SERVICE;
  const name = service.name ?? (own ? t('consentCookie.service') : service.id);
  const provider = localize(service.provider, lang);
  const purpose = localize(service.purpose, lang);
  const Heading = `h${level}` as 'h4';
  // A preset's own cookies are described in the visitor's language; the site's texts win.
  const builtInPurpose = (e: StorageEntry) =>
    own ? t('consentCookie.purpose') : service.preset ? builtInText(t, `preset.${service.preset}.${e.name}`) : undefined;
  const entryPurpose = (e: StorageEntry) => localize(e.purpose, lang) ?? builtInPurpose(e) ?? purpose;
  const entryDuration = (e: StorageEntry) => {
    const text = localize(e.duration, lang);
    return text ? formatDuration(text, lang, t) : '—';
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
          <bdi>{provider}</bdi>
        </p>
      )}
      {purpose && (
        <p>
          <bdi>{purpose}</bdi>
        </p>
      )}
      {service.policyUrl && /^https?:/i.test(service.policyUrl) && (
        <p>
          <a href={service.policyUrl} target="_blank" rel="noopener noreferrer">
            {t('prefs.vendorPolicy', { name })}
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
                  <bdi>{localize(e.provider, lang) ?? provider ?? '—'}</bdi>
                </td>
                <td data-label={t('table.purpose')}>
                  <bdi>{entryPurpose(e) ?? '—'}</bdi>
                </td>
                <td data-label={t('table.duration')}>{entryDuration(e)}</td>
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

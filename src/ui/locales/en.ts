/**
 * English, bundled with the UI: the strings the first banner and the floating button show. The rest of English, which
 * only parts fetched on demand show, is in `en-later.ts`. Every other language is a chunk of its own with the keys of
 * both.
 */
export default {
  'banner.title': 'Cookies on this site',
  'banner.text': 'We use cookies the site needs to work. With your permission we would also use optional ones for: {{purposes}}. You can change your choice at any time.',
  'banner.optOutTitle': 'Your privacy choices',
  'banner.optOutText': 'We use cookies for: {{purposes}}. Some of them share personal information with partners, which privacy laws may count as selling or sharing it. You can opt out at any time.',
  'banner.policy': 'Privacy policy',
  'action.acceptAll': 'Accept all',
  'action.rejectAll': 'Reject all',
  'action.customize': 'Customise',
  'action.optOut': 'Do not sell or share my personal information',
  'prefs.title': 'Privacy preferences',
  // Announced after a decision on the banner too.
  'prefs.saved': 'Your choices have been saved.',
  'category.necessary.title': 'Strictly necessary',
  'category.preferences.title': 'Preferences',
  'category.analytics.title': 'Analytics',
  'category.errors.title': 'Error reporting',
  'category.marketing.title': 'Marketing',
} as Record<string, string>;

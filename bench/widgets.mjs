// The pages the benchmark loads, and how to recognise each widget's banner, its accept button and its files.
// Each page has the same body, the same three categories (necessary, analytics, marketing) and one analytics
// script gated on the analytics category.

/* global CookieConsent, klaro */

export const widgets = [
  {
    id: 'assent',
    name: 'Assent',
    page: '/assent.html',
    // The gate, the UI chunk and every chunk it loads.
    owns: (path) => path.startsWith('/dist/'),
    cookie: 'assent',
    banner: { shadow: '[data-assent-banner]' },
    accept: '[data-assent-action="accept-all"]',
    acceptByApi: () => window.Assent.acceptAll(),
  },
  {
    id: 'cc',
    name: 'vanilla-cookieconsent 3.1',
    page: '/cookieconsent.html',
    owns: (path) => path.startsWith('/node_modules/vanilla-cookieconsent/'),
    cookie: 'cc_cookie',
    banner: { css: '#cc-main .cm' },
    accept: '#cc-main .cm [data-role="all"]',
    acceptByApi: () => CookieConsent.acceptCategory('all'),
  },
  {
    id: 'klaro',
    name: 'klaro 0.7',
    page: '/klaro.html',
    owns: (path) => path.startsWith('/node_modules/klaro/'),
    cookie: 'klaro',
    banner: { css: '#klaro .cookie-notice' },
    accept: '#klaro .cookie-notice .cm-btn-success',
    acceptByApi: () => {
      const manager = klaro.getManager();
      manager.changeAll(true);
      manager.saveAndApplyConsents();
    },
  },
  {
    // The same page with no widget and the analytics tag ungated: what the page itself costs.
    id: 'bare',
    name: 'no widget',
    page: '/bare.html',
    owns: () => false,
    cookie: null,
    banner: null,
    accept: null,
    acceptByApi: null,
  },
];

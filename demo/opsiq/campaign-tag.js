// Stands in for an advertising partner's attribution tag (the "marketing stub"). It remembers the campaign a
// visitor arrived from, which US state laws treat as sharing personal information: Assent keeps this script
// from running until marketing is allowed (EU, UK) or while the visitor has opted out (US, GPC).
(() => {
  const campaign = new URL(window.location.href).searchParams.get('utm_campaign') || 'direct';
  document.cookie = 'opsiq_campaign=' + encodeURIComponent(campaign) + '; Max-Age=7776000; Path=/; SameSite=Lax';
  window.opsiqCampaignTagLoaded = true;
})();

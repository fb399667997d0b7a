// Stands in for the Orchestrate app itself: the server would set this cookie when you pick an organisation.
// It is strictly necessary (multi-tenant routing), so it needs no consent, but it is declared in the cookie table.
if (!document.cookie.split('; ').some((c) => c.startsWith('orch_org='))) {
  document.cookie = 'orch_org=org_demo_acme; Path=/orchestrate/; SameSite=Lax';
}

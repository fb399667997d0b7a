import { useUi } from '../ui-context.js';
import { PolicyDocument } from './PolicyDocument.js';
import type { PolicyText } from './use-policy-text.js';

export interface PolicyBodyProps {
  text: PolicyText;
  /** See PolicyDocument: 2 in a page, 3 under a dialog's title. */
  level: number;
  onNavigate(id: string, e: MouseEvent): void;
}

/** The policy as far as it has loaded: a status while it loads, an alert if it can't be had, then the document. */
export function PolicyBody({ text, level, onNavigate }: PolicyBodyProps) {
  const { t } = useUi();
  if (text.state === 'loading') return <p role="status">{t('policy.loading')}</p>;
  if (text.state === 'error') return <p role="alert">{t('policy.error')}</p>;
  return <PolicyDocument markdown={text.markdown.text} markdownLang={text.markdown.lang} level={level} onNavigate={onNavigate} />;
}

import { useEffect, useRef } from 'preact/hooks';
import { ModalDialog } from '../components/ModalDialog.js';
import { usePrintAlone } from '../components/dialog-parts.js';
import { useUi } from '../ui-context.js';
import { PolicyDocument } from './PolicyDocument.js';
import { usePolicyText } from './use-policy-text.js';

const TITLE = 'assent-policy-title';

/** The policy as a modal dialog (`showPolicy(section)`); in-page links scroll inside it. */
export function PolicyDialog({ section, onClose }: { section?: string; onClose: () => void }) {
  const { t, host } = useUi();
  const text = usePolicyText();
  usePrintAlone(host.env.document);
  const ref = useRef<HTMLDivElement>(null);

  const go = (id: string) => {
    const el = (ref.current?.getRootNode() as ShadowRoot | Document | undefined)?.getElementById(id);
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    el.focus({ preventScroll: true });
  };
  useEffect(() => {
    if (text.state === 'ready' && section) go(section);
  }, [text.state, section]);

  return (
    <ModalDialog labelledBy={TITLE} onClose={onClose} data-assent-policy-dialog="" class="policy-dialog">
      <div class="dialog-head" ref={ref}>
        <h2 id={TITLE}>{t('policy.title')}</h2>
        <button type="button" class="close" aria-label={t('action.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {text.state === 'loading' && <p role="status">{t('policy.loading')}</p>}
      {text.state === 'error' && <p role="alert">{t('policy.error')}</p>}
      {text.state === 'ready' && (
        <PolicyDocument
          markdown={text.markdown.text}
          markdownLang={text.markdown.lang}
          level={3}
          onNavigate={(id, e) => {
            e.preventDefault();
            go(id);
          }}
        />
      )}
    </ModalDialog>
  );
}

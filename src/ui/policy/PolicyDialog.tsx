import { useEffect, useRef } from 'preact/hooks';
import { ModalDialog } from '../components/ModalDialog.js';
import { usePrintAlone } from '../components/dialog-parts.js';
import { useUi } from '../ui-context.js';
import { goToSection } from './go-to-section.js';
import { PolicyBody } from './PolicyBody.js';
import { usePolicyText } from './use-policy-text.js';

const TITLE = 'assent-policy-title';

/** The policy as a modal dialog (`showPolicy(section)`); in-page links scroll inside it. */
export function PolicyDialog({ section, onClose }: { section?: string; onClose: () => void }) {
  const { t, host } = useUi();
  const text = usePolicyText();
  usePrintAlone(host.env.document);
  const ref = useRef<HTMLDivElement>(null);

  const go = (id: string) => goToSection(ref.current, id, true);
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
      <PolicyBody
        text={text}
        level={3}
        onNavigate={(id, e) => {
          e.preventDefault();
          go(id);
        }}
      />
    </ModalDialog>
  );
}

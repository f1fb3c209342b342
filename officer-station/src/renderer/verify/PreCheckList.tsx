// The shared pre-checks, worded by the shared i18n, styled pass / warn / fail. The status is
// spelled out too: colour alone does not tell a colour-blind CSO anything.

import { isMessageKey, type PreCheck } from '@bilik/shared';
import { useI18n } from '../i18n/I18nContext.js';

export function PreCheckList({ checks }: { checks: readonly PreCheck[] }) {
  const { ui, t } = useI18n();
  return (
    <ul className="prechecks">
      {checks.map((c) => (
        <li key={c.id} className={`precheck precheck-${c.status}`} data-check={c.id} data-status={c.status}>
          <span className="precheck-status">{ui(`precheck.status.${c.status}`)}</span>{' '}
          {isMessageKey(c.messageKey) ? t(c.messageKey, c.params) : c.messageKey}
        </li>
      ))}
    </ul>
  );
}

// A translated failure message, announced to screen readers.

import { useI18n } from '../i18n/I18nContext.js';

export function ErrorText({ error }: { error: unknown }) {
  const i18n = useI18n();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {i18n.error(error)}
    </p>
  );
}

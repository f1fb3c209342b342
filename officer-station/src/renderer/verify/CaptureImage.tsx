// One stored capture, fetched from the server on first sight.

import { useEffect, useState } from 'react';
import { useDesk } from '../desk/DeskContext.js';
import { useI18n } from '../i18n/I18nContext.js';

export function CaptureImage({
  captureId,
  alt,
  className,
}: {
  captureId: string;
  alt: string;
  className?: string;
}) {
  const { captures } = useDesk();
  const { ui } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    setFailed(false);
    captures.url(captureId).then(
      (u) => current && setUrl(u),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [captures, captureId]);

  if (failed) return <p className="capture-missing">{ui('capture.loadFailed')}</p>;
  if (!url) return <p className="capture-missing">{ui('capture.loading')}</p>;
  return <img className={className ?? 'capture'} src={url} alt={alt} data-capture-id={captureId} />;
}

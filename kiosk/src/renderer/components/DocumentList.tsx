// The documents of a claim, each with its picture, required first, then "bring it if you have it". On the waiting
// screen each row also shows whether it was photographed (from the server's view) and offers
// the camera.

import type { RequiredDocument } from '@bilik/shared';
import { documentLabel } from '../i18n/text.js';
import { DocumentPictogram } from './DocumentPictogram.js';
import { useKiosk } from '../state/KioskContext.js';

export type CaptureOffer = {
  captured: ReadonlySet<string>;
  thumbnails: ReadonlyMap<string, string>;
  onCapture(kind: string): void;
};

type HeadingLevel = 'h2' | 'h3';

export function DocumentList({
  documents,
  capture,
  heading = 'h2',
}: {
  documents: readonly RequiredDocument[];
  capture?: CaptureOffer;
  heading?: HeadingLevel;
}) {
  const { tr } = useKiosk();
  const required = documents.filter((d) => d.required);
  const optional = documents.filter((d) => !d.required);
  return (
    <>
      <DocumentGroup
        title={tr('documents.required')}
        documents={required}
        capture={capture}
        heading={heading}
      />
      {optional.length > 0 && (
        <DocumentGroup
          title={tr('documents.optional')}
          documents={optional}
          capture={capture}
          heading={heading}
        />
      )}
    </>
  );
}

function DocumentGroup({
  title,
  documents,
  capture,
  heading: Heading,
}: {
  title: string;
  documents: readonly RequiredDocument[];
  capture: CaptureOffer | undefined;
  heading: HeadingLevel;
}) {
  const { tr, state } = useKiosk();
  const lang = state.prefs.lang;
  return (
    <section className="document-group" aria-label={title}>
      <Heading>{title}</Heading>
      <ul className="documents">
        {documents.map((d) => {
          const label = documentLabel(lang, d.kind);
          const done = capture?.captured.has(d.kind) ?? false;
          const thumbnail = capture?.thumbnails.get(d.kind);
          return (
            <li key={d.kind} className={done ? 'document done' : 'document'} data-document={d.kind}>
              <DocumentPictogram kind={d.kind} />
              <div className="document-text">
                <span className="document-label">{label}</span>
                {d.note && <span className="document-note">{tr(d.note)}</span>}
                {capture && (
                  <span className="capture-state">
                    <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
                    {tr(done ? 'waiting.captured' : 'waiting.notCaptured')}
                  </span>
                )}
              </div>
              {thumbnail && (
                <img
                  className="thumbnail"
                  src={thumbnail}
                  alt={tr('capture.thumbAlt', { document: label })}
                />
              )}
              {capture && (
                <button
                  type="button"
                  aria-label={tr(done ? 'waiting.retakeLabel' : 'waiting.takeLabel', { document: label })}
                  onClick={() => capture.onCapture(d.kind)}
                >
                  {tr(done ? 'waiting.retake' : 'waiting.take')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

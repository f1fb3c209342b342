// What a participant with a pending claim takes home, in their language: the claim number, the
// documents still to bring and the date the branch asks for. One source for the QR code on
// screen and the printed slip, so the two never disagree.

import type { Lang } from '@bilik/shared';
import type { ReceiptSlip } from '../../bridge/types.js';
import { documentLabel, tx } from '../i18n/text.js';

/** "1 April 2026": a date-only value, shown as written whatever the booth's time zone. */
export function formatBringBy(lang: Lang, isoDate: string): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

export type PendingSummary = { reference: string; missing: readonly string[]; bringBy: string | null };

export function pendingSlip(lang: Lang, s: PendingSummary): ReceiptSlip {
  const date = s.bringBy ? formatBringBy(lang, s.bringBy) : null;
  return {
    heading: tx(lang, 'summary.heading'),
    referenceLabel: tx(lang, 'outcome.reference'),
    reference: s.reference,
    lines: [
      tx(lang, 'summary.bring'),
      ...s.missing.map((kind) => `- ${documentLabel(lang, kind)}`),
      ...(date ? [tx(lang, 'summary.bringBy', { date })] : []),
    ],
    qrText: pendingQrText(lang, s),
    footer: tx(lang, 'summary.footer'),
  };
}

/** Plain text a phone shows as it is when it scans the code. */
export function pendingQrText(lang: Lang, s: PendingSummary): string {
  const date = s.bringBy ? formatBringBy(lang, s.bringBy) : null;
  return [
    tx(lang, 'summary.heading'),
    tx(lang, 'summary.reference', { reference: s.reference }),
    tx(lang, 'summary.bring'),
    ...s.missing.map((kind) => `- ${documentLabel(lang, kind)}`),
    ...(date ? [tx(lang, 'summary.bringBy', { date })] : []),
  ].join('\n');
}

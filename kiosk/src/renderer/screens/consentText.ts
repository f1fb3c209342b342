// The consent screen's sections, from the privacy notice the branch server sends (PrivacyNotice).

import type { PrivacyNotice } from '@bilik/shared';
import type { Translate } from '../i18n/text.js';

/** The retention period in the largest whole unit that states it exactly. */
export function retentionPeriod(tr: Translate, days: number): string {
  return days % 365 === 0
    ? tr('consent.period.years', { years: days / 365 })
    : tr('consent.period.days', { days });
}

export function consentSections(tr: Translate, privacy: PrivacyNotice): [label: string, text: string][] {
  return [
    [
      tr('consent.controller.label'),
      privacy.office === null
        ? tr('consent.controllerThisBranch')
        : tr('consent.controller', { office: privacy.office }),
    ],
    [tr('consent.purpose.label'), tr('consent.purpose')],
    [tr('consent.basis.label'), tr('consent.basis')],
    [tr('consent.data.label'), tr('consent.data')],
    [tr('consent.recording.label'), tr('consent.videoNotRecorded')],
    [
      tr('consent.retention.label'),
      tr('consent.kept', { period: retentionPeriod(tr, privacy.retentionDays) }),
    ],
    [tr('consent.rights.label'), tr('consent.rights')],
    [
      tr('consent.contact.label'),
      privacy.dpoContact === null
        ? tr('consent.contactAtCounter')
        : tr('consent.contact', { contact: privacy.dpoContact }),
    ],
  ];
}

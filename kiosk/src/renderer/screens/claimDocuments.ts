// The documents for the session's claim. The kiosk does not know the participant's segment
// (balance, nationality, heirs), so every segment flag stays unknown: documents that depend on
// one are listed as "bring it if you have it" where the shared table says so.

import {
  isValidClaim,
  requiredDocuments,
  type BoothSessionView,
  type ClaimReason,
  type ClaimType,
  type RequiredDocument,
} from '@bilik/shared';

export function documentsForView(view: BoothSessionView | null): RequiredDocument[] {
  if (!view?.claimType || !view.reason || !isValidClaim(view.claimType, view.reason)) return [];
  return requiredDocuments({
    type: view.claimType as ClaimType,
    reason: view.reason as ClaimReason,
    segment: {},
  });
}

// The documents for the session's claim, by the same rule as the CSO's checklist
// (shared requiredDocuments) and from the same membership data: the server sends what it knows
// of the participant's segment; what it does not know stays unknown, and documents that depend
// on it are listed as "bring it if you have it" where the shared table says so.

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
    segment: view.documentSegment,
  });
}

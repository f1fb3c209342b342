import { DEFAULT_DOMAIN_POLICY } from '@bilik/shared';
import { describe, expect, it } from 'vitest';
import { membershipRecord, slotView } from '../test-support/slotView.js';
import { EMPTY_FACTS } from '../verify/participantChecks.js';
import { approvalReview } from './approvalReview.js';

const DOCS = ['kpjCard', 'ektp', 'familyCard', 'resignationLetter', 'savingsBook', 'recentPhoto', 'formF5'];
const verified = DOCS.map((documentKind) => ({ documentKind, verdict: 'verified' as const, reason: null }));
const membership = membershipRecord({ segment: 'PU', foreigner: false, workEndDate: '2020-01-01' });

describe('approvalReview', () => {
  it('lists unverified documents and unconfirmed warnings as blockers', () => {
    const session = slotView(0, { membership }).session!;
    const { blockers } = approvalReview(session, EMPTY_FACTS, DEFAULT_DOMAIN_POLICY);
    expect(blockers).toContainEqual({ kind: 'unconfirmedWarning', check: 'accountHolder' });
    expect(blockers).toContainEqual({ kind: 'unverifiedDocument', document: 'kpjCard' });
  });

  it('clears once every document is verified and each warning is confirmed with a reason', () => {
    const session = slotView(0, { membership, verdicts: verified }).session!;
    const draft = {
      ...EMPTY_FACTS,
      balance: '42.500.000',
      accountHolder: 'SITI A',
      overrules: { accountHolder: 'Nama lengkap terlihat di buku tabungan asli' },
    };
    const review = approvalReview(session, draft, DEFAULT_DOMAIN_POLICY);
    expect(review.blockers).toEqual([]);
    expect(review.facts).toEqual({ jhtBalance: 42_500_000, accountHolder: 'SITI A' });
    expect(review.overrules).toEqual([
      { check: 'accountHolder', reason: 'Nama lengkap terlihat di buku tabungan asli' },
    ]);
  });
});

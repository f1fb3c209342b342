import { describe, expect, it } from 'vitest';
import { membershipRecord, slotView } from '../test-support/slotView.js';
import { buildChecklist, latestCapture, missingDocuments } from './checklist.js';

const EMPTY_MEMBERSHIP = membershipRecord({});
const session = (extra: Parameters<typeof slotView>[1]) => slotView(0, extra).session!;
const capture = (documentKind: string, at: string, captureId = `${documentKind}-${at}`) => ({
  captureId,
  documentKind,
  sha256: 'ab',
  at,
});

describe('buildChecklist', () => {
  it('lists the documents of a JHT resignation with captures and verdicts', () => {
    const rows = buildChecklist(
      session({
        captures: [capture('ektp', '2026-03-02T09:00:00Z')],
        verdicts: [{ documentKind: 'kpjCard', verdict: 'verified', reason: null }],
      }),
      {},
    );
    expect(rows.map((r) => r.kind)).toEqual([
      'kpjCard',
      'ektp',
      'familyCard',
      'resignationLetter',
      'savingsBook',
      'recentPhoto',
      'formF5',
      'npwp',
    ]);
    expect(rows[0]).toMatchObject({ kind: 'kpjCard', required: true, verdict: { verdict: 'verified' } });
    expect(rows[1]!.captures).toHaveLength(1);
    // The balance is not known yet: the NPWP is listed as optional, with its note.
    expect(rows.at(-1)).toMatchObject({ kind: 'npwp', required: false, note: 'docNote.npwpWhereRequired' });
  });

  it('requires the NPWP once the CSO enters a balance above Rp50 million', () => {
    const rows = buildChecklist(session({}), { jhtBalance: 87_250_000 });
    expect(rows.find((r) => r.kind === 'npwp')?.required).toBe(true);
    expect(buildChecklist(session({}), { jhtBalance: 42_500_000 }).some((r) => r.kind === 'npwp')).toBe(
      false,
    );
  });

  it('uses the branch membership data: a non-wage participant states the end of work himself', () => {
    const membership = { ...EMPTY_MEMBERSHIP, segment: 'BPU' as const };
    const kinds = buildChecklist(session({ membership }), {}).map((r) => r.kind);
    expect(kinds).toContain('notWorkingStatement');
    expect(kinds).not.toContain('resignationLetter');
  });

  it('keeps captures of kinds the claim does not list, and copes with an unknown claim', () => {
    const rows = buildChecklist(
      session({ claimType: null, reason: null, captures: [capture('passport', '2026-03-02T09:00:00Z')] }),
      {},
    );
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'passport',
        required: false,
        listed: false,
        captures: [expect.anything()],
      }),
    ]);
  });
});

describe('missingDocuments', () => {
  it('names the required documents not verified, including rejected ones', () => {
    const rows = buildChecklist(
      session({
        verdicts: [
          { documentKind: 'kpjCard', verdict: 'verified', reason: null },
          { documentKind: 'ektp', verdict: 'rejected', reason: 'photocopy' },
        ],
      }),
      {},
    );
    expect(missingDocuments(rows)).toEqual([
      'ektp',
      'familyCard',
      'resignationLetter',
      'savingsBook',
      'recentPhoto',
      'formF5',
    ]);
  });
});

describe('latestCapture', () => {
  it('returns the newest capture of the first kind present', () => {
    const s = session({
      captures: [
        capture('heirKtp', '2026-03-02T09:05:00Z'),
        capture('ektp', '2026-03-02T09:00:00Z', 'old'),
        capture('ektp', '2026-03-02T09:03:00Z', 'new'),
      ],
    });
    expect(latestCapture(s, ['ektp', 'heirKtp'])?.captureId).toBe('new');
    expect(latestCapture(s, ['kitas'])).toBeNull();
  });
});

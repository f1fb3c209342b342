import { describe, expect, it } from 'vitest';
import { validateDecision } from './decisionForm.js';

describe('validateDecision', () => {
  it('approves with no reason and no missing documents', () => {
    expect(validateDecision({ decision: 'approved', reason: '  ', missing: ['npwp'] })).toEqual({
      ok: true,
      payload: { decision: 'approved', reason: null, missing: [] },
    });
  });

  it('refuses a rejection without a reason', () => {
    expect(validateDecision({ decision: 'rejected', reason: ' ', missing: [] })).toEqual({
      ok: false,
      problem: 'decision.problem.reasonRequired',
    });
    expect(validateDecision({ decision: 'rejected', reason: ' Fotokopi, bukan asli ', missing: [] })).toEqual(
      {
        ok: true,
        payload: { decision: 'rejected', reason: 'Fotokopi, bukan asli', missing: [] },
      },
    );
  });

  it('needs at least one missing document for a pending claim, listed once', () => {
    expect(validateDecision({ decision: 'pending', reason: '', missing: [] })).toEqual({
      ok: false,
      problem: 'decision.problem.missingRequired',
    });
    expect(
      validateDecision({ decision: 'pending', reason: '', missing: ['formF5', 'formF5', 'npwp'] }),
    ).toEqual({
      ok: true,
      payload: { decision: 'pending', reason: null, missing: ['formF5', 'npwp'] },
    });
  });

  it('escalates with an optional reason', () => {
    expect(
      validateDecision({ decision: 'escalated', reason: 'PHK status doubtful', missing: [] }),
    ).toMatchObject({
      ok: true,
      payload: { decision: 'escalated', reason: 'PHK status doubtful' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { validateDecision } from './decisionForm.js';

describe('validateDecision', () => {
  it('approves with the amount to pay, no reason and no missing documents', () => {
    expect(
      validateDecision({ decision: 'approved', reason: '  ', missing: ['npwp'], amount: 'Rp 42.500.000' }),
    ).toEqual({
      ok: true,
      payload: { decision: 'approved', reason: null, missing: [], amount: 42_500_000 },
    });
  });

  it('refuses an approval without a whole, positive amount', () => {
    for (const amount of ['', '0', '12,5', 'banyak'])
      expect(validateDecision({ decision: 'approved', reason: '', missing: [], amount })).toEqual({
        ok: false,
        problem: 'decision.problem.amountRequired',
      });
  });

  it('refuses a rejection without a reason', () => {
    expect(validateDecision({ decision: 'rejected', reason: ' ', missing: [], amount: '' })).toEqual({
      ok: false,
      problem: 'decision.problem.reasonRequired',
    });
    expect(
      validateDecision({ decision: 'rejected', reason: ' Fotokopi, bukan asli ', missing: [], amount: '' }),
    ).toEqual({
      ok: true,
      payload: { decision: 'rejected', reason: 'Fotokopi, bukan asli', missing: [], amount: null },
    });
  });

  it('needs at least one missing document for a pending claim, listed once', () => {
    expect(validateDecision({ decision: 'pending', reason: '', missing: [], amount: '5' })).toEqual({
      ok: false,
      problem: 'decision.problem.missingRequired',
    });
    expect(
      validateDecision({
        decision: 'pending',
        reason: '',
        missing: ['formF5', 'formF5', 'npwp'],
        amount: '',
      }),
    ).toEqual({
      ok: true,
      payload: { decision: 'pending', reason: null, missing: ['formF5', 'npwp'], amount: null },
    });
  });

  it('escalates with an optional reason', () => {
    expect(
      validateDecision({ decision: 'escalated', reason: 'PHK status doubtful', missing: [], amount: '' }),
    ).toMatchObject({
      ok: true,
      payload: { decision: 'escalated', reason: 'PHK status doubtful' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { claimSettingsFromEnv, DEFAULT_CLAIM_SETTINGS } from './settings.js';

describe('claimSettingsFromEnv', () => {
  it('uses the defaults when nothing is set: 56, no surcharge, retention 1825 days, no office name or DPO contact', () => {
    expect(claimSettingsFromEnv({})).toEqual(DEFAULT_CLAIM_SETTINGS);
    expect(DEFAULT_CLAIM_SETTINGS.policy).toEqual({ jhtPensionAge: 56, noNpwpSurchargePercent: 0 });
    expect(DEFAULT_CLAIM_SETTINGS.privacy).toEqual({ office: null, retentionDays: 1825, dpoContact: null });
  });

  it('reads every setting from the environment', () => {
    expect(
      claimSettingsFromEnv({
        BILIK_JHT_PENSION_AGE: '57',
        BILIK_JHT_NO_NPWP_SURCHARGE_PERCENT: '20',
        BILIK_RETENTION_CASE_DAYS: ' 3650 ',
        BILIK_BRANCH_OFFICE: 'Kantor Cabang Jakarta Salemba',
        BILIK_DPO_CONTACT: 'ppdp@example.go.id',
      }),
    ).toEqual({
      policy: { jhtPensionAge: 57, noNpwpSurchargePercent: 20 },
      privacy: {
        office: 'Kantor Cabang Jakarta Salemba',
        retentionDays: 3650,
        dpoContact: 'ppdp@example.go.id',
      },
    });
  });

  it.each([
    ['BILIK_RETENTION_CASE_DAYS', '5 tahun'],
    ['BILIK_RETENTION_CASE_DAYS', '0'],
    ['BILIK_JHT_PENSION_AGE', '56.5'],
    ['BILIK_JHT_NO_NPWP_SURCHARGE_PERCENT', '-1'],
  ])('refuses %s=%j instead of guessing', (name, value) => {
    expect(() => claimSettingsFromEnv({ [name]: value })).toThrow(RangeError);
  });
});

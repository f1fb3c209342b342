import { DEFAULT_DOMAIN_POLICY, type DomainPolicy, type PrivacyNotice } from '@bilik/shared';

/**
 * The branch's claim settings: the domain rules that could not be confirmed and stay adjustable
 * (shared/DOMAIN-SOURCES.md), and what the consent screen states. Read once at start-up; a bad
 * value stops the server rather than silently using a default.
 */
export interface ClaimSettings {
  policy: DomainPolicy;
  privacy: PrivacyNotice;
}

// [?] 5 years is our reading of the archive rules for claim files, not a confirmed legal period.
// The retention job reads this same value (BILIK_RETENTION_CASE_DAYS).
export const DEFAULT_RETENTION_CASE_DAYS = 1825;

export const DEFAULT_CLAIM_SETTINGS: ClaimSettings = {
  policy: DEFAULT_DOMAIN_POLICY,
  privacy: {
    office: null,
    retentionDays: DEFAULT_RETENTION_CASE_DAYS,
    dpoContact: null,
  },
};

export function claimSettingsFromEnv(env: NodeJS.ProcessEnv): ClaimSettings {
  const defaults = DEFAULT_CLAIM_SETTINGS;
  return {
    policy: {
      jhtPensionAge: integer(env, 'BILIK_JHT_PENSION_AGE', defaults.policy.jhtPensionAge, 40, 70),
      noNpwpSurchargePercent: integer(
        env,
        'BILIK_JHT_NO_NPWP_SURCHARGE_PERCENT',
        defaults.policy.noNpwpSurchargePercent,
        0,
        100,
      ),
    },
    privacy: {
      office: text(env, 'BILIK_BRANCH_OFFICE') ?? null,
      retentionDays: integer(env, 'BILIK_RETENTION_CASE_DAYS', defaults.privacy.retentionDays, 1, 36_500),
      dpoContact: text(env, 'BILIK_DPO_CONTACT') ?? null,
    },
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value.slice(0, 200);
}

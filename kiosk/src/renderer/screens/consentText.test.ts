import { describe, expect, it } from 'vitest';
import { tx } from '../i18n/text.js';
import { consentSections, retentionPeriod } from './consentText.js';

const id = (key: Parameters<typeof tx>[1], params?: Parameters<typeof tx>[2]) => tx('id', key, params);
const en = (key: Parameters<typeof tx>[1], params?: Parameters<typeof tx>[2]) => tx('en', key, params);
const privacy = { office: 'Kantor Cabang Jakarta Salemba', retentionDays: 1825, dpoContact: null };

describe('consent text (UU PDP art. 21)', () => {
  it('states the retention period from the server setting, in years when exact', () => {
    expect(retentionPeriod(id, 1825)).toBe('5 tahun');
    expect(retentionPeriod(en, 3650)).toBe('10 years');
    expect(retentionPeriod(id, 90)).toBe('90 hari');
    const kept = consentSections(id, { ...privacy, retentionDays: 730 }).find(([, text]) =>
      text.includes('terenkripsi'),
    );
    expect(kept?.[1]).toContain('selama 2 tahun');
  });

  it('names the controller, purpose, legal basis, sensitive data, rights and the DPO contact', () => {
    const text = consentSections(id, { ...privacy, dpoContact: 'ppdp@cabang.example' })
      .map(([label, body]) => `${label}: ${body}`)
      .join('\n');
    expect(text).toContain('BPJS Ketenagakerjaan, melalui Kantor Cabang Jakarta Salemba');
    expect(text).toContain('Pasal 20');
    for (const sensitive of ['wajah', 'rekening bank', 'kesehatan']) expect(text).toContain(sensitive);
    expect(text).toContain('menarik persetujuan');
    expect(text).toContain('ppdp@cabang.example');
  });

  it('points to the service counter while the branch has not set a DPO contact', () => {
    expect(consentSections(en, { ...privacy, office: null })[0]?.[1]).toBe(
      'BPJS Ketenagakerjaan, through this branch office.',
    );
    expect(consentSections(en, privacy).at(-1)?.[1]).toBe(
      'Ask at the service counter how to reach the Data Protection Officer.',
    );
  });
});

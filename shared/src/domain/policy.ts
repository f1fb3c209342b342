// The rules a branch may have to adjust without a code change: each default is what we could
// confirm (or, where we could not, the cautious choice), and DOMAIN-SOURCES.md lists them. The
// server reads them from its environment and sends them to the officer station in the desk view,
// so the pre-checks on the CSO's screen and the approval gate on the server use the same values.

export interface DomainPolicy {
  /** JHT at pension age (Permenaker 4/2022 art. 6(1)): 56, or earlier if the company agreement says so. */
  jhtPensionAge: number;
  /**
   * Extra percent on the JHT final tax for a recipient without NPWP. 0 = not applied: whether the
   * 20 % surcharge of UU PPh art. 21(5a) applies to PP 68/2009's final tax is unconfirmed.
   */
  noNpwpSurchargePercent: number;
}

export const DEFAULT_DOMAIN_POLICY: Readonly<DomainPolicy> = {
  jhtPensionAge: 56,
  noNpwpSurchargePercent: 0,
};

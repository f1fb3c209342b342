import type { NetworkInterfaceInfo } from 'node:os';

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Addresses other machines on the LAN could reach: not loopback, not IPv6 link-local. */
export function lanAddresses(
  interfaces: Interfaces,
): { name: string; address: string; family: 'IPv4' | 'IPv6' }[] {
  return Object.entries(interfaces).flatMap(([name, infos]) =>
    (infos ?? [])
      .filter((i) => !i.internal && !(i.family === 'IPv6' && i.address.toLowerCase().startsWith('fe80:')))
      .map((i) => ({ name, address: i.address, family: i.family })),
  );
}

/** The names the server certificate covers unless branch IT lists them: host name, localhost, LAN addresses. */
export function defaultServerNames(hostname: string, interfaces: Interfaces): string[] {
  return [
    ...new Set([hostname, 'localhost', '127.0.0.1', ...lanAddresses(interfaces).map((a) => a.address)]),
  ];
}

/**
 * The address WebRTC candidates announce to booths and officer PCs: the one configured, or the
 * server's only LAN IPv4 address. With several, guessing would break media for half the branch,
 * so the server refuses to start and says which setting to make.
 */
export function chooseAnnouncedAddress(
  interfaces: Interfaces,
  configured: string | undefined,
): { ok: true; address: string } | { ok: false; message: string } {
  if (configured) return { ok: true, address: configured };
  const candidates = lanAddresses(interfaces).filter((a) => a.family === 'IPv4');
  if (candidates.length === 1) return { ok: true, address: candidates[0]!.address };
  if (candidates.length === 0)
    return {
      ok: false,
      message: 'no LAN IPv4 address found: set BILIK_RTC_ANNOUNCED_IP to the address booths reach',
    };
  return {
    ok: false,
    message: `several LAN addresses (${candidates.map((c) => `${c.name} ${c.address}`).join(', ')}): set BILIK_RTC_ANNOUNCED_IP to the one booths and officer PCs reach`,
  };
}

import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { chooseAnnouncedAddress, defaultServerNames } from './lan.js';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 0,
});

describe('LAN addresses', () => {
  const branch = { lo: [v4('127.0.0.1', true)], eth0: [v4('10.12.0.5'), v6('fe80::1'), v6('fd00::5')] };

  it('names the certificate after the host, localhost and every LAN address', () => {
    expect(defaultServerNames('bilik-srv', branch)).toEqual([
      'bilik-srv',
      'localhost',
      '127.0.0.1',
      '10.12.0.5',
      'fd00::5',
    ]);
  });

  it('announces the only LAN IPv4 address, or the configured one', () => {
    expect(chooseAnnouncedAddress(branch, undefined)).toEqual({ ok: true, address: '10.12.0.5' });
    expect(chooseAnnouncedAddress(branch, '192.168.1.9')).toEqual({ ok: true, address: '192.168.1.9' });
  });

  it('refuses to guess between several LAN addresses, and says so', () => {
    const two = { ...branch, wlan0: [v4('192.168.1.20')] };
    const r = chooseAnnouncedAddress(two, undefined);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('eth0 10.12.0.5, wlan0 192.168.1.20') });
    expect(chooseAnnouncedAddress({ lo: [v4('127.0.0.1', true)] }, undefined)).toMatchObject({ ok: false });
  });
});

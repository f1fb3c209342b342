import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedPermission,
  parseHttpOrigin,
  withContentSecurityPolicy,
} from './security.js';

const app = 'http://10.20.0.5:8080';

describe('parseHttpOrigin', () => {
  it('reduces an http(s) URL to its origin, dropping default ports', () => {
    expect(parseHttpOrigin('http://10.20.0.5:8080/kiosk/?booth=B1')).toBe(app);
    expect(parseHttpOrigin('https://bilik.cabang.local:443/officer/')).toBe('https://bilik.cabang.local');
  });

  it('rejects non-http schemes and garbage', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
      'ws://a',
      '',
      'not a url',
    ]) {
      expect(parseHttpOrigin(url)).toBeNull();
    }
  });
});

describe('isAllowedPermission', () => {
  it('grants camera/microphone to the app origin, given as origin or full URL', () => {
    expect(isAllowedPermission('media', app, app)).toBe(true);
    expect(isAllowedPermission('media', `${app}/kiosk/?booth=B1`, `${app}/`)).toBe(true);
  });

  it('refuses every other permission even for the app origin', () => {
    for (const p of [
      'geolocation',
      'notifications',
      'display-capture',
      'hid',
      'openExternal',
      'fullscreen',
    ]) {
      expect(isAllowedPermission(p, app, app)).toBe(false);
    }
  });

  it('refuses media to any other origin', () => {
    expect(isAllowedPermission('media', 'http://10.20.0.5:8081', app)).toBe(false);
    expect(isAllowedPermission('media', 'https://10.20.0.5:8080', app)).toBe(false);
    expect(isAllowedPermission('media', 'http://10.20.0.5:8080@evil.example', app)).toBe(false);
    expect(isAllowedPermission('media', 'file:///home/kiosk/x.html', app)).toBe(false);
    expect(isAllowedPermission('media', '', app)).toBe(false);
    expect(isAllowedPermission('media', 'null', 'null')).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows pages of the served UI only', () => {
    expect(isAllowedNavigation(`${app}/kiosk/?booth=B2`, app)).toBe(true);
    expect(isAllowedNavigation('https://www.bpjsketenagakerjaan.go.id/', app)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', app)).toBe(false);
    expect(isAllowedNavigation('chrome://gpu', app)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (csp: string) =>
    new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );

  it('keeps scripts to self and lets the page reach only the server over http and ws', () => {
    const csp = directives(contentSecurityPolicy(`${app}/`));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", app, 'ws://10.20.0.5:8080']);
    expect(csp.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(csp.get('media-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('uses wss for an https server and never allows eval or inline script', () => {
    const text = contentSecurityPolicy('https://bilik.cabang.local');
    expect(directives(text).get('connect-src')).toContain('wss://bilik.cabang.local');
    expect(text).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it('refuses to build a policy for a non-http origin', () => {
    expect(() => contentSecurityPolicy('file:///')).toThrow(/not an http/);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy and keeps one the server already sent', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["frame-ancestors 'none'"], 'content-type': ['text/html'] },
      "default-src 'self'",
    );
    expect(headers['content-security-policy']).toEqual(["frame-ancestors 'none'", "default-src 'self'"]);
    expect(headers['content-type']).toEqual(['text/html']);
  });

  it('creates the header when absent', () => {
    expect(withContentSecurityPolicy(undefined, "default-src 'self'")).toEqual({
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });
});

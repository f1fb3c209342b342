// Pure decisions behind the Electron hardening of both apps (permission, navigation, CSP).
// Kept here, free of any Electron import, so kiosk and officer-station apply one policy and it
// is unit-tested once; each app's window.ts only wires these answers into Electron's hooks.

// shared compiles without DOM or Node typings, yet every runtime that loads this module
// (Electron main, Chromium, Node >= 20) has the WHATWG URL class; declare only what we use.
declare const URL: new (input: string) => { readonly protocol: string; readonly origin: string };

/** Origin ("https://host:port") of an http(s) URL; null for anything else or garbage. */
export function parseHttpOrigin(url: string): string | null {
  let parsed: { protocol: string; origin: string };
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.origin;
}

/** True when `url` is an http(s) URL of the same origin as `appOrigin`. */
export function isSameAppOrigin(url: string, appOrigin: string): boolean {
  const origin = parseHttpOrigin(url);
  return origin !== null && origin === parseHttpOrigin(appOrigin);
}

/**
 * Camera and microphone ('media') for the app's own pages is the only permission a booth or
 * officer UI needs; everything else (geolocation, notifications, display capture, HID, ...) is
 * refused so a compromised or injected page cannot widen its reach.
 */
export function isAllowedPermission(
  permission: string,
  requestingOrigin: string,
  appOrigin: string,
): boolean {
  return permission === 'media' && isSameAppOrigin(requestingOrigin, appOrigin);
}

/** The window may only ever show the server-served UI; any other target is refused. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return isSameAppOrigin(url, appOrigin);
}

/**
 * Strict CSP for the served UI. Scripts only from the server itself (no eval, no inline, no
 * CDN); network only to the server over HTTP and WebSocket (socket.io, REST); camera frames
 * and scanned documents live in blob:/data: URLs.
 */
export function contentSecurityPolicy(serverOrigin: string): string {
  const origin = parseHttpOrigin(serverOrigin);
  if (origin === null) throw new Error(`contentSecurityPolicy: not an http(s) origin: ${serverOrigin}`);
  const wsOrigin = origin.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${origin} ${wsOrigin}`,
    "img-src 'self' blob: data:",
    "media-src 'self' blob: data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Response headers with our CSP added. A policy the server sent is kept as well: browsers
 * enforce every policy present, so the result is never weaker than either.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = { ...headers };
  const existing = Object.keys(result).find((name) => name.toLowerCase() === 'content-security-policy');
  const key = existing ?? 'Content-Security-Policy';
  result[key] = [...(result[key] ?? []), csp];
  return result;
}

// Wiring of the pure rules (security.ts, certificatePin.ts) into an Electron window's session and
// contents, the same for the booth and the officer station. Types only from electron: this runs
// in each app's main process, which brings Electron itself.

import type { Session, WebContents } from 'electron';
import { verifyPinnedChain } from './certificatePin.js';
import { certificateProblemPage } from './certificateProblem.js';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedPermission,
  withContentSecurityPolicy,
} from './security.js';

// Chromium's verify results: 0 accepts, -2 (net::ERR_FAILED) refuses.
const ACCEPT = 0;
const REFUSE = -2;

/**
 * Camera and microphone for the app's own pages only, our CSP on every response, and TLS that
 * trusts the pinned branch CA and nothing else. `problemPage` explains a load that failed because
 * a certificate was just refused (null otherwise), for branch IT.
 */
export function hardenSession(
  session: Session,
  options: { appOrigin: string; caFingerprint: string },
): { problemPage(): string | null } {
  const { appOrigin } = options;
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details.requestingUrl, appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin, appOrigin),
  );
  const csp = contentSecurityPolicy(appOrigin);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  let refusal: { reason: string; presentedCa: string | null; at: number } | null = null;
  session.setCertificateVerifyProc((request, callback) => {
    const verdict = verifyPinnedChain(request.hostname, request.certificate, options.caFingerprint);
    if (verdict.ok) return callback(ACCEPT);
    refusal = { reason: verdict.reason, presentedCa: verdict.presentedCa, at: Date.now() };
    console.error(`refused ${request.hostname}: ${verdict.reason} (CA ${verdict.presentedCa ?? 'none'})`);
    callback(REFUSE);
  });
  return {
    problemPage() {
      // Only a refusal of this very load explains its failure.
      if (!refusal || Date.now() - refusal.at > 2_000) return null;
      return certificateProblemPage({
        serverUrl: options.appOrigin,
        expectedCa: options.caFingerprint,
        reason: refusal.reason,
        presentedCa: refusal.presentedCa,
      });
    },
  };
}

/** No new windows, no navigation or redirect away from the served UI, no webviews. */
export function hardenContents(contents: WebContents, appOrigin: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

// Trades a one-time enrollment code (printed by branch IT on the admin page) for this booth's
// long-lived device token. The socket then presents that token on every connection.

import type { AckError, EnrollResponse, ErrorCode } from '@bilik/shared';

export type EnrollResult = { ok: true; device: EnrollResponse } | { ok: false; code: ErrorCode | 'NETWORK' };

export async function enrollBooth(serverUrl: string, code: string): Promise<EnrollResult> {
  let res: Response;
  try {
    res = await fetch(`${serverUrl}/api/booth/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: code.trim() }),
    });
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
  const body = (await res.json().catch(() => null)) as (EnrollResponse & { ok: true }) | AckError | null;
  if (!body) return { ok: false, code: 'INTERNAL' };
  if (!body.ok) return { ok: false, code: body.code };
  return {
    ok: true,
    device: { deviceToken: body.deviceToken, boothId: body.boothId, boothName: body.boothName },
  };
}

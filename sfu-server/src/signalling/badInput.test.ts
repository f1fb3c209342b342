import type { Socket } from 'socket.io-client';
import { BoothEvents, MediaEvents, OfficerEvents } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledBooth, loggedInOfficer, openDesk } from '../test-support/actors.js';
import { send } from '../test-support/branchClient.js';
import {
  request,
  startTestServer,
  type TestServer,
  type BoothSocket,
  type OfficerSocket,
  rawRequest,
} from '../test-support/testServer.js';

describe('bad input at the server boundary', () => {
  let server: TestServer;
  let booth: BoothSocket;
  let cso: OfficerSocket;
  const snapshot = () => ({
    sessions: server.branch.db.prepare('SELECT COUNT(*) AS n FROM sessions').get(),
    audit: server.branch.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get(),
    desks: server.branch.db.prepare('SELECT id, focused_session_id FROM desks').all(),
  });

  beforeAll(async () => {
    server = await startTestServer();
    booth = (await enrolledBooth(server, 'Bilik 1')).socket;
    cso = (await loggedInOfficer(server, 'cso1')).socket;
    await openDesk(cso, 4);
  });
  afterAll(() => server.stop());

  it('answers each kind of bad request with a clear error and changes nothing', async () => {
    const before = snapshot();
    const cases: [Socket, string, unknown, string][] = [
      [booth, 'booth:doesNotExist', {}, 'UNKNOWN_EVENT'],
      [booth, BoothEvents.checkIn, { method: 'nikKpj', nik: 123 }, 'BAD_REQUEST'],
      [booth, BoothEvents.checkIn, { method: 'teleport' }, 'BAD_REQUEST'],
      [
        booth,
        BoothEvents.checkIn,
        { method: 'nikKpj', nik: '3173054512900003', kpj: '12345678901', extra: 'x' },
        'BAD_REQUEST',
      ],
      [booth, BoothEvents.checkIn, { method: 'nikKpj', nik: '1234', kpj: '12345678901' }, 'BAD_REQUEST'],
      [
        booth,
        BoothEvents.checkIn,
        { method: 'booking', bookingCode: 'x'.repeat(70_000) },
        'PAYLOAD_TOO_LARGE',
      ],
      [booth, BoothEvents.checkIn, undefined, 'BAD_REQUEST'],
      [
        booth,
        BoothEvents.chooseClaim,
        { claimType: 'JHT', reason: 'resignation', priorityNeed: null },
        'CONFLICT',
      ],
      [
        booth,
        BoothEvents.uploadCapture,
        { documentKind: 'ektp', mimeType: 'image/jpeg', data: 'not-bytes' },
        'BAD_REQUEST',
      ],
      [booth, MediaEvents.consume, { producerId: 'nope', rtpCapabilities: {} }, 'CONFLICT'],
      [cso, OfficerEvents.focus, { sessionId: 'unknown-session' }, 'FORBIDDEN'],
      [
        cso,
        OfficerEvents.decide,
        { sessionId: 'unknown', decision: 'rejected', reason: '', missing: [] },
        'BAD_REQUEST',
      ],
      [
        cso,
        OfficerEvents.decide,
        { sessionId: 'unknown', decision: 'approved', reason: null, missing: [], amount: 1 },
        'FORBIDDEN',
      ],
      [cso, OfficerEvents.getCapture, { captureId: 'unknown' }, 'NOT_FOUND'],
      [cso, OfficerEvents.openDesk, { slots: 3 }, 'BAD_REQUEST'],
      [cso, OfficerEvents.openDesk, { slots: 4 }, 'CONFLICT'],
      [cso, MediaEvents.connectTransport, { transportId: 'nope', dtlsParameters: {} }, 'NOT_FOUND'],
      [cso, MediaEvents.createTransport, { direction: 'sideways' }, 'BAD_REQUEST'],
    ];
    for (const [socket, event, payload, code] of cases) {
      const r = await rawRequest(socket, event, payload);
      expect(r, `${event} ${JSON.stringify(payload)?.slice(0, 80)}`).toMatchObject({ ok: false, code });
      if (!r.ok) expect(r.message.length).toBeGreaterThan(3);
    }
    expect(snapshot()).toEqual(before);
    // Still serving after all of that.
    expect((await send(`${server.url}/health`, { agent: server.agent })).status).toBe(200);
    expect(booth.connected && cso.connected).toBe(true);
  });

  it('rejects malformed mediasoup parameters without hurting the worker', async () => {
    const send = await request(cso, MediaEvents.createTransport, {
      direction: 'send',
    });
    if (!send.ok) throw new Error(send.message);
    const r = await request(cso, MediaEvents.produce, {
      transportId: send.transport.id,
      kind: 'audio',
      rtpParameters: { codecs: 'x' },
      source: 'mic',
    });
    expect(r).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(server.branch.workers.all[0]!.closed).toBe(false);
  });
});

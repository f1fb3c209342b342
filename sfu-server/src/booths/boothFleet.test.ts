import { X509Certificate } from 'node:crypto';
import { AdminEvents, AdminPush, BoothEvents, type BoothStatusView } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleUser, enrolledBooth, queuedParticipant } from '../test-support/actors.js';
import {
  connectSocket,
  ok,
  postJson,
  pushUntil,
  request,
  startTestServer,
  type AdminSocket,
  type TestServer,
} from '../test-support/testServer.js';

// Branch IT's booths: codes issued from the console, heartbeats, the booth list pushed, and a
// revocation that closes the booth's socket at once and refuses it afterwards.

describe('booth enrollment, heartbeats and revocation (real server, SQLite, sockets)', () => {
  let server: TestServer;
  let admin: AdminSocket;
  const booths = (predicate: (b: BoothStatusView[]) => boolean) =>
    pushUntil<{ booths: BoothStatusView[] }>(admin, AdminPush.booths, (p) => predicate(p.booths));
  const audit = (action: string) =>
    server.branch.db
      .prepare('SELECT actor, subject, details FROM audit_log WHERE action = ?')
      .all(action) as {
      actor: string;
      subject: string;
      details: string;
    }[];

  beforeAll(async () => {
    server = await startTestServer();
    admin = (await consoleUser(server, 'admin')).socket;
  });
  afterAll(() => server.stop());

  it('issues a one-time code that enrolls a booth, and lists it with its heartbeat', async () => {
    const issued = await ok(admin, AdminEvents.issueEnrollmentCode, { boothName: 'Bilik 9' });
    expect(issued.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(Date.parse(issued.expiresAt)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const enrolled = await postJson<{ deviceToken: string; boothId: string }>(server, '/api/booth/enroll', {
      code: issued.code,
    });
    expect(enrolled.body.boothId).toBe(issued.boothId);

    const online = booths((list) => list.some((b) => b.name === 'Bilik 9' && b.online));
    const booth = await connectSocket(server, '/booth', { deviceToken: enrolled.body.deviceToken });
    await online;
    const reported = booths((list) => list.some((b) => b.name === 'Bilik 9' && b.appVersion === '0.1.0'));
    await ok(booth, BoothEvents.heartbeat, {
      appVersion: '0.1.0',
      devices: { camera: 'ok', documentCamera: 'missing', barcodeReader: 'unknown' },
    });
    const row = (await reported).booths.find((b) => b.name === 'Bilik 9')!;
    expect(row).toMatchObject({
      boothId: issued.boothId,
      enrolled: true,
      revoked: false,
      online: true,
      camera: 'ok',
      documentCamera: 'missing',
      barcodeReader: 'unknown',
    });
    expect(Date.now() - Date.parse(row.lastSeenAt!)).toBeLessThan(10_000);
    const offline = booths((list) => list.some((b) => b.name === 'Bilik 9' && !b.online));
    booth.disconnect();
    await offline;
    expect((await ok(admin, AdminEvents.listBooths, {})).booths.map((b) => b.name)).toContain('Bilik 9');
  });

  it('revokes a booth: its socket closes at once, its visit ends (audited), its token is refused', async () => {
    const { socket, boothId, deviceToken } = await enrolledBooth(server, 'Bilik 10');
    const session = await queuedParticipant(socket, 0);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await ok(admin, AdminEvents.revokeBooth, { boothId });
    expect(await closed).toBe('io server disconnect');
    await expect(connectSocket(server, '/booth', { deviceToken })).rejects.toThrow('UNAUTHENTICATED');
    expect(server.branch.store.sessions.get(session.sessionId)?.closed_at).not.toBeNull();
    const [row] = audit('booth.revoked');
    expect(row).toMatchObject({ subject: boothId });
    expect(JSON.parse(row!.details)).toEqual({ boothName: 'Bilik 10', endedSession: session.sessionId });
    const listed = (await ok(admin, AdminEvents.listBooths, {})).booths.find((b) => b.boothId === boothId);
    expect(listed).toMatchObject({ enrolled: false, revoked: true, online: false });

    // A new code enrolls the same booth again, with a new token.
    const again = await ok(admin, AdminEvents.issueEnrollmentCode, { boothName: 'Bilik 10' });
    expect(again.boothId).toBe(boothId);
    const r = await postJson<{ deviceToken: string }>(server, '/api/booth/enroll', { code: again.code });
    (await connectSocket(server, '/booth', { deviceToken: r.body.deviceToken })).disconnect();
    expect(
      (await ok(admin, AdminEvents.listBooths, {})).booths.find((b) => b.boothId === boothId),
    ).toMatchObject({ enrolled: true, revoked: false });
    expect(await request(admin, AdminEvents.revokeBooth, { boothId: 'nope' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it("shows the server's CA fingerprint and validity, as the booths pin it", async () => {
    const { server: info } = await ok(admin, AdminEvents.serverInfo, {});
    const ca = new X509Certificate(server.caPem);
    expect(info.caFingerprint).toBe(ca.fingerprint256);
    expect(info.caValidTo).toBe(new Date(ca.validTo).toISOString());
    expect(Date.parse(info.certValidTo)).toBeGreaterThan(Date.now());
    expect(info.names).toContain('bilik.branch.test');
    expect(info.providedByBranchIt).toBe(false);
  });
});

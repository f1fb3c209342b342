import { OfficerPush, type DeskView } from '@bilik/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledBooth, loggedInOfficer, openDesk, queuedParticipant } from '../test-support/actors.js';
import { joinMedia } from '../test-support/craftedMedia.js';
import { startTestServer, type TestServer } from '../test-support/testServer.js';

describe('a mediasoup worker that dies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('is replaced, and its desk is rebuilt with the same booths on the new worker', async () => {
    const cso = (await loggedInOfficer(server, 'cso1')).socket;
    const booth = await enrolledBooth(server, 'Bilik 1');
    const session = await queuedParticipant(booth.socket);
    const desk = await openDesk(cso, 4);
    await joinMedia(cso);
    const oldWorker = server.branch.workers.all[0]!;
    const oldRouterId = server.branch.desks.all()[0]!.routerId;

    const rebuilt = new Promise<DeskView>((resolve) =>
      cso.on(OfficerPush.desk, (view) => {
        if (view?.mediaEpoch === desk.mediaEpoch + 1) resolve(view);
      }),
    );
    process.kill(oldWorker.pid, 'SIGKILL');
    const view = await rebuilt;

    const newWorker = server.branch.workers.all[0]!;
    expect(newWorker.pid).not.toBe(oldWorker.pid);
    const live = server.branch.desks.all()[0]!;
    expect(live.routerId).not.toBe(oldRouterId);
    expect(live.routerClosed).toBe(false);
    expect((await newWorker.dump()).routerIds).toContain(live.routerId);
    expect(view.deskId).toBe(desk.deskId);
    expect(view.slots[0]!.session?.sessionId).toBe(session.sessionId);
    // The clients set their media up again on the new router.
    const again = await joinMedia(cso);
    expect(again.send).toBeTruthy();
  });
});

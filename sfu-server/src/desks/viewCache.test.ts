import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledBooth, queuedParticipant } from '../test-support/actors.js';
import { startTestServer, type TestServer } from '../test-support/testServer.js';

describe('cached views', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('serve the same view while nothing changed, and never one older than a write, announced or not', async () => {
    const booth = await enrolledBooth(server, 'Bilik 1');
    const { sessionId } = await queuedParticipant(booth.socket);
    const { views, store, events } = server.branch;
    const first = views.booth(sessionId)!;
    expect(views.booth(sessionId)).toBe(first);
    // A write no event announced: the database stamp alone moves the cache on.
    store.sessions.update(sessionId, { participant_name: 'SITI A.' });
    expect(views.booth(sessionId)).toMatchObject({ participantName: 'SITI A.' });
    // An event alone (live state that is not in the database) does too, and moves the revision.
    const before = views.booth(sessionId)!;
    events.emit('queueChanged');
    const after = views.booth(sessionId)!;
    expect(after).not.toBe(before);
    expect(after.revision).toBe(before.revision + 1);
  });
});

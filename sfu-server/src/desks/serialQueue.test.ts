import { describe, expect, it } from 'vitest';
import { SerialQueue } from './serialQueue.js';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('SerialQueue', () => {
  it('runs operations one at a time, in submission order, each with all its awaits', async () => {
    const q = new SerialQueue('q');
    const log: string[] = [];
    const op = (name: string, awaits: number) => async () => {
      log.push(`${name}:start`);
      for (let i = 0; i < awaits; i++) await tick();
      log.push(`${name}:end`);
      return name;
    };
    const results = await Promise.all([q.run(op('a', 3)), q.run(op('b', 0)), q.run(op('c', 2))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });

  it('goes on after an operation fails, and hands the failure to its caller only', async () => {
    const q = new SerialQueue('q');
    const failed = q.run(async () => {
      await tick();
      throw new Error('boom');
    });
    const next = q.run(() => 'next');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });

  it('lets an operation call another of the same queue without waiting for itself', async () => {
    const q = new SerialQueue('q');
    const inner = await q.run(async () => {
      await tick();
      return q.run(async () => {
        await tick();
        return 'inner';
      });
    });
    expect(inner).toBe('inner');
  });

  it('knows whether the calling chain holds it, and forgets when the turn ends', async () => {
    const q = new SerialQueue('q');
    expect(() => q.assertHeld('change')).toThrow('change must run inside a turn of q');
    let leftRunning: Promise<boolean> = Promise.resolve(true);
    await q.run(async () => {
      q.assertHeld('change');
      // Started in the turn but still running after it: it must not count as holding the queue.
      leftRunning = (async () => {
        await new Promise((r) => setTimeout(r, 20));
        return q.isHeld();
      })();
    });
    expect(q.isHeld()).toBe(false);
    expect(await leftRunning).toBe(false);
  });

  it('takes several queues in name order whatever order they are listed in', async () => {
    const a = new SerialQueue('a');
    const b = new SerialQueue('b');
    const log: string[] = [];
    // Opposite listing orders, started together: with a fixed order neither can wait on the other.
    const one = SerialQueue.runAll([b, a], async () => {
      log.push('one');
      await tick();
    });
    const two = SerialQueue.runAll([a, b], async () => {
      log.push('two');
      await tick();
    });
    await Promise.all([one, two]);
    expect(log).toEqual(['one', 'two']);
  });

  it('refuses to wait for a queue while holding one that sorts after it', async () => {
    const a = new SerialQueue('a');
    const b = new SerialQueue('b');
    await expect(b.run(() => a.run(() => 'never'))).rejects.toThrow('a taken while holding b');
    await expect(a.run(() => b.run(() => 'fine'))).resolves.toBe('fine');
  });
});

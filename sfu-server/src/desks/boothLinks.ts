import { EventEmitter } from 'node:events';

/**
 * Which booth PCs have a live connection to the server right now (a booth may briefly have two
 * sockets while it reconnects). `offline` fires when its last socket goes, `online` when one comes.
 */
export class BoothLinks extends EventEmitter<{ online: [boothId: string]; offline: [boothId: string] }> {
  private readonly sockets = new Map<string, number>();

  connected(boothId: string): void {
    const n = (this.sockets.get(boothId) ?? 0) + 1;
    this.sockets.set(boothId, n);
    if (n === 1) this.emit('online', boothId);
  }

  disconnected(boothId: string): void {
    const n = (this.sockets.get(boothId) ?? 0) - 1;
    if (n > 0) return void this.sockets.set(boothId, n);
    this.sockets.delete(boothId);
    this.emit('offline', boothId);
  }

  isOnline(boothId: string): boolean {
    return this.sockets.has(boothId);
  }
}

import { createSocket, type Socket } from 'node:dgram';
import { rtpSsrc, stampOf, type StampWindow } from './rtpPackets.js';

/**
 * Where a desk's consumers' PlainTransports send: counts RTP packets per SSRC (each consumer has
 * its own), in total and with a send stamp inside the measurement window. One per desk keeps
 * the socket count low; the 4 MB receive buffer (net.core.rmem_max on this box) rides out
 * event-loop stalls of the bench process, so a slow reader is not mistaken for SFU loss.
 */
export class UdpSink {
  private readonly total = new Map<number, number>();
  private readonly inWindow = new Map<number, number>();

  private constructor(
    private readonly socket: Socket,
    readonly port: number,
    window: StampWindow,
  ) {
    socket.on('message', (msg) => {
      const ssrc = rtpSsrc(msg);
      if (ssrc === null) return; // RTCP (consumer SRs)
      this.total.set(ssrc, (this.total.get(ssrc) ?? 0) + 1);
      if (window.contains(stampOf(msg))) this.inWindow.set(ssrc, (this.inWindow.get(ssrc) ?? 0) + 1);
    });
  }

  static async open(window: StampWindow): Promise<UdpSink> {
    const socket = createSocket({ type: 'udp4', recvBufferSize: 4 << 20 });
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(0, '127.0.0.1', () => {
        socket.off('error', reject);
        resolve();
      });
    });
    return new UdpSink(socket, socket.address().port, window);
  }

  received(ssrc: number): number {
    return this.total.get(ssrc) ?? 0;
  }

  receivedInWindow(ssrc: number): number {
    return this.inWindow.get(ssrc) ?? 0;
  }

  resetWindowCounts(): void {
    this.inWindow.clear();
  }

  close(): Promise<void> {
    return new Promise((r) => this.socket.close(() => r()));
  }
}

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './chromium.js';

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** Whether this process may create network namespaces (root with iproute2), and if not why. */
export function namespacesUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'not root: network namespaces need CAP_NET_ADMIN';
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'iproute2 (ip netns) is not available';
  }
}

let created = 0;

/**
 * Another machine on this machine's LAN: a network namespace joined to this one by a veth pair,
 * with its own address. Only addresses made here, in 10.x.y.0/30 subnets; nothing leaves the host.
 * Its link can be cut for real (the interface goes down), as a booth's cable is pulled.
 */
export class NetNamespace {
  private readonly dir = mkdtempSync(join(tmpdir(), 'bilik-netns-'));

  private constructor(
    readonly name: string,
    private readonly hostIf: string,
    private readonly nsIf: string,
    /** This machine's end of the link: what the namespace reaches the branch server at. */
    readonly hostAddress: string,
    readonly nsAddress: string,
  ) {}

  static create(): NetNamespace {
    const n = created++;
    const id = `${process.pid % 100000}${n}`;
    const net = `10.${100 + (process.pid % 100)}.${(Math.floor(process.pid / 100) * 4 + n) % 250}`;
    const ns = new NetNamespace(`bilik-${id}`, `bk${id}h`, `bk${id}n`, `${net}.1`, `${net}.2`);
    ip('netns', 'add', ns.name);
    ip('link', 'add', ns.hostIf, 'type', 'veth', 'peer', 'name', ns.nsIf);
    ip('link', 'set', ns.nsIf, 'netns', ns.name);
    ip('addr', 'add', `${ns.hostAddress}/30`, 'dev', ns.hostIf);
    ip('link', 'set', ns.hostIf, 'up');
    ns.inside('ip', 'addr', 'add', `${ns.nsAddress}/30`, 'dev', ns.nsIf);
    ns.inside('ip', 'link', 'set', ns.nsIf, 'up');
    ns.inside('ip', 'link', 'set', 'lo', 'up');
    // Everything else on this machine (another namespace's link included) is reached through it.
    ns.inside('ip', 'route', 'add', 'default', 'via', ns.hostAddress);
    return ns;
  }

  private inside(...command: string[]): void {
    ip('netns', 'exec', this.name, ...command);
  }

  /** Chromium started inside the namespace: a booth or officer PC on the other end of the link. */
  chromiumExecutable(): string {
    const file = join(this.dir, 'chromium');
    writeFileSync(file, `#!/bin/sh\nexec ip netns exec ${this.name} ${CHROMIUM_PATH} "$@"\n`);
    chmodSync(file, 0o755);
    return file;
  }

  /** Pulls the cable: the namespace's interface goes down and every packet to or from it is lost. */
  cut(): void {
    this.inside('ip', 'link', 'set', this.nsIf, 'down');
  }

  restore(): void {
    this.inside('ip', 'link', 'set', this.nsIf, 'up');
    this.inside('ip', 'route', 'replace', 'default', 'via', this.hostAddress);
  }

  destroy(): void {
    // Deleting the namespace takes its veth end, and with it this machine's end.
    ip('netns', 'del', this.name);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// The photos this participant kept during the visit, as object URLs for the thumbnails next to
// each document. They are personal data in memory: the privacy wipe revokes every URL so the
// browser can drop the image bytes, and nothing here is ever written to storage.

type Listener = () => void;

export class CaptureGallery {
  private urls = new Map<string, string>();
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly createUrl: (blob: Blob) => string = (b) => URL.createObjectURL(b),
    private readonly revokeUrl: (url: string) => void = (u) => URL.revokeObjectURL(u),
  ) {}

  /** Keeps the photo of a document, replacing (and revoking) an earlier one of the same kind. */
  keep(documentKind: string, blob: Blob): string {
    const old = this.urls.get(documentKind);
    if (old) this.revokeUrl(old);
    const url = this.createUrl(blob);
    this.urls = new Map(this.urls).set(documentKind, url);
    this.changed();
    return url;
  }

  /** Immutable between changes, so React can subscribe with useSyncExternalStore. */
  snapshot(): ReadonlyMap<string, string> {
    return this.urls;
  }

  clear(): void {
    for (const url of this.urls.values()) this.revokeUrl(url);
    this.urls = new Map();
    this.changed();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }
}

export const captureGallery = new CaptureGallery();

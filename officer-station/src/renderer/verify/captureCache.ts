// Capture images as blob URLs, fetched once per capture with desk:getCapture. Captures never
// change once stored, so a URL stays valid until the desk screen goes away (clear()).

export type CaptureBytes = { mimeType: string; data: ArrayBuffer | Uint8Array };

export class CaptureCache {
  private readonly urls = new Map<string, Promise<string>>();
  private readonly made: string[] = [];

  constructor(private readonly fetchCapture: (captureId: string) => Promise<CaptureBytes>) {}

  url(captureId: string): Promise<string> {
    let url = this.urls.get(captureId);
    if (!url) {
      url = this.fetchCapture(captureId).then(({ mimeType, data }) =>
        this.objectUrl(new Blob([data as BlobPart], { type: mimeType })),
      );
      // A failed fetch (network blip) is tried again next time rather than cached.
      url.catch(() => this.urls.delete(captureId));
      this.urls.set(captureId, url);
    }
    return url;
  }

  /** An image this station just captured and uploaded: no need to fetch it back. */
  put(captureId: string, image: Blob): void {
    this.urls.set(captureId, Promise.resolve(this.objectUrl(image)));
  }

  clear(): void {
    for (const url of this.made) URL.revokeObjectURL(url);
    this.made.length = 0;
    this.urls.clear();
  }

  private objectUrl(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.made.push(url);
    return url;
  }
}

// Downloads the console makes with its token (the report PDF, the database backup): fetched with
// the Authorization header, then handed to the browser as a file. CSV is made on the page.

export class DownloadError extends Error {}

export async function downloadWithToken(url: string, token: string): Promise<{ fileName: string }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new DownloadError(`HTTP ${res.status}`);
  const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  saveFile(await res.blob(), fileName);
  return { fileName };
}

export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

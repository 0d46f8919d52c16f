/** Offers text or bytes as a file download without leaving the page (a blob URL, revoked once used). */
export function downloadFile(fileName: string, content: string | Uint8Array<ArrayBuffer> | Blob, type = 'application/json'): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name made from user text: no path separators or characters that file systems refuse. */
export function safeFileName(title: string, suffix: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'workshop'}${suffix}`;
}

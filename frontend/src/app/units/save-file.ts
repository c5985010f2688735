/** Offers a file made in the browser as a download (personal data export, import error report). */
export function saveFile(document: Document, content: Blob, fileName: string): void {
  const view = document.defaultView;
  if (!view) {
    return;
  }
  const url = view.URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next task: some browsers start the download only after the click handler returns.
  view.setTimeout(() => view.URL.revokeObjectURL(url));
}

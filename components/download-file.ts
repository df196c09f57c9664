// Saves text as a file the reader downloads: no network, the reader sends it on themselves.
export function downloadFile(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download by the next task; then the URL can go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** Hands a file to the browser's downloads: a Blob behind a temporary link, clicked once. */
export function saveFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the data once started; free ours after it begins.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

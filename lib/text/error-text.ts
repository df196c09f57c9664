/** What went wrong, as one line for the reader: an Error's message, or whatever was thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

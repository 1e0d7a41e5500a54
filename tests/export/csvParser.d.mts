/** The rows of `text`; throws when a quoted field is left open or the last line has no line end. */
export function parseCsv(text: string): string[][];

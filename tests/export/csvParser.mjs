/**
 * A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, `\n` line ends. Plain
 * JavaScript so the browser tests (tests/e2e, run by node without a TypeScript loader) and the
 * Vitest tests (through parseCsv.ts) read CSV with the same code.
 */

/** The rows of `text`; throws when a quoted field is left open or the last line has no line end. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last line has no line end');
  return rows;
}

/**
 * Text from a scenario (a title, a label) reaches the terminal through the command line's output.
 * A terminal obeys control characters, so a title holding escape sequences could move the cursor,
 * retitle the window or hide what was printed. Every control character is shown as its visible
 * symbol instead (ESC as ␛), except the line breaks and tabs the output is made of.
 */

// Control characters: C0 but tab and newline, DEL, and C1.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// The status line's own codes on stderr: carriage return and erase-to-end-of-line.
// eslint-disable-next-line no-control-regex -- the status line's own codes
const STATUS_CODES = /\r|\u001b\[K/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** `text` with every control character but newline and tab shown as a visible symbol. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, visible);
}

/** For stderr, where the status line redraws itself with `\r` and `ESC[K`: those pass, nothing else. */
export function terminalStatusText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(STATUS_CODES)) {
    out += terminalText(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + terminalText(text.slice(last));
}

/**
 * Opens a scenario file the player chose or dropped on the page. Its size is checked before it is
 * read, so a huge file is refused at once; the text then goes through the same loader as every
 * scenario, and its problems show, positioned, in the start screen's error panel. The checks (with
 * the YAML parser) are fetched the first time a file is opened.
 */
import type { Issue } from '../../scenario/issue';
import { LIMITS } from '../../scenario/limits';
import type { TownController } from '../../store/townController';
import type { TownStores } from '../../store/townStores';
import { messages } from '../strings';

/** Loads the file as the running scenario; false when it is too large, unreadable or invalid. */
export async function openScenarioFile(
  file: File,
  controller: TownController,
  stores: TownStores,
): Promise<boolean> {
  const refuse = (issue: Issue) => {
    stores.session.setState({ invalid: { fileName: file.name, errors: [issue] } });
    controller.showStart();
    return false;
  };
  const problem = (message: string): Issue => ({
    file: file.name,
    line: 1,
    column: 1,
    path: '',
    message,
  });
  let fileSizeIssue: typeof import('../../scenario/yamlSource').fileSizeIssue;
  try {
    ({ fileSizeIssue } = await import('../../scenario/yamlSource'));
  } catch {
    const m = messages.lazy;
    return refuse(problem(m.failed(m.parts.fileCheck)));
  }
  const tooLarge = fileSizeIssue(file.size, file.name);
  if (tooLarge !== undefined) return refuse(tooLarge);
  let text: string;
  try {
    // Bounded by what is actually read, not only by the size the browser reports.
    const bytes = new Uint8Array(await file.slice(0, LIMITS.fileBytes + 1).arrayBuffer());
    const cut = fileSizeIssue(bytes.length, file.name, true);
    if (cut !== undefined) return refuse(cut);
    text = new TextDecoder().decode(bytes);
  } catch {
    return refuse(problem(messages.classroom.fileDrop.unreadable));
  }
  return controller.loadScenarioText(text, file.name);
}

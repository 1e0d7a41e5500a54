/**
 * Opens a scenario file the player chose or dropped on the page. Its size is checked before it is
 * read, so a huge file is refused at once; the text then goes through the same loader as every
 * scenario, and its problems show, positioned, in the start screen's error panel.
 */
import { LIMITS } from '../../scenario/schema';
import { fileSizeIssue } from '../../scenario/yamlSource';
import type { TownController } from '../../store/townController';
import type { TownStores } from '../../store/townStores';
import { messages } from '../strings';

/** Loads the file as the running scenario; false when it is too large, unreadable or invalid. */
export async function openScenarioFile(
  file: File,
  controller: TownController,
  stores: TownStores,
): Promise<boolean> {
  const tooLarge = fileSizeIssue(file.size, file.name);
  if (tooLarge !== undefined) {
    stores.session.setState({ invalid: { fileName: file.name, errors: [tooLarge] } });
    controller.showStart();
    return false;
  }
  let text: string;
  try {
    // Bounded by what is actually read, not only by the size the browser reports.
    const bytes = new Uint8Array(await file.slice(0, LIMITS.fileBytes + 1).arrayBuffer());
    const cut = fileSizeIssue(bytes.length, file.name, true);
    if (cut !== undefined) {
      stores.session.setState({ invalid: { fileName: file.name, errors: [cut] } });
      controller.showStart();
      return false;
    }
    text = new TextDecoder().decode(bytes);
  } catch {
    stores.session.setState({
      invalid: {
        fileName: file.name,
        errors: [
          {
            file: file.name,
            line: 1,
            column: 1,
            path: '',
            message: messages.classroom.fileDrop.unreadable,
          },
        ],
      },
    });
    controller.showStart();
    return false;
  }
  return controller.loadScenarioText(text, file.name);
}

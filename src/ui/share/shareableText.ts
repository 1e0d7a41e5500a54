/** The scenario text a link carries: the rule editor's newest valid draft, else the running text. */
import type { EditorStore } from '../../store/editorStore';
import type { TownStores } from '../../store/townStores';

/** The text to share and whether it differs from the scenario as shipped or first opened. */
export function shareableText(
  stores: TownStores,
  editor: EditorStore | undefined,
): { fileName: string; text: string; edited: boolean } | null {
  const source = stores.session.getState().source;
  if (source === null) return null;
  const draft = editor?.getState();
  // An invalid draft would reach students as a list of errors: share the newest valid one.
  if (draft !== undefined && draft.fileName === source.fileName && draft.lastValid !== null) {
    return {
      fileName: source.fileName,
      text: draft.lastValid.text,
      edited: draft.lastValid.text !== draft.shipped,
    };
  }
  return { fileName: source.fileName, text: source.text, edited: !source.bundled };
}

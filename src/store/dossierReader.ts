/**
 * Keeps the selected agent's dossier fresh: read on selection and after each simulated day, at
 * most every DOSSIER_REFRESH_MS while the town runs, one request at a time (a request asked for
 * while another is out is sent when it returns, so the last state is never missed).
 */
import type { WorkerClient } from '../worker/workerClient';
import type { TownStores } from './townStores';

/** While the town runs, the open dossier is re-read at most this often. */
const DOSSIER_REFRESH_MS = 400;

export interface DossierReader {
  /** Re-reads the selected dossier; unless `force`, throttled while the town runs. */
  refresh(force: boolean): void;
}

/** Creates the reader over the stores and the worker client. */
export function createDossierReader(
  stores: TownStores,
  client: () => WorkerClient,
  now: () => number,
): DossierReader {
  let inFlight = false;
  let again = false;
  let lastRead = -Infinity;

  const refresh = (force: boolean) => {
    const { selected } = stores.selection.getState();
    if (selected === null) return;
    const playing = stores.clock.getState().playing;
    if (!force && playing && now() - lastRead < DOSSIER_REFRESH_MS) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    lastRead = now();
    const day = stores.clock.getState().day;
    client()
      .request({ kind: 'dossier', agent: selected })
      .then((response) => {
        if (response.kind !== 'dossier') return;
        if (stores.selection.getState().selected !== selected) return;
        stores.selection.setState({
          dossier: response.dossier,
          dossierDay: day,
          dossierMissing: response.dossier === null,
        });
      })
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
        if (again) {
          again = false;
          refresh(true);
        }
      });
  };

  return { refresh };
}

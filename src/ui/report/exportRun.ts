/**
 * The game's downloads, built by the same code as the command line's files (src/export): the
 * per-day metrics as CSV, every person's outcome as CSV, and the whole run report as JSON. The run
 * is paused first and the worker asked once the town is idle, so the files describe the day shown.
 */
import { version } from '../../../package.json';
import { metricsCsv } from '../../export/metricsCsv';
import { peopleCsv } from '../../export/peopleCsv';
import { scenarioServices } from '../../export/peopleOutcomes';
import { buildRunReport, reportJson } from '../../export/runReport';
import { hasAnswers } from '../../export/lesson/answers';
import { exportFileName } from '../../export/stamp';
import type { TownController } from '../../store/townController';
import type { TownStores } from '../../store/townStores';

export type ExportKind = 'metrics' | 'people' | 'json';

export interface ExportFile {
  fileName: string;
  text: string;
  type: string;
}

/** Builds one export of the run as it stands; throws with a message when there is no run. */
export async function buildExport(
  kind: ExportKind,
  stores: TownStores,
  controller: TownController,
): Promise<ExportFile> {
  controller.pause();
  await controller.whenIdle();
  const { scenario, hash, seed } = stores.session.getState();
  const read = await controller.readOutcomes();
  if (scenario === null || read === null) throw new Error('no run is loaded');
  const town = stores.town.getState();
  const report = buildRunReport({
    version,
    scenario,
    hash,
    seed,
    days: read.day,
    people: town.peopleNames.length,
    businesses: town.businessNames.length,
    metricNames: town.metricNames,
    metrics: town.metrics,
    summary: read.summary,
    outcomes: kind === 'json' ? read.outcomes : undefined,
  });
  switch (kind) {
    case 'metrics':
      return file(exportFileName(report, 'days', 'csv'), metricsCsv(report), 'text/csv');
    case 'people': {
      const text = peopleCsv(read.outcomes, scenarioServices(scenario), report);
      return file(exportFileName(report, 'people', 'csv'), text, 'text/csv');
    }
    case 'json': {
      // The student's predictions and explanations travel with the run, once there are any;
      // without them the file is the command line's, byte for byte.
      const lesson = stores.predictions.getState().answers;
      const text = reportJson(
        lesson !== null && hasAnswers(lesson) ? { ...report, lesson } : report,
      );
      return file(exportFileName(report, 'run', 'json'), text, 'application/json');
    }
  }
}

function file(fileName: string, text: string, type: string): ExportFile {
  return { fileName, text, type: `${type};charset=utf-8` };
}

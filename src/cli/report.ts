/**
 * The run report (JSON) and the per-day metrics table (CSV) written by `run`. They are built in
 * src/export, shared with the game's downloads so both write the same stamped files.
 */
export { csvField } from '../export/csv';
export { metricsCsv } from '../export/metricsCsv';
export { buildRunReport, reportJson, type RunFacts, type RunReport } from '../export/runReport';

/**
 * The simulated town as the UI sees it: the fixed layout and names, the latest snapshot, metric
 * series and the feed. The map reads `snapshot` each frame; per-frame positions never pass
 * through here.
 */
import { createStore } from 'zustand/vanilla';
import type { FeedEvent, MetricSeries, TownLayout, TownSnapshot } from '../engine/types';
import type { DayFrame, LoadedTown } from '../worker/protocol';

/** Newest feed events kept in memory; older ones stay in each dossier. */
export const FEED_LIMIT = 3000;

export interface TownState {
  layout: TownLayout | null;
  peopleNames: string[];
  businessNames: string[];
  namedPeople: LoadedTown['namedPeople'];
  metricNames: string[];
  snapshot: TownSnapshot | null;
  /**
   * Per-day values (index = day - 1). The arrays grow in place and `metricsVersion` counts
   * changes: copying every series on every simulated day would cost more than drawing them.
   */
  metrics: MetricSeries;
  metricsVersion: number;
  feed: FeedEvent[];
}

const empty = (): TownState => ({
  layout: null,
  peopleNames: [],
  businessNames: [],
  namedPeople: [],
  metricNames: [],
  snapshot: null,
  metrics: {},
  metricsVersion: 0,
  feed: [],
});

export const createTownStore = () => createStore<TownState>()(() => empty());

export type TownStore = ReturnType<typeof createTownStore>;

/** Replaces the town with a freshly loaded one. */
export function setLoadedTown(store: TownStore, town: LoadedTown): void {
  store.setState({
    ...empty(),
    layout: town.layout,
    peopleNames: town.peopleNames,
    businessNames: town.businessNames,
    namedPeople: town.namedPeople,
    metricNames: town.metricNames,
  });
  applyDayFrame(store, town.frame);
}

/** Merges one frame from the worker: snapshot, new metric values, new feed events. */
export function applyDayFrame(store: TownStore, frame: DayFrame): void {
  const { metrics, feed, metricsVersion } = store.getState();
  const offset = frame.metrics.fromDay - 1;
  for (const [name, values] of Object.entries(frame.metrics.series)) {
    const series = (metrics[name] ??= []);
    for (let i = 0; i < values.length; i++) series[offset + i] = values[i];
  }
  const merged = frame.feed.length === 0 ? feed : feed.concat(frame.feed);
  store.setState({
    snapshot: frame.snapshot,
    metrics,
    metricsVersion: metricsVersion + 1,
    feed: merged.length > FEED_LIMIT ? merged.slice(merged.length - FEED_LIMIT) : merged,
  });
}

/** Display name of a person or business id (`p12`, `b3`). */
export function agentName(state: TownState, id: string): string {
  const index = Number(id.slice(1));
  const names = id.startsWith('b') ? state.businessNames : state.peopleNames;
  return names[index] ?? id;
}

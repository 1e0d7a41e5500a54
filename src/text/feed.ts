/**
 * A feed event as a sentence: the event's fields (the engine returns data only) worded with a
 * language's sentence, the subject's name and the scenario's labels (translated where the scenario
 * translates them).
 */
import type { FeedEvent } from '../engine/types';
import type { ScenarioLabels } from './labels';
import type { TextWords } from './types';

/** What `event` says, about the agent called `name`, in the words of `words`. */
export function feedSentence(
  event: FeedEvent,
  name: string,
  labels: ScenarioLabels,
  words: TextWords,
): string {
  const says = words.feed.says;
  switch (event.kind) {
    case 'listed':
    case 'wrongfulListing': {
      const list = labels.list(event.list);
      if (event.atStart) return says.listedAtStart(name, list);
      return event.kind === 'wrongfulListing'
        ? says.wrongfulListing(name, list)
        : says.listed(name, list);
    }
    case 'notice':
      return says.notice(name, labels.list(event.list));
    case 'delisted':
      return says.delisted(
        name,
        labels.list(event.list),
        words.entry.delistedWhy[event.why] ?? event.why,
      );
    case 'refused':
      return says.refused(name, labels.consequence(event.consequence));
    case 'appealFiled':
      return says.appealFiled(name, labels.list(event.list));
    case 'recorded': {
      const where = labels.district(event.district);
      return says.recorded(name, where, labels.source(event.source), event.count);
    }
    case 'appealDecided':
      return says.appealDecided(name, labels.list(event.list), event.granted, event.sincere);
  }
}

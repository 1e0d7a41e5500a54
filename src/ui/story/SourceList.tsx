/** A scenario's sources as citations, each a link to its address (opened without referrer or opener). */
import { citationText, isWebAddress } from '../../scenario/citation';
import type { SourceDefinition } from '../../scenario/schema';
import { messages } from '../strings';

export function SourceList(props: { sources: readonly SourceDefinition[] }) {
  const m = messages.story;
  return (
    <ul class="source-list">
      {props.sources.map((source, k) => (
        <li key={source.id ?? k} id={source.id ? `source-${source.id}` : undefined}>
          <SourceLink source={source} />
          {source.supports && <span class="muted small"> {m.sourceSupports(source.supports)}</span>}
        </li>
      ))}
    </ul>
  );
}

/** One citation, linked when it has a web address. */
export function SourceLink(props: { source: SourceDefinition }) {
  const { source } = props;
  const text = citationText(source);
  if (!isWebAddress(source.url)) return <span>{text}</span>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {text}
      <span class="visually-hidden"> {messages.story.opensNewTab}</span>
    </a>
  );
}

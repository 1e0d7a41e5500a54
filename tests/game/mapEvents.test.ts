import { describe, expect, it } from 'vitest';
import type { FeedEvent, TownLayout } from '../../src/engine/types';
import {
  feedEventKey,
  groupEvents,
  namedOnBoard,
  placeEvents,
  type EventPlaces,
} from '../../src/game/mapEvents';

/** A small town: homes 0–2, a business, and public places 4–8; one camera in district 1. */
const layout: EventPlaces['layout'] = {
  places: [
    { kind: 'home', x: 0, y: 0, ref: '0' },
    { kind: 'home', x: 1, y: 0, ref: '1' },
    { kind: 'home', x: 2, y: 0, ref: '2' },
    { kind: 'business', x: 3, y: 0, ref: 'b0', sector: 0 },
    { kind: 'airport', x: 0, y: 1 },
    { kind: 'station', x: 1, y: 1 },
    { kind: 'school', x: 2, y: 1 },
    { kind: 'court', x: 3, y: 1 },
    { kind: 'town_hall', x: 4, y: 1 },
  ] satisfies TownLayout['places'],
  homePlace: Int32Array.from([0, 1, 2, 2]),
  anchors: { airport: 4, station: 5, school: 6, bank: 8, court: 7, townHall: 8 },
  cameras: [{ x: 2, y: 2, district: 1 }],
};
const town: EventPlaces = {
  layout,
  districtIds: ['a', 'b'],
  publishedLists: new Set(['defaulters']),
};

const refused = (day: number, subject: string, service: string, via?: string): FeedEvent => ({
  day,
  kind: 'refused',
  subject,
  service,
  consequence: `no_${service}`,
  ...(via === undefined ? {} : { via }),
});
const listed = (day: number, subject: string, list = 'defaulters'): FeedEvent => ({
  day,
  kind: 'listed',
  subject,
  list,
  atStart: day === 0,
});

const place = (events: FeedEvent[]) =>
  placeEvents(
    events,
    events.map((e) => feedEventKey(e)),
    town,
  );

describe('events on the map', () => {
  it('draws each refusal at its counter: tickets at the airport and station, school places at the school', () => {
    const placed = place([
      refused(5, 'p0', 'flight'),
      refused(5, 'p1', 'train'),
      refused(5, 'p2', 'school'),
      refused(5, 'p1', 'internet'),
      refused(5, 'b0', 'loan'),
    ]);
    expect(placed.map((e) => [e.type, layout.places[e.place].kind])).toEqual([
      ['flight', 'airport'],
      ['train', 'station'],
      ['school', 'school'],
      // A service with no public place happens at home; a business's loan at the bank.
      ['service', 'home'],
      ['service', 'town_hall'],
    ]);
  });

  it('puts listings on the town hall board, appeals at the court, camera recordings at their district’s camera', () => {
    const placed = place([
      listed(0, 'p0'),
      listed(7, 'p1'),
      { day: 7, kind: 'appealFiled', subject: 'p1', list: 'defaulters' },
      {
        day: 8,
        kind: 'appealDecided',
        subject: 'p1',
        list: 'defaulters',
        granted: true,
        sincere: true,
      },
      { day: 8, kind: 'recorded', subject: 'p2', district: 'b', source: 'cams', count: 12 },
      { day: 8, kind: 'recorded', subject: 'p2', district: 'a', source: 'cams', count: 3 },
      { day: 8, kind: 'notice', subject: 'p2', list: 'defaulters' },
    ]);
    // Listed before the story begins: not an event of the day. A district without a camera and a
    // warning: not drawn.
    expect(
      placed.map((e) => [e.type, e.camera >= 0 ? 'camera' : layout.places[e.place].kind, e.count]),
    ).toEqual([
      ['listed', 'town_hall', 1],
      ['appealFiled', 'court', 1],
      ['appealGranted', 'court', 1],
      ['recorded', 'camera', 12],
    ]);
  });

  it('draws a sanction that reached a relative as a line from the listed person to them', () => {
    const placed = place([refused(9, 'p3', 'school', 'p1')]);
    expect(placed.map((e) => e.type)).toEqual(['school', 'relative']);
    const groups = groupEvents(placed);
    expect(groups.find((g) => g.type === 'relative')?.lines).toEqual([{ from: 'p1', to: 'p3' }]);
  });

  it('summarises many events of one sort at one place as one marker with a count, newest first', () => {
    const events = [1, 2, 3, 0, 1].map((i, n) => refused(20 + (n > 2 ? 1 : 0), `p${i}`, 'flight'));
    const groups = groupEvents(place(events));
    expect(groups).toHaveLength(1);
    expect(groups[0].count).toBe(5);
    expect(groups[0].day).toBe(21);
    expect(groups[0].subjects).toEqual(['p1', 'p0', 'p3', 'p2']);
    expect(groups[0].keys).toHaveLength(5);
    expect(groups[0].keys[0]).toBe('21:refused:p1');
  });

  it('names on the board those on a published list now, newest listing first', () => {
    const feed = [listed(0, 'p0'), listed(3, 'p1'), listed(4, 'p2', 'secret'), listed(6, 'b0')];
    const now = new Set(['p0', 'b0', 'p2']);
    expect(namedOnBoard(feed, town.publishedLists, (id) => now.has(id))).toEqual(['b0', 'p0']);
  });
});

/**
 * System 2, observe: surveillance turns true acts into RECORDS — or fails to. Each source sees acts in
 * the places it watches with its coverage (× district camera coverage if it uses it). An act is filed
 * once, by the first source (in declaration order) that catches it. A record may be misattributed to
 * another person with the same full name, and sources file false reports of acts that never happened.
 * Records keep their basis ('true' | 'misattributed' | 'false') and the real actor, so errors show.
 */
import { NOTE_OBSERVED } from '../core/dossier';
import { BASIS_FALSE, BASIS_MISATTRIBUTED, BASIS_TRUE } from '../core/records';
import { WATCH_MISFILE, watchSource } from '../core/rng';
import { agentId, type SimState } from '../core/state';

/** Who a record of `actor`'s act is filed under: themselves, or (misattribution) a same-name person. */
function subjectOf(s: SimState, actor: number, misattribution: number): number {
  if (misattribution <= 0 || actor >= s.people) return actor;
  const u = s.watch.draws[WATCH_MISFILE][actor];
  if (u >= misattribution) return actor;
  const names = s.town.sameName;
  const group = names.groupOf[actor];
  const first = names.offsets[group];
  const size = names.offsets[group + 1] - first;
  if (size < 2) return actor;
  // Rescale the draw (uniform given u < misattribution) to pick one of the others in the group.
  let pick = Math.floor((u / misattribution) * (size - 1));
  let self = 0;
  while (names.indices[first + self] !== actor) self++;
  if (pick >= self) pick++;
  return names.indices[first + pick];
}

/** File a record and note it in the subject's dossier. */
function fileRecord(
  s: SimState,
  subject: number,
  b: number,
  source: number,
  basis: number,
  actor: number,
): number {
  const r = s.records.add(s.day, subject, b, source, basis, actor);
  const c = s.counters;
  c.records++;
  c.recordsOf[b]++;
  if (basis === BASIS_MISATTRIBUTED) c.misattributedRecords++;
  else if (basis === BASIS_FALSE) c.falseRecords++;
  if (!s.changed[subject]) {
    s.changed[subject] = 1;
    s.changedList.push(subject);
  }
  if (s.dossiers.recorded[subject]) s.dossiers.noteCompact(subject, NOTE_OBSERVED, s.day, r, 0, 0);
  return r;
}

/** Watch today's acts, then file today's false reports. */
export function observe(s: SimState): void {
  const sources = s.compiled.sources;
  const watchersOf = s.compiled.watchersOf;
  const beh = s.compiled.behaviours;
  const draws = s.watch.draws;
  s.records.dayStart = s.records.length;
  const cameras = cameraTally(s);
  for (let k = 0; k < s.actCount; k++) {
    const actor = s.actAgent[k];
    const b = s.actBehaviour[k];
    const watchers = watchersOf[beh.place[b]];
    if (watchers.length === 0) continue;
    const district =
      actor < s.people
        ? s.town.people.district[actor]
        : s.town.businesses.district[actor - s.people];
    for (let w = 0; w < watchers.length; w++) {
      const src = watchers[w];
      const source = sources[src];
      const coverage = source.useDistrictCoverage
        ? source.coverage * s.districtCoverage[district]
        : source.coverage;
      if (draws[watchSource(src)][actor] >= coverage) continue;
      const subject = subjectOf(s, actor, source.misattribution);
      fileRecord(s, subject, b, src, subject === actor ? BASIS_TRUE : BASIS_MISATTRIBUTED, actor);
      if (cameras !== null && source.useDistrictCoverage) cameras.note(district, src, subject);
      break;
    }
  }
  cameras?.announce();
  for (let src = 0; src < sources.length; src++) {
    const source = sources[src];
    const b = source.falseReportOf;
    if (source.falseReports <= 0 || b < 0) continue;
    const threshold = 1 - source.falseReports;
    const first = beh.business[b] ? s.people : 0;
    const last = beh.business[b] ? s.agents : s.people;
    const seen = draws[watchSource(src)];
    const age = s.town.people.age;
    const minAge = beh.minAge[b];
    const maxAge = beh.maxAge[b];
    for (let a = first; a < last; a++) {
      // The top of the draw whose bottom decides whether the source sees a real act: the two never
      // overlap while coverage + falseReports ≤ 1.
      if (seen[a] < threshold) continue;
      if (a < s.people && (age[a] < minAge || age[a] > maxAge)) continue;
      fileRecord(s, a, b, src, BASIS_FALSE, -1);
    }
  }
}

/**
 * Today's recordings by cameras (sources that use district coverage) in the districts whose
 * cameras the map draws (town.districts[].cameras): one feed event per district and source, with
 * the count and the first person filed. Null when no district draws cameras. Feed only: nothing
 * the simulation reads.
 */
function cameraTally(
  s: SimState,
): { note(district: number, source: number, subject: number): void; announce(): void } | null {
  const districts = s.scenario.town.districts;
  if (!districts.some((d) => (d.cameras ?? 0) > 0)) return null;
  const sources = s.scenario.surveillance.sources;
  const count = new Int32Array(districts.length * sources.length);
  const first = new Int32Array(districts.length * sources.length).fill(-1);
  return {
    note(district, source, subject) {
      if ((districts[district].cameras ?? 0) === 0) return;
      const k = district * sources.length + source;
      if (count[k]++ === 0) first[k] = subject;
    },
    announce() {
      for (let k = 0; k < count.length; k++) {
        if (count[k] === 0) continue;
        const district = districts[Math.floor(k / sources.length)];
        const source = sources[k % sources.length];
        s.feed.push({
          day: s.day,
          kind: 'recorded',
          subject: agentId(s, first[k]),
          district: district.id,
          source: source.id,
          count: count[k],
        });
      }
    },
  };
}

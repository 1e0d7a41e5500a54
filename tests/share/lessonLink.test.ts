import { readdirSync, readFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  LINK_LIMITS,
  lessonHash,
  lessonUrl,
  readLessonHash,
  type Lesson,
} from '../../src/share/lessonLink';
import { OPEN_SETTINGS } from '../../src/share/teacherSettings';

const SCENARIOS = new URL('../../scenarios/', import.meta.url);
const shipped = readdirSync(SCENARIOS)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

const lesson = (overrides: Partial<Lesson> = {}): Lesson => ({
  fileName: 'welcome.yaml',
  text: readFileSync(new URL('welcome.yaml', SCENARIOS), 'utf8'),
  seed: 42,
  day: 30,
  role: 'observer',
  settings: OPEN_SETTINGS,
  ...overrides,
});

describe('lesson links', () => {
  it.each(shipped)('%s round-trips exactly, settings included', (fileName) => {
    const text = readFileSync(new URL(fileName, SCENARIOS), 'utf8');
    const original = lesson({
      fileName,
      text: `${text}\n# edited in class: comments and formatting survive\n`,
      seed: 2_147_483_647,
      day: 200,
      role: 'citizen',
      settings: {
        panels: { editor: 'hidden', compare: 'locked', scenarios: 'locked' },
        fixSeed: true,
        fixRole: true,
        storyStep: 2,
        projector: true,
        questionsOff: ['grade_a_share', 'listed_end'],
      },
    });
    const hash = lessonHash(original);
    expect(hash).toMatch(/^#v1=[A-Za-z0-9+\-$]+$/);
    // Headroom: a shipped scenario, both languages included (about 20,000 characters for the
    // largest), stays under a fifth of what a link may carry, so a teacher's edits have room.
    expect(hash.length).toBeLessThan(LINK_LIMITS.linkChars / 5);
    expect(readLessonHash(hash)).toEqual({ kind: 'lesson', lesson: original });
  });

  it('fills in open settings and the observer role when a link leaves them out', () => {
    const data = compressToEncodedURIComponent('{"file":"a.yaml","seed":1,"day":0}\nid: a');
    expect(readLessonHash(`#v1=${data}`)).toEqual({
      kind: 'lesson',
      lesson: {
        fileName: 'a.yaml',
        text: 'id: a',
        seed: 1,
        day: 0,
        role: 'observer',
        settings: OPEN_SETTINGS,
      },
    });
  });

  it('replaces the hash of the page address it is given', () => {
    const url = lessonUrl('http://school.example/ledgertown/index.html#v1=old', lesson());
    expect(url.startsWith('http://school.example/ledgertown/index.html#v1=')).toBe(true);
    expect(url).not.toContain('old');
  });

  it('ignores hashes that are not lessons', () => {
    expect(readLessonHash('')).toEqual({ kind: 'none' });
    expect(readLessonHash('#main')).toEqual({ kind: 'none' });
  });

  it('reads a link whose $ and + were percent-encoded by a mail program', () => {
    const hash = lessonHash(lesson());
    const encoded = hash.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(readLessonHash(encoded)).toEqual(readLessonHash(hash));
  });

  it('refuses an over-long link before decompressing it', () => {
    const hash = `#v1=${'A'.repeat(LINK_LIMITS.linkChars)}`;
    expect(readLessonHash(hash)).toEqual({
      kind: 'broken',
      problem: { kind: 'tooLong', length: hash.length, max: LINK_LIMITS.linkChars },
    });
  });

  it('refuses a link from a later version with its version number', () => {
    expect(readLessonHash('#v2=abc')).toEqual({
      kind: 'broken',
      problem: { kind: 'unknownVersion', version: '2' },
    });
  });

  it('calls a cut-off link truncated', () => {
    const hash = lessonHash(lesson());
    expect(readLessonHash(hash.slice(0, hash.length / 2))).toEqual({
      kind: 'broken',
      problem: { kind: 'truncated' },
    });
  });

  it('names a stray character and where it is', () => {
    const hash = lessonHash(lesson());
    const mangled = `${hash.slice(0, 20)}!${hash.slice(21)}`;
    expect(readLessonHash(mangled)).toEqual({
      kind: 'broken',
      problem: { kind: 'badCharacter', at: 16, char: '!' },
    });
    expect(readLessonHash('#v1=ab%E0%A4%A')).toMatchObject({
      kind: 'broken',
      problem: { kind: 'badCharacter', char: '%' },
    });
  });

  it('refuses text that decompresses past the size a scenario may have', () => {
    const huge = `{"file":"a.yaml","seed":1,"day":0}\n${'#'.repeat(LINK_LIMITS.payloadChars)}`;
    const hash = `#v1=${compressToEncodedURIComponent(huge)}`;
    expect(hash.length).toBeLessThan(LINK_LIMITS.linkChars);
    expect(readLessonHash(hash)).toEqual({
      kind: 'broken',
      problem: { kind: 'tooLarge', max: LINK_LIMITS.payloadChars },
    });
  });

  it.each([
    ['no header line', 'id: a', 'the first line is not a lesson header'],
    ['a header that is not JSON', '{file: a}\nid: a', 'the first line is not JSON'],
    ['a negative seed', '{"file":"a.yaml","seed":-1,"day":0}\nid: a', 'seed: '],
    ['a path as file name', '{"file":"../x","seed":1,"day":0}\nid: a', 'file: '],
    ['an unknown role', '{"file":"a.yaml","seed":1,"day":0,"role":"judge"}\n', 'role: '],
    [
      'an unknown panel',
      '{"file":"a.yaml","seed":1,"day":0,"settings":{"panels":{"map":"hidden"}}}\n',
      'settings.panels',
    ],
    ['a day past the limit', '{"file":"a.yaml","seed":1,"day":99999}\n', 'day: '],
  ])('refuses %s with what is wrong', (_, payload, detail) => {
    const read = readLessonHash(`#v1=${compressToEncodedURIComponent(payload)}`);
    expect(read.kind).toBe('broken');
    if (read.kind !== 'broken' || read.problem.kind !== 'badHeader') throw new Error('badHeader');
    expect(read.problem.detail).toContain(detail);
  });
});

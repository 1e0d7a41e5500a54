/**
 * The story on the map: counterfeit street's shops with their grades and list marks, a refused
 * ticket drawn at the airport or station on its day, the town hall's board naming the publicly
 * listed, a scenario's own districts, places and cameras, markers that open dossiers and light up
 * their feed items, following a person, reduced motion and the projector palette. Everything is
 * read through window.ledgertown.debug.map(); screenshots at 1280×800 go to test-results/map-*.
 */
import type { Page } from '@playwright/test';
import { expect, loadTown, noErrors, shot, test } from './support/game';

const VIEWPORT = { width: 1280, height: 800 };

type MapView = NonNullable<ReturnType<Window['ledgertown']['debug']['map']>>;

const mapView = async (page: Page): Promise<MapView> => {
  const view = await page.evaluate(() => window.ledgertown.debug.map());
  expect(view, 'the map is not drawn').not.toBeNull();
  return view as MapView;
};

/** Jumps to the day before `day`, then steps into it (its events arrive as that day's). */
async function stepInto(page: Page, day: number): Promise<void> {
  await page.evaluate(async (d) => {
    await window.ledgertown.jumpTo(d - 1);
    await window.ledgertown.step(1);
    await window.ledgertown.whenIdle();
  }, day);
  await page.waitForFunction((d) => window.ledgertown.state().day === d, day);
  // Let the map draw a frame of the new day.
  await page.waitForTimeout(300);
}

const setProjector = (page: Page, on: boolean) =>
  page.evaluate((projector) => {
    const teacher = window.ledgertown.stores.teacher;
    teacher.setState({ settings: { ...teacher.getState().settings, projector } });
  }, on);

test('map: counterfeit street draws its shops and workshops, graded, with list marks where the business is', async ({
  openGame,
}) => {
  const { page, errors } = await openGame('', { viewport: VIEWPORT });
  await loadTown(page, 'counterfeit-street.yaml', { day: 90 });
  await page.waitForTimeout(300);
  const view = await mapView(page);
  const town = await page.evaluate(() => {
    const s = window.ledgertown.stores.town.getState();
    return {
      places: s.layout?.places ?? [],
      listed: [...(s.snapshot?.businessListed ?? [])],
      grades: [...(s.snapshot?.businessGrade ?? [])],
    };
  });
  expect(view.businesses).toHaveLength(300);
  expect(view.businesses.some((b) => b.building === 'shop')).toBe(true);
  expect(view.businesses.some((b) => b.building === 'workshop')).toBe(true);
  // The rules rate the shops: each is coloured by its grade.
  expect(view.businesses.every((b, k) => b.grade === town.grades[k])).toBe(true);
  // The street is a market street: its public places are the scenario's.
  expect(view.places.map((p) => p.kind)).toContain('market');
  expect(view.places.map((p) => p.kind)).toContain('factory');
  const listed = view.businesses.filter((b) => b.listed);
  expect(listed.length, 'no business listed by day 90').toBeGreaterThan(0);
  for (const shop of view.businesses) {
    const k = Number(shop.id.slice(1));
    // Marked exactly when the business is on a list, at the business's own cell.
    expect(shop.listed, shop.id).toBe(town.listed[k] !== 0);
    const place = town.places.find((p) => p.ref === shop.id);
    expect(shop.cell, shop.id).toEqual({ x: place?.x, y: place?.y });
  }
  // The counterfeit list is published: a listed shop is also named (its flag).
  expect(listed.every((b) => b.named)).toBe(true);
  await shot(page, 'map-counterfeit-street');
  // Close to one listed shop: its diamond and flag.
  const shop = listed[0];
  await page.mouse.move(shop.x, shop.y);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await page.waitForTimeout(300);
  await shot(page, 'map-counterfeit-street-listed-shop');
  noErrors(errors);
});

test('map: in defaulters a refused ticket shows at the airport or station on its day, and the town hall board names the publicly listed', async ({
  openGame,
}) => {
  const { page, errors } = await openGame('', { viewport: VIEWPORT });
  await loadTown(page, 'defaulters.yaml');
  await page.evaluate(() => window.ledgertown.jumpTo(200));
  const refusal = await page.evaluate(
    () =>
      window.ledgertown.stores.town
        .getState()
        .feed.find(
          (e) => e.kind === 'refused' && (e.service === 'flight' || e.service === 'train'),
        ) ?? null,
  );
  expect(refusal, 'no refused ticket in 200 days').not.toBeNull();
  if (refusal === null || refusal.kind !== 'refused') return;
  await stepInto(page, refusal.day);
  const view = await mapView(page);
  const ticket = view.markers.find(
    (m) => (m.type === 'flight' || m.type === 'train') && m.subjects.includes(refusal.subject),
  );
  expect(ticket, JSON.stringify(view.markers)).toBeDefined();
  expect(ticket?.day).toBe(refusal.day);
  expect(ticket?.place).toBe(refusal.service === 'flight' ? 'airport' : 'station');
  // The marker stands over its counter.
  const counter = view.places.find((p) => p.kind === ticket?.place);
  expect(Math.abs((ticket?.x ?? 0) - (counter?.x ?? 1e9))).toBeLessThan(60);
  expect(Math.abs((ticket?.y ?? 0) - (counter?.y ?? 1e9))).toBeLessThan(60);
  // The live region says it too.
  await expect(page.locator('#map-events-live')).toContainText(ticket?.label ?? '?');

  // The board: everyone on the published list now, by name, the newest first.
  const expected = await page.evaluate(() => {
    const { town, session } = window.ledgertown.stores;
    const { snapshot, peopleNames } = town.getState();
    const lists = session.getState().scenario?.ruleset.lists ?? [];
    let mask = 0;
    lists.forEach((l, bit) => {
      if (l.published) mask |= 1 << bit;
    });
    const named: string[] = [];
    snapshot?.listed.forEach((bits, i) => {
      if ((bits & mask) !== 0) named.push(peopleNames[i]);
    });
    return named;
  });
  expect(view.board, 'no board at the town hall').not.toBeNull();
  expect(view.board?.count).toBe(expected.length);
  const boardNames = (view.board?.names ?? []).filter((line) => !/more$/.test(line));
  expect(boardNames.length).toBeGreaterThan(0);
  for (const name of boardNames) expect(expected).toContain(name);
  const hall = view.places.find((p) => p.kind === 'town_hall');
  expect(Math.abs((view.board?.x ?? 0) - (hall?.x ?? 1e9))).toBeLessThan(60);
  await shot(page, 'map-defaulters-refusal');
  await setProjector(page, true);
  await page.waitForTimeout(400);
  await shot(page, 'map-defaulters-refusal-projector');
  noErrors(errors);
});

test('map: a scenario with its own districts, places and cameras draws them', async ({
  openGame,
}) => {
  const { page, errors } = await openGame('', { viewport: VIEWPORT });
  const yaml = [
    'id: harbour_town',
    'title: Harbour town',
    'town:',
    '  population: 600',
    '  districts:',
    '    - { id: harbour, name: Harbour, share: 50, coverage: 0.9, cameras: 6 }',
    '    - { id: mill_row, name: Mill Row, share: 30, coverage: 0.2 }',
    '    - { id: uplands, name: Uplands, share: 20, coverage: 0.1 }',
    '  places:',
    '    - { kind: market, district: harbour }',
    '    - { kind: factory, district: mill_row }',
    '    - { kind: station, district: uplands }',
    '    - { kind: town_hall, district: harbour }',
    '    - { kind: court, district: mill_row }',
    'behaviours:',
    '  - { id: littering, label: Littering, kind: harmful, place: street, rate: 0.01 }',
    'surveillance:',
    '  sources:',
    '    - { id: cams, label: Street cameras, sees: [street], coverage: 0.8, useDistrictCoverage: true }',
    'ruleset:',
    '  rules:',
    '    - { id: litter, on: littering, points: -5, area: societal, reason: Littering }',
  ].join('\n');
  const ok = await page.evaluate(
    (text) => window.ledgertown.loadScenarioText(text, 'harbour.yaml'),
    yaml,
  );
  expect(ok).toBe(true);
  await page.waitForFunction(() => window.ledgertown.stats().figuresDrawn > 0);
  await stepInto(page, 3);
  const view = await mapView(page);
  expect(view.districts.map((d) => d.name)).toEqual(['Harbour', 'Mill Row', 'Uplands']);
  expect(view.places.map((p) => p.kind)).toEqual([
    'market',
    'factory',
    'station',
    'town_hall',
    'court',
  ]);
  expect(view.cameras).toHaveLength(6);
  expect(view.cameras.every((c) => c.district === 'harbour')).toBe(true);
  // The harbour's cameras record littering: a camera marker in the harbour.
  await page.waitForFunction(() =>
    window.ledgertown.debug.map()?.markers.some((m) => m.type === 'recorded'),
  );
  await shot(page, 'map-own-districts');
  await setProjector(page, true);
  await page.waitForTimeout(400);
  await shot(page, 'map-own-districts-projector');
  noErrors(errors);
});

test('map: a marker opens its dossier and lights its feed items; the feed rings its marker; follow keeps the person in view', async ({
  openGame,
}) => {
  const { page, errors } = await openGame('', { viewport: VIEWPORT });
  await loadTown(page, 'everything-recorded.yaml', { day: 40 });
  await stepInto(page, 41);
  const view = await mapView(page);
  // One clear of the legend (bottom left) and the map's buttons (top right).
  const marker = view.markers.find((m) => m.x > 320 && m.x < 720 && m.y > 130) ?? view.markers[0];
  expect(marker, 'no marker on day 41').toBeDefined();
  await page.mouse.click(marker.x, marker.y);
  await page.waitForFunction(
    (subject) => window.ledgertown.state().selected === subject,
    marker.subjects[0],
  );
  const highlight = await page.evaluate(
    () => window.ledgertown.stores.selection.getState().highlight,
  );
  expect(highlight).toEqual(marker.keys);
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(page.locator('.feed-highlighted').first()).toBeVisible();
  // Pointing at a feed item rings its marker: the selection's highlight is that item's key.
  await page.locator('.feed-highlighted').first().hover();
  const pointed = await page.evaluate(
    () => window.ledgertown.stores.selection.getState().highlight,
  );
  expect(marker.keys).toContain(pointed[0]);
  await shot(page, 'map-marker-feed');

  // Follow: the view's centre stays on the selected person as the day runs.
  await page.getByRole('button', { name: 'Follow' }).click();
  await expect(page.getByRole('button', { name: 'Follow' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.evaluate(() => window.ledgertown.select('p5'));
  await page.waitForTimeout(1500);
  const followed = await page.evaluate(() => {
    const v = window.ledgertown.debug.map();
    const p = window.ledgertown.debug.figurePosition(5);
    const box = document.querySelector('.map-canvas canvas')?.getBoundingClientRect();
    return { v, p, box: box && { x: box.x + box.width / 2, y: box.y + box.height / 2 } };
  });
  expect(followed.v?.view.follow).toBe(true);
  expect(followed.p).not.toBeNull();
  expect(Math.abs((followed.p?.x ?? 0) - (followed.box?.x ?? 1e9))).toBeLessThan(40);
  expect(Math.abs((followed.p?.y ?? 0) - (followed.box?.y ?? 1e9))).toBeLessThan(40);
  await shot(page, 'map-follow-family');
  noErrors(errors);
});

test('map: with reduced motion events still show, without movement', async ({ openGame }) => {
  const { page, errors } = await openGame('', { viewport: VIEWPORT, reducedMotion: 'reduce' });
  await loadTown(page, 'everything-recorded.yaml', { day: 40 });
  await stepInto(page, 41);
  const first = await mapView(page);
  expect(first.markers.length).toBeGreaterThan(0);
  // Still: the same markers at the same places a moment later, within the day.
  await page.waitForTimeout(600);
  const later = await mapView(page);
  expect(later.markers.map((m) => [m.type, Math.round(m.x), Math.round(m.y)])).toEqual(
    first.markers.map((m) => [m.type, Math.round(m.x), Math.round(m.y)]),
  );
  noErrors(errors);
});

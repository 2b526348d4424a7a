// The dashboard: polls the run API about once a second (one request at a time, backing off on
// errors) and shows the selected run's world charts, map, disputes and countries.
import './style.css';
import { HttpError, getJson, poll } from './api.js';
import { createWorldCharts } from './charts.js';
import { drawDisputes } from './disputes.js';
import { el, fmt, when } from './dom.js';
import { drawMap, latencyColor } from './map.js';
import { createCountriesTable } from './table.js';

const $ = (id) => document.getElementById(id);

const ui = {
  runs: $('runs'),
  runsEmpty: $('runs-empty'),
  title: $('run-title'),
  meta: $('run-meta'),
  round: $('round'),
  roundLabel: $('round-label'),
  follow: $('follow'),
  map: $('map'),
  mapCaption: $('map-caption'),
  latencyRange: $('latency-range'),
  disputes: $('disputes'),
  countriesCaption: $('countries-caption'),
  connection: $('connection'),
};

const charts = createWorldCharts();
const table = createCountriesTable($('countries'));
document.querySelector('.legend .ramp').style.background =
  `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map(latencyColor).join(', ')})`;

const state = {
  runs: [],
  selectedId: null,
  chosenByUser: false,
  selectedRound: null, // null: follow the latest recorded round
  run: null, // what is loaded for the selected run
};

const api = (id, path = '') => `/api/runs/${encodeURIComponent(id)}${path}`;

function emptyRun(id) {
  return {
    id,
    places: null,
    names: new Map(),
    world: [],
    worldKey: null,
    disputes: null,
    detailRound: null,
    countries: [],
    pairs: [],
    gone: false, // the server no longer holds the run's reports (410): nothing more to load
    dirty: true,
  };
}

/** Runs `load`; a 410 (the run's reports are no longer held) marks the run gone instead of failing the tick. */
async function unlessGone(loaded, load) {
  if (loaded.gone) return;
  try {
    await load();
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 410)) throw error;
    loaded.gone = true;
    loaded.dirty = true;
  }
}

function newest(runs) {
  return runs.reduce((best, r) => (!best || (r.created_at ?? '') >= (best.created_at ?? '') ? r : best), null);
}

function progressText(run) {
  if (run.round < 0) return `baseline pending · 0 / ${run.rounds} rounds`;
  return `${run.round} / ${run.rounds} rounds`;
}

function renderRuns() {
  ui.runsEmpty.hidden = state.runs.length > 0;
  const items = [...state.runs].reverse().map((run) => {
    const fraction = run.rounds > 0 ? Math.max(0, run.round) / run.rounds : 0;
    return el('li', {
      'data-run-id': run.id,
      'data-status': run.status,
      class: run.id === state.selectedId ? 'selected' : null,
      'aria-current': run.id === state.selectedId ? 'true' : null,
    },
    el('button', { type: 'button', onclick: () => select(run.id) },
      el('span', { class: 'run-name', text: run.name ?? run.id }),
      el('span', { class: `badge ${run.status.toLowerCase()}`, text: run.status }),
      el('span', { class: 'progress-text', 'data-testid': 'run-progress', text: progressText(run) }),
      el('span', { class: 'bar' }, el('span', { style: `width:${(100 * fraction).toFixed(1)}%` })),
      el('span', { class: 'run-id muted', text: `${run.id.slice(0, 12)} · ${when(run.created_at)}` }),
      run.error ? el('span', { class: 'run-error', text: run.error }) : null));
  });
  ui.runs.replaceChildren(...items);
}

function select(id) {
  if (id === state.selectedId) return;
  state.selectedId = id;
  state.chosenByUser = true;
  state.selectedRound = null;
  ui.follow.checked = true;
  renderRuns();
  poller.poke();
}

ui.round.addEventListener('input', () => {
  const round = Number(ui.round.value);
  const latest = Number(ui.round.max);
  state.selectedRound = round >= latest && ui.follow.checked ? null : round;
  if (round < latest) ui.follow.checked = false;
  ui.roundLabel.textContent = String(round);
  poller.poke();
});

ui.follow.addEventListener('change', () => {
  if (ui.follow.checked) state.selectedRound = null;
  else state.selectedRound = Number(ui.round.value);
  poller.poke();
});

async function allPairs(id, round) {
  const pairs = [];
  for (let page = 1; ; page += 1) {
    const answer = await getJson(api(id, `/pairs?round=${round}&sector=digital&pageSize=1000&page=${page}`));
    pairs.push(...answer.pairs);
    if (answer.pairs.length === 0 || pairs.length >= answer.total) return pairs;
  }
}

async function tick() {
  state.runs = await getJson('/api/runs');
  if (!state.chosenByUser || !state.runs.some((r) => r.id === state.selectedId)) {
    state.selectedId = newest(state.runs)?.id ?? null;
    if (!state.runs.some((r) => r.id === state.selectedId)) state.chosenByUser = false;
  }
  renderRuns();

  const run = state.runs.find((r) => r.id === state.selectedId);
  if (!run) {
    state.run = null;
    showNothing();
    return;
  }
  if (state.run?.id !== run.id) state.run = emptyRun(run.id);
  const loaded = state.run;

  if (!loaded.places) {
    loaded.places = (await getJson(api(run.id, '/geography'))).countries;
    loaded.names = new Map(loaded.places.map((p) => [p.iso3, p.name]));
    loaded.dirty = true;
  }

  const key = `${run.round}|${run.status}`;
  if (loaded.worldKey !== key) {
    await unlessGone(loaded, async () => {
      loaded.world = await getJson(api(run.id, '/world'));
      loaded.disputes = await getJson(api(run.id, '/disputes'));
    });
    loaded.worldKey = key;
    loaded.dirty = true;
  }

  const latest = loaded.world.length ? loaded.world[loaded.world.length - 1].round : null;
  const round = latest === null ? null : Math.min(state.selectedRound ?? latest, latest);
  if (round !== null && loaded.detailRound !== round) {
    await unlessGone(loaded, async () => {
      loaded.countries = (await getJson(api(run.id, `/countries?round=${round}`))).countries;
      loaded.pairs = await allPairs(run.id, round);
    });
    loaded.detailRound = round;
    loaded.dirty = true;
  }
  if (state.run !== loaded) return; // the selection changed while loading; the next tick draws

  render(run, loaded, latest, round);
}

function showNothing() {
  ui.title.textContent = 'No run selected';
  ui.meta.textContent = '';
  ui.round.disabled = true;
  ui.roundLabel.textContent = '–';
}

function render(run, loaded, latest, round) {
  ui.title.textContent = run.name ?? run.id;
  ui.meta.replaceChildren(
    `${run.status} · ${progressText(run)} · started ${when(run.started_at) || '–'}${run.finished_at ? ` · finished ${when(run.finished_at)}` : ''} · `,
    loaded.gone ? 'its reports are no longer held by the server · ' : '',
    el('a', { href: api(run.id, '/csv/world'), text: 'world.csv' }), ' · ',
    el('a', { href: api(run.id, '/csv/countries'), text: 'countries.csv' }));
  ui.round.disabled = latest === null;
  ui.round.min = '0';
  ui.round.max = String(latest ?? 0);
  ui.round.value = String(round ?? 0);
  ui.roundLabel.textContent = round === null ? '–' : String(round);

  charts.update(loaded.world, round);
  if (!loaded.dirty) return;
  loaded.dirty = false;

  const map = drawMap(ui.map, loaded.places, loaded.pairs, loaded.countries);
  ui.mapCaption.textContent = round === null ? '' : `round ${round}: the ${map.shown} largest of ${map.total} digital links`;
  ui.latencyRange.textContent = map.shown ? `${fmt(map.latLo, 0)}–${fmt(map.latHi, 0)} ms` : '';
  drawDisputes(ui.disputes, loaded.disputes, run);
  table.update(loaded.countries, loaded.names);
  ui.countriesCaption.textContent = round === null ? '' : `round ${round}`;
}

const poller = poll(tick, {
  intervalMs: 1000,
  maxBackoffMs: 30000,
  onState({ ok, error, retryMs }) {
    ui.connection.classList.toggle('error', !ok);
    ui.connection.textContent = ok
      ? `live · ${new Date().toLocaleTimeString('en-GB')}`
      : `${error.message} · retrying in ${Math.round(retryMs / 1000)} s`;
  },
});

// The capitals on an equirectangular projection (plain SVG, no tiles), with the strongest digital
// links between them: width by flow (both directions together), colour by latency.
import { fmt, svg } from './dom.js';

const WIDTH = 900;
const HEIGHT = 480;
const PAD = 36;
const MAX_LINKS = 90;

function projection(places) {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  let [lonMin, lonMax] = [Math.min(...lons), Math.max(...lons)];
  let [latMin, latMax] = [Math.min(...lats), Math.max(...lats)];
  // a margin of a few degrees and at least a small span, so one country still draws
  lonMin -= 4; lonMax += 4; latMin -= 3; latMax += 3;
  const scale = Math.min((WIDTH - 2 * PAD) / (lonMax - lonMin), (HEIGHT - 2 * PAD) / (latMax - latMin));
  const x0 = (WIDTH - scale * (lonMax - lonMin)) / 2;
  const y0 = (HEIGHT - scale * (latMax - latMin)) / 2;
  return {
    x: (lon) => x0 + (lon - lonMin) * scale,
    y: (lat) => y0 + (latMax - lat) * scale,
    bounds: { lonMin, lonMax, latMin, latMax },
  };
}

/** Green (fast) to red (slow), t in [0, 1]. */
export function latencyColor(t) {
  const hue = 130 - 130 * Math.max(0, Math.min(1, t));
  return `hsl(${hue.toFixed(0)}, 70%, 40%)`;
}

/** Both directions of each pair as one link, strongest first. */
function links(pairs) {
  const byPair = new Map();
  for (const p of pairs) {
    const [a, b] = p.exporter < p.importer ? [p.exporter, p.importer] : [p.importer, p.exporter];
    const key = `${a}-${b}`;
    const link = byPair.get(key) ?? { a, b, flow: 0, latency: 0, n: 0 };
    link.flow += p.flow_usd_bn;
    link.latency += p.latency_ms;
    link.n += 1;
    byPair.set(key, link);
  }
  return [...byPair.values()]
    .map((l) => ({ ...l, latency: l.latency / l.n }))
    .sort((l, m) => m.flow - l.flow);
}

/** Draws the map into the #map svg. */
export function drawMap(root, places, pairs, countries) {
  root.replaceChildren();
  if (!places.length) {
    root.append(svg('text', { x: WIDTH / 2, y: HEIGHT / 2, 'text-anchor': 'middle', class: 'map-empty', text: 'No geography for this run.' }));
    return { shown: 0, total: 0 };
  }
  const proj = projection(places);
  const at = new Map(places.map((p) => [p.iso3, { x: proj.x(p.lon), y: proj.y(p.lat), place: p }]));

  const grid = svg('g', { class: 'graticule' });
  const { lonMin, lonMax, latMin, latMax } = proj.bounds;
  for (let lon = Math.ceil(lonMin / 10) * 10; lon <= lonMax; lon += 10) {
    grid.append(svg('line', { x1: proj.x(lon), x2: proj.x(lon), y1: proj.y(latMin), y2: proj.y(latMax) }));
    grid.append(svg('text', { x: proj.x(lon) + 2, y: proj.y(latMin) - 3, text: `${lon}°` }));
  }
  for (let lat = Math.ceil(latMin / 10) * 10; lat <= latMax; lat += 10) {
    grid.append(svg('line', { x1: proj.x(lonMin), x2: proj.x(lonMax), y1: proj.y(lat), y2: proj.y(lat) }));
    grid.append(svg('text', { x: proj.x(lonMin) + 2, y: proj.y(lat) - 3, text: `${lat}°` }));
  }
  root.append(grid);

  const all = links(pairs).filter((l) => at.has(l.a) && at.has(l.b) && l.flow > 0);
  const shown = all.slice(0, MAX_LINKS);
  const lat = shown.map((l) => l.latency);
  const [latLo, latHi] = lat.length ? [Math.min(...lat), Math.max(...lat)] : [0, 1];
  const maxFlow = shown.length ? shown[0].flow : 1;
  const linkLayer = svg('g', { class: 'links' });
  // weakest first so the strongest lie on top
  for (const l of [...shown].reverse()) {
    const a = at.get(l.a);
    const b = at.get(l.b);
    const t = latHi > latLo ? (l.latency - latLo) / (latHi - latLo) : 0;
    linkLayer.append(
      svg('line', {
        x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        stroke: latencyColor(t),
        'stroke-width': (0.6 + 6 * Math.sqrt(l.flow / maxFlow)).toFixed(2),
        'stroke-opacity': (0.35 + 0.55 * Math.sqrt(l.flow / maxFlow)).toFixed(2),
        'data-pair': `${l.a}-${l.b}`,
      },
      svg('title', { text: `${l.a}–${l.b}: digital flow ${fmt(l.flow, 2)} bn USD, latency ${fmt(l.latency, 0)} ms` })),
    );
  }
  root.append(linkLayer);

  const byIso = new Map((countries ?? []).map((c) => [c.iso3, c]));
  const outputs = (countries ?? []).map((c) => c.output_usd_bn).filter(Number.isFinite);
  const maxOutput = outputs.length ? Math.max(...outputs) : 1;
  const dots = svg('g', { class: 'capitals' });
  for (const { x, y, place } of at.values()) {
    const c = byIso.get(place.iso3);
    const r = c ? 3 + 11 * Math.sqrt(Math.max(0, c.output_usd_bn) / maxOutput) : 4;
    const shade = c ? 85 - 55 * Math.max(0, Math.min(1, c.readiness)) : 70;
    dots.append(
      svg('g', { class: 'capital', 'data-iso3': place.iso3 },
        svg('circle', { cx: x, cy: y, r: r.toFixed(1), fill: `hsl(212, 65%, ${shade.toFixed(0)}%)` }),
        svg('text', { x: x + r + 2, y: y + 4, text: place.iso3 }),
        svg('title', {
          text: c
            ? `${place.name} (${place.iso3}): output ${fmt(c.output_usd_bn, 1)} bn USD, readiness ${fmt(c.readiness, 3)}`
            : `${place.name} (${place.iso3})`,
        })),
    );
  }
  root.append(dots);
  return { shown: shown.length, total: all.length, latLo, latHi };
}

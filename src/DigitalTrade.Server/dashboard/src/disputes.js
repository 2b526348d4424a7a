// The dispute timeline: one row per dispute, a bar from filing to closing (or to the latest round)
// with a mark at each stage the dispute entered.
import { el, fmt, svg } from './dom.js';

const W = 600;
const H = 26;

const stageColors = ['#2f6db3', '#e08a1e', '#7b4fb8', '#2a9d62', '#c0508e', '#c2412d', '#6b7b8c', '#a0782a'];
const stageIndex = new Map();

function stageColor(stage) {
  if (!stageIndex.has(stage)) stageIndex.set(stage, stageIndex.size);
  return stageColors[stageIndex.get(stage) % stageColors.length];
}

/** Draws the timeline into the #disputes element. */
export function drawDisputes(root, data, run) {
  const disputes = data?.disputes ?? [];
  root.replaceChildren();
  if (!disputes.length) {
    root.append(el('p', { class: 'muted', 'data-empty': 'true', text: data?.round == null ? 'No round recorded yet.' : 'No disputes filed so far.' }));
    return;
  }
  const lastRound = Math.max(1, run?.rounds ?? 1, data.round ?? 0);
  const x = (round) => 4 + (W - 8) * (round / lastRound);
  const stagesById = new Map();
  for (const s of data.stages ?? []) {
    if (!stagesById.has(s.dispute_id)) stagesById.set(s.dispute_id, []);
    stagesById.get(s.dispute_id).push(s);
  }

  const axis = svg('svg', { viewBox: `0 0 ${W} 16`, class: 'dispute-axis', preserveAspectRatio: 'none' });
  const step = Math.max(1, Math.ceil(lastRound / 10));
  for (let r = 0; r <= lastRound; r += step) {
    axis.append(svg('text', { x: x(r), y: 12, 'text-anchor': 'middle', text: String(r) }));
  }
  root.append(el('div', { class: 'dispute-row dispute-head' }, el('span', { text: 'dispute' }), axis, el('span', { text: 'outcome' })));

  const sorted = [...disputes].sort((a, b) => a.filed_round - b.filed_round || a.dispute_id.localeCompare(b.dispute_id));
  for (const d of sorted) {
    const end = d.closed_round ?? data.round ?? d.filed_round;
    const open = d.closed_round == null;
    const bar = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'dispute-bar', preserveAspectRatio: 'none' });
    bar.append(svg('line', { x1: x(0), x2: x(lastRound), y1: H / 2, y2: H / 2, class: 'track' }));
    bar.append(svg('rect', {
      x: x(d.filed_round), y: H / 2 - 5, width: Math.max(3, x(end) - x(d.filed_round)), height: 10, rx: 3,
      class: open ? 'span open' : 'span closed',
    }, svg('title', { text: `filed in round ${d.filed_round}${open ? ', still open' : `, closed in round ${d.closed_round}`}` })));
    for (const s of stagesById.get(d.dispute_id) ?? []) {
      bar.append(svg('circle', { cx: x(s.round), cy: H / 2, r: 5, fill: stageColor(s.stage), class: 'stage', 'data-stage': s.stage },
        svg('title', { text: `round ${s.round}: ${s.stage}` })));
    }
    root.append(
      el('div', { class: 'dispute-row', 'data-dispute-id': d.dispute_id, 'data-open': String(open) },
        el('span', { class: 'dispute-label', title: `${d.measure} · ${d.provision} · ${d.forum}` },
          el('strong', { text: `${d.complainant} v ${d.respondent}` }),
          el('small', { text: ` ${d.measure} · ${d.forum}` })),
        bar,
        el('span', { class: 'dispute-outcome' },
          open ? el('em', { text: `open: ${d.final_stage}` }) : el('span', { text: d.outcome }),
          el('small', { text: ` harm ${fmt(1000 * d.harm_usd_bn, 1)} mn USD` }))),
    );
  }

  const legend = el('div', { class: 'stage-legend' });
  for (const [stage] of stageIndex) {
    legend.append(el('span', {}, el('i', { style: `background:${stageColor(stage)}` }), stage));
  }
  root.append(legend);
}

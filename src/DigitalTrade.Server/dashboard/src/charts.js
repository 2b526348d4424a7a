// The per-round world charts (Chart.js 4, bundled; nothing loads from the internet).
import {
  Chart,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

// Marks a canvas data-rendered="true" once it has drawn at least one round (the browser test waits for it).
const renderedMarker = {
  id: 'renderedMarker',
  afterDraw(chart) {
    const drawn = chart.data.labels.length > 0 && chart.data.datasets.some((d) => d.data.length > 0);
    chart.canvas.dataset.rendered = drawn ? 'true' : 'false';
  },
};

// A vertical line at the selected round.
const roundMarker = {
  id: 'roundMarker',
  afterDatasetsDraw(chart, _args, options) {
    const index = chart.data.labels.indexOf(options.round);
    if (index < 0) return;
    const x = chart.scales.x.getPixelForValue(index);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = 'rgba(80, 80, 80, 0.55)';
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
};

const series = {
  world: [
    { key: 'total_trade_usd_bn', label: 'total', color: '#333333' },
    { key: 'goods_trade_usd_bn', label: 'goods', color: '#2f6db3' },
    { key: 'ecommerce_trade_usd_bn', label: 'e-commerce', color: '#e08a1e' },
    { key: 'digital_trade_usd_bn', label: 'digital', color: '#2a9d62' },
  ],
  indicators: [
    { key: 'digital_share', label: 'digital share', color: '#2a9d62' },
    { key: 'readiness_gini', label: 'readiness Gini', color: '#7b4fb8' },
    { key: 'digital_output_per_capita_gini', label: 'digital output p.c. Gini', color: '#c0508e' },
    { key: 'mean_digital_restrictiveness', label: 'mean restrictiveness', color: '#c2412d' },
  ],
  events: [
    { key: 'open_disputes', label: 'open disputes', color: '#c2412d', stepped: true },
    { key: 'disputes_filed', label: 'disputes filed', color: '#e08a1e', stepped: true },
    { key: 'policy_changes', label: 'policy changes', color: '#2f6db3', stepped: true },
    { key: 'commitment_violations', label: 'commitment violations', color: '#7b4fb8', stepped: true },
  ],
};

function make(canvas, defs, yTitle, extra = {}) {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: [],
      datasets: defs.map((d) => ({
        label: d.label,
        data: [],
        borderColor: d.color,
        backgroundColor: d.color,
        borderWidth: d.key === 'total_trade_usd_bn' ? 2.5 : 1.8,
        pointRadius: 0,
        pointHitRadius: 6,
        stepped: d.stepped ? 'middle' : false,
        tension: 0,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { title: { display: true, text: 'round' }, ticks: { maxTicksLimit: 12 } },
        y: { title: { display: true, text: yTitle }, beginAtZero: extra.beginAtZero ?? false, ...(extra.y ?? {}) },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } },
        roundMarker: { round: null },
      },
    },
    plugins: [renderedMarker, roundMarker],
  });
}

/** The three world charts; `update(rows, round)` redraws them with every round so far. */
export function createWorldCharts() {
  const charts = [
    [make(document.getElementById('world-chart'), series.world, 'bn USD'), series.world],
    [make(document.getElementById('indicators-chart'), series.indicators, 'index (0–1)', { beginAtZero: true }), series.indicators],
    [make(document.getElementById('events-chart'), series.events, 'count', { beginAtZero: true, y: { ticks: { precision: 0 } } }), series.events],
  ];
  return {
    update(rows, selectedRound) {
      const labels = rows.map((r) => r.round);
      for (const [chart, defs] of charts) {
        chart.data.labels = labels;
        defs.forEach((d, i) => {
          chart.data.datasets[i].data = rows.map((r) => r[d.key] ?? null);
        });
        chart.options.plugins.roundMarker.round = selectedRound;
        chart.update('none');
      }
    },
  };
}

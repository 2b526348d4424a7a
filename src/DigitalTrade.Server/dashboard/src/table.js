// The sortable countries table of the selected round.
import { el, fmt } from './dom.js';

const columns = [
  { key: 'iso3', label: 'ISO3', type: 'text' },
  { key: 'name', label: 'Country', type: 'text' },
  { key: 'output_usd_bn', label: 'Output, bn USD', digits: 1 },
  { key: 'real_income_index', label: 'Real income index', digits: 4 },
  { key: 'exports_usd_bn', label: 'Exports, bn USD', digits: 1 },
  { key: 'imports_usd_bn', label: 'Imports, bn USD', digits: 1 },
  { key: 'trade_balance_usd_bn', label: 'Balance, bn USD', digits: 1 },
  { key: 'gdp_per_capita_usd', label: 'GDP per capita, USD', digits: 0 },
  { key: 'readiness', label: 'Readiness', digits: 3 },
  { key: 'digital_restrictiveness', label: 'Digital restrictiveness', digits: 3 },
  { key: 'goods_tariff', label: 'Goods tariff', digits: 3 },
  { key: 'electronic_duty', label: 'Electronic duty', digits: 3 },
];

/** Builds the header once; `update(rows, names)` fills the body in the current sort order. */
export function createCountriesTable(table) {
  const sort = { key: 'output_usd_bn', dir: -1 };
  let rows = [];
  let names = new Map();
  const headRow = table.tHead.rows[0];
  const body = table.tBodies[0];

  for (const c of columns) {
    const th = el('th', {
      scope: 'col', 'data-key': c.key, 'data-testid': `sort-${c.key}`, tabindex: '0', class: c.type === 'text' ? 'text' : 'num',
      onclick: () => toggle(c.key),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(c.key); } },
    }, c.label);
    headRow.append(th);
  }

  function toggle(key) {
    if (sort.key === key) sort.dir = -sort.dir;
    else Object.assign(sort, { key, dir: columns.find((c) => c.key === key).type === 'text' ? 1 : -1 });
    render();
  }

  function value(row, key) {
    return key === 'name' ? names.get(row.iso3) ?? row.iso3 : row[key];
  }

  function render() {
    for (const th of headRow.cells) {
      const active = th.dataset.key === sort.key;
      th.setAttribute('aria-sort', active ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
      th.classList.toggle('sorted', active);
    }
    table.dataset.sortKey = sort.key;
    table.dataset.sortDir = sort.dir > 0 ? 'asc' : 'desc';
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [value(a, sort.key), value(b, sort.key)];
      const order = typeof x === 'string' || typeof y === 'string'
        ? String(x ?? '').localeCompare(String(y ?? ''))
        : (x ?? -Infinity) - (y ?? -Infinity);
      return sort.dir * order || a.iso3.localeCompare(b.iso3);
    });
    body.replaceChildren(...sorted.map((row) =>
      el('tr', { 'data-iso3': row.iso3 }, columns.map((c) => {
        const v = value(row, c.key);
        return el('td', { class: c.type === 'text' ? 'text' : 'num' }, c.type === 'text' ? String(v ?? '') : fmt(v, c.digits));
      }))));
  }

  render();
  return {
    update(newRows, newNames) {
      rows = newRows ?? [];
      names = newNames ?? new Map();
      render();
    },
  };
}

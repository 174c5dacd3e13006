/**
 * Draws the charts of the money pages from the tables beside them (ChartFigure.astro): the rows'
 * headings are the labels, the columns marked `data-series` the bars, their `data-cents` the values.
 * Only the parts of Chart.js that bar charts use are imported and registered. The table stays the
 * text alternative; the canvas carries a label that points to it. Motion follows the reader's setting.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import { formatMoney, formatMoneyShort } from '../lib/money/cents.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Bar colours with at least 3:1 contrast against the white page (and the ink of the site). */
const COLOURS = ['#1d4ed8', '#b45309', '#4a4a55', '#047857'];
const LIMIT_COLOUR = '#b91c1c';

interface Figures {
  labels: string[];
  series: Array<{ label: string; values: number[] }>;
}

/** A row's heading as the chart's label: its text, without the "changed" mark a record's row may carry. */
function rowLabel(cell: HTMLTableCellElement | undefined): string {
  const parts = [...(cell?.childNodes ?? [])].filter((node) => !(node as Element).classList?.contains('changed-mark'));
  return parts.map((node) => node.textContent ?? '').join('').trim();
}

/** The figures of a chart, read from its table. */
export function readTable(table: HTMLTableElement): Figures {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const columns = headers.flatMap((cell, index) => (cell.hasAttribute('data-series') ? [{ index, label: (cell.textContent ?? '').trim() }] : []));
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  return {
    labels: rows.map((row) => rowLabel(row.cells[0])),
    series: columns.map(({ index, label }) => ({ label, values: rows.map((row) => Number(row.cells[index]?.dataset.cents ?? 0)) })),
  };
}

/** A dashed line across the chart at the figure's limit (a cap or a spending limit). */
const limitLine: Plugin<'bar'> = {
  id: 'vitrineLimit',
  afterDatasetsDraw(chart) {
    const figure = chart.canvas.closest<HTMLElement>('[data-chart]');
    const limit = Number(figure?.dataset.limit);
    if (!figure?.dataset.limit || !Number.isFinite(limit)) return;
    const horizontal = chart.options.indexAxis === 'y';
    const scale = horizontal ? chart.scales.x : chart.scales.y;
    if (!scale) return;
    const at = scale.getPixelForValue(limit);
    const { left, right, top, bottom } = chart.chartArea;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = LIMIT_COLOUR;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    if (horizontal) {
      ctx.moveTo(at, top);
      ctx.lineTo(at, bottom);
    } else {
      ctx.moveTo(left, at);
      ctx.lineTo(right, at);
    }
    ctx.stroke();
    ctx.restore();
  },
};

function configure(figure: HTMLElement, figures: Figures): ChartConfiguration<'bar', number[], string> {
  const lang = figure.dataset.lang ?? document.documentElement.lang;
  const currency = figure.dataset.currency ?? 'EUR';
  const type = figure.dataset.chart;
  const horizontal = type === 'horizontal';
  const stacked = type === 'stacked';
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const limit = figure.dataset.limit ? Number(figure.dataset.limit) : undefined;
  const valueAxis = {
    beginAtZero: true,
    stacked,
    ...(limit !== undefined ? { suggestedMax: limit } : {}),
    ticks: { callback: (value: number | string) => formatMoneyShort(Number(value), lang, currency) },
    grid: { color: '#d9dbe3' },
  };
  const labelAxis = { stacked, grid: { display: false }, ticks: { autoSkip: !horizontal } };
  return {
    type: 'bar',
    data: {
      labels: figures.labels,
      datasets: figures.series.map((series, index) => ({ label: series.label, data: series.values, backgroundColor: COLOURS[index % COLOURS.length], borderWidth: 0 })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: still ? false : { duration: 300 },
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: { display: figures.series.length > 1, position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatMoney(Number(item.raw), lang, currency)}` } },
      },
    },
    plugins: [limitLine],
  };
}

/** Draws every chart on the page whose table has figures. */
export function drawCharts(): void {
  const styles = getComputedStyle(document.body);
  Chart.defaults.font.family = styles.fontFamily;
  Chart.defaults.color = styles.color || '#1b1b1f';
  for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) {
    const table = figure.querySelector<HTMLTableElement>('table');
    const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
    const box = figure.querySelector<HTMLElement>('[data-chart-box]');
    if (!table || !canvas || !box) continue;
    const figures = readTable(table);
    if (figures.labels.length === 0 || figures.series.length === 0) continue;
    box.hidden = false;
    new Chart(canvas, configure(figure, figures));
  }
}

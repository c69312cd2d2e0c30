import { LitElement, css, html, PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** One series of a bar chart: its name and a value per label (null where a count is suppressed). */
interface Series {
  name: string;
  values: (number | null)[];
}

/**
 * A horizontal bar chart drawn by Chart.js from data the server builds. The chart is a picture for sighted readers;
 * the table beside it (rendered by the server) is what screen readers use, so the canvas is hidden from them.
 */
@customElement('yv-bar-chart')
export class YvBarChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; width: 100%; max-width: 40rem; }
    canvas { width: 100%; }
  `;

  @property({ type: Array }) labels: string[] = [];
  @property({ type: Array }) series: Series[] = [];
  @property({ type: String }) unit = '%';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private chart?: Chart;

  render() {
    return html`<canvas aria-hidden="true"></canvas>`;
  }

  protected updated(_changed: PropertyValues) {
    const colours = ['#1f3b73', '#8a8f98'];
    const data = {
      labels: this.labels,
      datasets: this.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        backgroundColor: colours[i % colours.length],
      })),
    };
    if (this.chart) {
      this.chart.data = data;
      this.chart.update();
      return;
    }
    this.chart = new Chart(this.canvas, {
      type: 'bar',
      data,
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, suggestedMax: this.unit === '%' ? 100 : undefined } },
        plugins: { legend: { display: this.series.length > 1 } },
      },
    });
    this.style.height = `${Math.max(120, this.labels.length * (this.series.length > 1 ? 40 : 28) + 60)}px`;
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }
}

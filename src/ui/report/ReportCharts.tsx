/**
 * The report's charts: the game's own charts panel is drawn once off screen, then each uPlot
 * canvas is kept as an image with its title, unit and key, so the charts print sharply and the
 * page holds no live canvases. The key is read from uPlot's legend (its labels and colours).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ChartsPanel } from '../components/ChartsPanel';
import { messages } from '../strings';

interface ChartImage {
  title: string;
  unit: string;
  image: string;
  key: { label: string; colour: string }[];
}

export function ReportCharts() {
  const source = useRef<HTMLDivElement>(null);
  const [charts, setCharts] = useState<ChartImage[] | null>(null);

  useEffect(() => {
    // uPlot draws when the chart is created; one frame later every canvas is complete.
    const frame = requestAnimationFrame(() => {
      const figures = source.current?.querySelectorAll<HTMLElement>('figure.chart') ?? [];
      setCharts([...figures].flatMap(readChart));
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const m = messages.classroom.reportView;
  return (
    <section class="report-charts" aria-labelledby="report-charts-title">
      <h2 id="report-charts-title">{m.charts}</h2>
      {charts === null ? (
        <div ref={source} class="report-chart-source" aria-hidden="true">
          <ChartsPanel />
        </div>
      ) : (
        <div class="report-chart-grid">
          {charts.map((chart) => (
            <figure key={chart.title} class="report-chart">
              <figcaption>
                <strong>{chart.title}</strong> <span class="muted">{chart.unit}</span>
              </figcaption>
              <img src={chart.image} alt={`${chart.title} (${chart.unit})`} />
              {chart.key.length > 1 && (
                <p class="report-chart-key">
                  {chart.key.map((entry) => (
                    <span key={entry.label}>
                      <span class="report-swatch" style={{ borderColor: entry.colour }} />
                      {entry.label}
                    </span>
                  ))}
                </p>
              )}
            </figure>
          ))}
        </div>
      )}
    </section>
  );
}

function readChart(figure: HTMLElement): ChartImage[] {
  const canvas = figure.querySelector('canvas');
  if (canvas === null) return [];
  // uPlot's legend lists the series with a marker each; the day axis has none.
  const key = [...figure.querySelectorAll<HTMLElement>('.u-legend .u-series')].flatMap((entry) => {
    const marker = entry.querySelector<HTMLElement>('.u-marker');
    const label = entry.querySelector('.u-label')?.textContent ?? '';
    return marker === null || label === messages.charts.axisDay
      ? []
      : [{ label, colour: marker.style.borderColor || 'currentColor' }];
  });
  return [
    {
      title: figure.querySelector('.chart-title')?.textContent ?? '',
      unit: figure.querySelector('.chart-unit')?.textContent ?? '',
      image: canvas.toDataURL('image/png'),
      key,
    },
  ];
}

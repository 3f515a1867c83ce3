// A chart's figures as a real table, hidden from sight but read by screen readers (and compared
// with the API by the browser tests).
import type { ExportTable } from '../export/table.ts';

export function FiguresTable(props: { table: ExportTable; caption: string; testId?: string }) {
  const [first, ...rest] = props.table.columns;
  // The wrapper hides it: a table itself cannot be shrunk to a pixel, it grows to fit its cells.
  return (
    <div className="visually-hidden">
      <table data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {rest.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.table.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional figures
            <tr key={i}>
              <th scope="row">{row[0]}</th>
              {row.slice(1).map((cell, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// A data table with a caption and proper header cells, so screen readers announce
// each cell with its column. Numeric columns are right-aligned for comparison.
import type { ReactNode } from 'react';

export interface TableColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly numeric?: boolean;
}

export interface TableProps<Row> {
  caption: string;
  captionSize?: 's' | 'm' | 'l';
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column names the row (e.g. the child or authority), so it is a row header. */
  firstCellIsHeader?: boolean;
}

export function Table<Row>({ caption, captionSize = 'm', columns, rows, rowKey, firstCellIsHeader = false }: TableProps<Row>) {
  const numericClass = (column: TableColumn<Row>, base: string) => `${base}${column.numeric ? ` ${base}--numeric` : ''}`;
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th scope="col" className={numericClass(column, 'govuk-table__header')} key={column.key}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={rowKey(row)}>
            {columns.map((column, index) =>
              firstCellIsHeader && index === 0 ? (
                <th scope="row" className="govuk-table__header" key={column.key}>
                  {column.cell(row)}
                </th>
              ) : (
                <td className={numericClass(column, 'govuk-table__cell')} key={column.key}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { normalizeText } from './text';

/** One row of data, its cells placed under the header they belong to. */
export interface TableRow {
  element: Element;
  /** cells[i] sits under headers[i] (null where the row has no cell there). */
  cells: (Element | null)[];
}

/** Tabular data as a person reads it: column headers, then rows. */
export interface Table {
  element: Element;
  headers: string[];
  rows: TableRow[];
}

const ARIA_GRID = '[role="grid"], [role="table"], [role="treegrid"]';
const ARIA_CELL = '[role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';

/** Only what belongs to this table, not to a table nested in one of its cells. */
const own = (table: Element, els: Iterable<Element>, container: string) =>
  [...els].filter((e) => e.parentElement?.closest(container) === table);

/** Places cells by aria-colindex (1-based) where the page gives it, else in order. */
function place(cells: Element[]): (Element | null)[] {
  if (!cells.some((c) => c.hasAttribute('aria-colindex'))) return cells;
  const placed: (Element | null)[] = [];
  cells.forEach((c, i) => {
    const at = Number(c.getAttribute('aria-colindex'));
    placed[Number.isInteger(at) && at > 0 ? at - 1 : i] = c;
  });
  return Array.from(placed, (c) => c ?? null);
}

/**
 * One table from its rows and a way to get each row's cells. The header: a row in thead, else the
 * first row whose cells are all header cells (th, columnheader), else simply the first row.
 */
function tableOf(
  element: Element,
  rows: Element[],
  cellsOf: (row: Element) => Element[],
  isHeaderCell: (cell: Element) => boolean,
): Table | null {
  const header =
    rows.find((r) => r.parentElement?.tagName === 'THEAD') ??
    rows.find((r) => cellsOf(r).length > 0 && cellsOf(r).every(isHeaderCell)) ??
    rows[0];
  if (!header) return null;
  return {
    element,
    headers: place(cellsOf(header)).map((c) => normalizeText(c?.textContent)),
    rows: rows.filter((r) => r !== header).map((r) => ({ element: r, cells: place(cellsOf(r)) })),
  };
}

const htmlTable = (table: Element) =>
  tableOf(
    table,
    own(table, table.querySelectorAll('tr'), 'table'),
    (tr) => [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'),
    (c) => c.tagName === 'TH',
  );

const ariaTable = (grid: Element) =>
  tableOf(
    grid,
    own(grid, grid.querySelectorAll('[role="row"]'), ARIA_GRID),
    (row) => [...row.querySelectorAll(ARIA_CELL)].filter((c) => c.closest('[role="row"]') === row),
    (c) => c.getAttribute('role') === 'columnheader',
  );

/**
 * A grid drawn with plain elements and no roles: found from a header cell a person would read
 * (`headerText`), whose parent is the header row; data rows are that row's siblings (or the
 * children of the element right after it) with as many cells.
 */
function divTables(doc: Document, headerText: RegExp): Table[] {
  const tables: Table[] = [];
  for (const el of doc.querySelectorAll('div, span, li')) {
    if (el.children.length > 0 || !headerText.test(normalizeText(el.textContent))) continue;
    const headerRow = el.parentElement;
    const grid = headerRow?.parentElement;
    if (!headerRow || !grid || headerRow.children.length < 2 || headerRow.closest('table, [role="row"]')) continue;
    const width = headerRow.children.length;
    const siblings = [...grid.children].filter((r) => r !== headerRow && r.children.length === width);
    const body = headerRow.nextElementSibling;
    const rows = siblings.length ? siblings : [...(body?.children ?? [])].filter((r) => r.children.length === width);
    tables.push({
      element: grid,
      headers: [...headerRow.children].map((c) => normalizeText(c.textContent)),
      rows: rows.map((r) => ({ element: r, cells: [...r.children] })),
    });
  }
  return tables;
}

/**
 * Every table on the page, whatever its markup: HTML tables (header in thead or the first row, th
 * or td), ARIA grid / table / treegrid with rows and (column/row) header and grid cells placed by
 * aria-colindex, and — where neither names the column — grids of plain elements found by a header text.
 */
export function readTables(doc: Document, headerText?: RegExp): Table[] {
  const tables = [
    ...[...doc.querySelectorAll('table')].map(htmlTable),
    ...[...doc.querySelectorAll(ARIA_GRID)].filter((g) => g.tagName !== 'TABLE').map(ariaTable),
  ].filter((t): t is Table => t !== null);
  if (headerText && !tables.some((t) => t.headers.some((h) => headerText.test(h)))) tables.push(...divTables(doc, headerText));
  return tables;
}

/** The cell in `column` of the row whose `keyColumn` cell equals `key` (case-insensitive), in any table. */
export function findCell(doc: Document, keyColumn: RegExp, key: string, column: RegExp): Element | null {
  const wanted = normalizeText(key);
  for (const table of readTables(doc, keyColumn)) {
    const k = table.headers.findIndex((h) => keyColumn.test(h));
    const c = table.headers.findIndex((h) => column.test(h));
    if (k < 0 || c < 0) continue;
    for (const row of table.rows) if (normalizeText(row.cells[k]?.textContent) === wanted) return row.cells[c] ?? null;
  }
  return null;
}

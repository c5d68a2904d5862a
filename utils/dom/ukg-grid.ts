import { RIGHTS, type Right, type ScopeRow } from '../checks/scopes';
import { normalizeText } from './text';

export interface ScopeGridRow extends ScopeRow {
  boxes: Partial<Record<Right, HTMLInputElement>>;
  element: HTMLTableRowElement;
}

// Plain selectors rather than table.rows/tHead/cells: same result, and they work in every DOM.
const rowsOf = (table: HTMLTableElement) => [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
const cellsOf = (tr: Element) => [...tr.children].filter((c): c is HTMLTableCellElement => c.tagName === 'TD' || c.tagName === 'TH');

function headerCells(table: HTMLTableElement): string[] {
  const row = rowsOf(table)[0];
  return row ? cellsOf(row).map((c) => normalizeText(c.textContent)) : [];
}

/** The table whose header names the method columns Add, Delete, View and Edit (any order). */
export function findScopeTable(doc: Document): HTMLTableElement | null {
  for (const t of doc.querySelectorAll('table')) {
    const h = headerCells(t);
    if (RIGHTS.every((r) => h.includes(r))) return t;
  }
  return null;
}

/** The Web Services grid as rows of service name → ticked rights, whatever the column order. */
export function readScopeGrid(doc: Document): ScopeGridRow[] | null {
  const table = findScopeTable(doc);
  if (!table) return null;
  const h = headerCells(table);
  const col = Object.fromEntries(RIGHTS.map((r) => [r, h.indexOf(r)])) as Record<Right, number>;
  const nameCol = h.findIndex((t) => /\b(web )?services?\b|\bname\b/.test(t));
  const rows: ScopeGridRow[] = [];
  for (const tr of rowsOf(table).slice(1)) {
    const cells = cellsOf(tr);
    const name = (cells[Math.max(nameCol, 0)]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!name) continue;
    const boxes: Partial<Record<Right, HTMLInputElement>> = {};
    for (const r of RIGHTS) {
      const box = cells[col[r]]?.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (box) boxes[r] = box;
    }
    const rights = Object.fromEntries(RIGHTS.map((r) => [r, !!boxes[r]?.checked])) as Record<Right, boolean>;
    rows.push({ service: name, rights, boxes, element: tr });
  }
  return rows;
}

/** The value in `column` of the grid row whose `keyColumn` cell equals `key` (case-insensitive). */
export function readGridCell(doc: Document, keyColumn: RegExp, key: string, column: RegExp): HTMLTableCellElement | null {
  const wanted = normalizeText(key);
  for (const t of doc.querySelectorAll('table')) {
    const h = headerCells(t);
    const k = h.findIndex((x) => keyColumn.test(x));
    const c = h.findIndex((x) => column.test(x));
    if (k < 0 || c < 0) continue;
    for (const tr of rowsOf(t)) {
      const cells = cellsOf(tr);
      if (normalizeText(cells[k]?.textContent) === wanted) return cells[c] ?? null;
    }
  }
  return null;
}

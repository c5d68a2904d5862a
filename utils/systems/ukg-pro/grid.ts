import { RIGHTS, type Right, type ScopeRow } from './scopes';
import { readTables, type Table } from '../../dom/table';

export interface ScopeGridRow extends ScopeRow {
  boxes: Partial<Record<Right, HTMLInputElement>>;
  element: Element;
}

const hasRights = (t: Table) => RIGHTS.every((r) => t.headers.includes(r));

/** The grid whose header names the method columns Add, Delete, View and Edit (any order, any markup). */
export function findScopeTable(doc: Document): Table | null {
  return readTables(doc, /^view$/).find(hasRights) ?? null;
}

/** The Web Services grid as rows of service name → ticked rights, whatever the column order. */
export function readScopeGrid(doc: Document): ScopeGridRow[] | null {
  const table = findScopeTable(doc);
  if (!table) return null;
  const col = Object.fromEntries(RIGHTS.map((r) => [r, table.headers.indexOf(r)])) as Record<Right, number>;
  const nameCol = table.headers.findIndex((t) => /\b(web )?services?\b|\bname\b/.test(t));
  const rows: ScopeGridRow[] = [];
  for (const row of table.rows) {
    // Capped: the name may appear in a check message, and page text must not become our sentence.
    const name = (row.cells[Math.max(nameCol, 0)]?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    if (!name) continue;
    const boxes: Partial<Record<Right, HTMLInputElement>> = {};
    for (const r of RIGHTS) {
      const box = row.cells[col[r]]?.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (box) boxes[r] = box;
    }
    const rights = Object.fromEntries(RIGHTS.map((r) => [r, !!boxes[r]?.checked])) as Record<Right, boolean>;
    rows.push({ service: name, rights, boxes, element: row.element });
  }
  return rows;
}

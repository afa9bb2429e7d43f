/**
 * Data tables versus layout tables. A page whose content is a table (a league's standings,
 * election results, a timetable) has its text in cells of a word or a number, which the
 * walk would drop as too short to be prose; a table used only to lay out a page holds its
 * text in cells that are blocks of their own. The test is Readability's (`_markDataTables`),
 * so that what a reader view shows as a table we read as body text: a caption, a summary,
 * header cells or column groups make a data table; a nested table or role="presentation" a
 * layout one; otherwise its size decides.
 */
import { forEachElement } from "./dom";

const DATA_PARTS = new Set(["col", "colgroup", "tfoot", "thead", "th"]);

/** A data table at least this long, or wider than DATA_COLUMNS, is data (Readability's sizes). */
const DATA_ROWS = 10;
const DATA_COLUMNS = 4;
/** Failing both, rows × columns above this make it data. */
const DATA_CELLS = 10;
/**
 * Elements of a table looked at for its caption, header cells and nested tables: a table
 * nested in a table nested in a table is read again at each level, so each read is bounded.
 */
const SCAN_LIMIT = 5000;

/** Whether `table` holds data to read (rows of cells) rather than laying out a page. */
export function isDataTable(table: Element): boolean {
  if (table.getAttribute("role") === "presentation" || table.getAttribute("datatable") === "0") return false;
  if (table.getAttribute("summary")) return true;
  // One bounded pass in Readability's order: a caption with content, then data parts, then a nested table.
  let caption = false;
  let part = false;
  let nested = false;
  let seen = 0;
  forEachElement(table, (el) => {
    if (++seen > SCAN_LIMIT) return "stop";
    const tag = el.localName;
    if (tag === "caption" && !caption && el.firstChild) caption = true;
    else if (DATA_PARTS.has(tag)) part = true;
    else if (tag === "table") nested = true;
    return caption || part ? "stop" : undefined;
  });
  if (caption || part) return true;
  if (nested) return false;
  const rows = tableRows(table);
  let columns = 0;
  for (const row of rows) columns = Math.max(columns, cellsOf(row).length);
  if (rows.length <= 1 || columns <= 1) return false;
  if (rows.length >= DATA_ROWS || columns > DATA_COLUMNS) return true;
  return rows.length * columns > DATA_CELLS;
}

const SECTIONS = new Set(["thead", "tbody", "tfoot"]);

/** The table's own rows (in its head, bodies and foot; not those of a nested table), in order. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === "tr") rows.push(c);
    else if (SECTIONS.has(c.localName)) for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.localName === "tr") rows.push(r);
  }
  return rows;
}

/** The row's cells (td and th). */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.localName === "td" || c.localName === "th") cells.push(c);
  return cells;
}

// Statements: a searchable, filterable feed of who said what, each linking to its article.
import { api, el, page, showError, getQuery, setQuery, filterForm, csvLink } from "./lib.js";
import { statementItem } from "./items.js";

const FIELDS = [
  { name: "q", label: "Search quotes", type: "search", placeholder: "e.g. ceasefire", size: 22 },
  { name: "speaker", label: "Speaker", placeholder: "name or id", size: 16 },
  { name: "country", label: "Country", placeholder: "RUS", size: 5 },
  { name: "kind", label: "Kind", options: [["", "any"], ["direct", "direct"], ["indirect", "indirect"], ["mixed", "mixed"]] },
  { name: "since", label: "Since", type: "date" },
  { name: "until", label: "Until", type: "date" },
];

async function main() {
  const root = page("Statements");
  const values = getQuery();
  const list = el("ul", { class: "feed", id: "feed" });
  const status = el("p", { class: "muted small", id: "status" });
  const more = el("button", { class: "secondary more", type: "button", hidden: true }, "Load more");
  let cursor = null;
  let filters = values;
  const load = async (reset) => {
    if (reset) { list.replaceChildren(); cursor = null; }
    status.textContent = "Loading…";
    try {
      const res = await api("/api/statements", { ...filters, limit: 30, cursor });
      list.append(...res.items.map(statementItem));
      cursor = res.next_cursor;
      more.hidden = !cursor;
      status.textContent = list.children.length ? `${list.children.length} shown${cursor ? ", more below" : ""}` : "No statements match.";
    } catch (err) { status.textContent = ""; showError(list, err); }
  };
  const csv = el("span", {}, csvLink("/api/statements", filters));
  root.append(filterForm(FIELDS, values, (v) => {
    filters = v; setQuery(v); csv.replaceChildren(csvLink("/api/statements", v)); load(true);
  }, [csv]), status, list, more);
  more.addEventListener("click", () => load(false));
  await load(true);
}

main();

// Articles: the stored articles, newest first, with how much was found in each.
import { api, el, page, showError, getQuery, setQuery, filterForm, csvLink, fmtDate } from "./lib.js";

async function main() {
  const root = page("Articles");
  const values = getQuery();
  const body = el("tbody");
  const more = el("button", { class: "secondary more", type: "button", hidden: true }, "Load more");
  let cursor = null, filters = values;
  const load = async (reset) => {
    if (reset) { body.replaceChildren(); cursor = null; }
    try {
      const res = await api("/api/articles", { ...filters, limit: 50, cursor });
      for (const a of res.items) {
        body.append(el("tr", {},
          el("td", {}, fmtDate(a.published)), el("td", {}, el("a", { href: `/articles/${a.id}` }, a.title || a.doc)),
          el("td", {}, a.outlet || ""), el("td", {}, a.statements), el("td", {}, a.events), el("td", {}, a.positions)));
      }
      cursor = res.next_cursor; more.hidden = !cursor;
    } catch (err) { showError(root, err); }
  };
  root.append(
    filterForm([{ name: "q", label: "Title words", type: "search" }, { name: "outlet", label: "Outlet" },
      { name: "since", label: "Since", type: "date" }, { name: "until", label: "Until", type: "date" }],
      values, (v) => { filters = v; setQuery(v); load(true); }, [csvLink("/api/articles", values)]),
    el("div", { class: "scroll" }, el("table", {},
      el("thead", {}, el("tr", {}, ["Date", "Title", "Outlet", "Statements", "Events", "Positions"].map((h) => el("th", { scope: "col" }, h)))),
      body)), more);
  more.addEventListener("click", () => load(false));
  await load(true);
}

main();

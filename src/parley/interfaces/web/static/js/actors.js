// Actors: everyone the store has seen, with how much they said, did and stood for.
import { api, el, page, showError, getQuery, setQuery, filterForm, csvLink } from "./lib.js";

async function main() {
  const root = page("Actors");
  const values = getQuery();
  const body = el("tbody");
  const load = async (filters) => {
    body.replaceChildren();
    try {
      const res = await api("/api/actors", filters);
      for (const a of res.items) {
        body.append(el("tr", {}, el("td", {}, el("a", { href: `/actors/${encodeURIComponent(a.actor_id)}` }, a.name)),
          el("td", {}, a.country || ""), el("td", {}, a.sector || ""), el("td", {}, a.statements), el("td", {}, a.events),
          el("td", {}, a.positions), el("td", {}, `${a.first_seen || ""} – ${a.last_seen || ""}`)));
      }
      if (!res.items.length) body.append(el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No actors match.")));
    } catch (err) { showError(root, err); }
  };
  root.append(filterForm([{ name: "q", label: "Name", type: "search" }, { name: "country", label: "Country", size: 5 }], values,
    (v) => { setQuery(v); load(v); }, [csvLink("/api/actors", values)]),
  el("div", { class: "scroll" }, el("table", {}, el("thead", {}, el("tr", {},
    ["Actor", "Country", "Sector", "Statements", "Events", "Positions", "Seen"].map((h) => el("th", { scope: "col" }, h)))), body)));
  await load(values);
}

main();

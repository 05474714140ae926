// Actor page: who they are (roles over time), what they said, events they took part in, positions by issue.
import { api, el, page, showError, actorLink, fmtDate, STANCES } from "./lib.js";
import { statementItem } from "./items.js";
import { stanceTimeline } from "./charts.js";

async function main() {
  const id = document.getElementById("app").dataset.id;
  let a;
  try { a = await api(`/api/actors/${encodeURIComponent(id)}`); } catch (err) { showError(page("Actor"), err); return; }
  const root = page(a.name || a.actor_id);
  root.append(el("dl", { class: "facts card" },
    el("dt", {}, "Id"), el("dd", {}, a.actor_id),
    el("dt", {}, "Country"), el("dd", {}, a.country || "—"),
    el("dt", {}, "Sector"), el("dd", {}, a.sector || "—"),
    el("dt", {}, "In the record"), el("dd", {}, `${a.statements} statements, ${a.events} events, ${a.positions} positions` +
      (a.first_seen ? ` (${a.first_seen} – ${a.last_seen})` : "")),
    a.aliases?.length ? [el("dt", {}, "Also called"), el("dd", {}, [...new Map(a.aliases.map((x) => [x.toLowerCase(), x])).values()].join(", "))] : null));
  root.append(el("h2", {}, "Roles over time"));
  root.append(a.roles.length ? el("ul", { class: "roles", id: "roles" }, a.roles.map((r) => el("li", {},
    el("strong", {}, r.title), r.organisation ? `, ${r.organisation}` : "", " ",
    el("span", { class: "muted" }, `${r.start || "?"} – ${r.end || "now"}`))))
    : el("p", { class: "muted" }, a.in_actor_base ? "No roles recorded." : "Not in the actor base; what is shown comes from the stored articles."));
  root.append(el("h2", {}, "Positions by issue over time"));
  root.append(a.positions_by_issue.length
    ? el("div", { class: "chart", id: "positions-chart" }, el("div", { class: "legend" },
      STANCES.map((st) => el("span", {}, el("span", { class: "sw", style: `background: var(--${st})` }), st)), el("span", {}, "↻ stance changed")),
    stanceTimeline(a.positions_by_issue, { onPoint: (p) => { location.href = `/articles/${p.article_id}`; } }))
    : el("p", { class: "muted" }, "No positions recorded."));
  root.append(el("h2", {}, "What they said"));
  const said = a.latest_statements.items;
  root.append(said.length ? el("ul", { class: "feed", id: "actor-statements" }, said.map(statementItem)) : el("p", { class: "muted" }, "No statements."),
    said.length ? el("p", {}, el("a", { href: `/statements?speaker=${encodeURIComponent(a.actor_id)}` }, "All their statements →")) : null);
  root.append(el("h2", {}, "Events they took part in"));
  const evs = a.latest_events.items;
  root.append(evs.length ? el("ul", { class: "feed", id: "actor-events" }, evs.map((e) => el("li", {},
    el("span", { class: "badge" }, e.event_type), " ", actorLink(e.source, "?"), " → ", actorLink(e.target, "?"),
    el("div", { class: "meta" }, el("span", {}, fmtDate(e.date)), el("a", { href: `/articles/${e.article_id}` }, "article")),
    el("div", { class: "small" }, e.evidence?.text || "")))) : el("p", { class: "muted" }, "No events."));
}

main();

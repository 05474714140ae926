// Events: a timeline by PLOVER type and a network of who met, negotiated with, accused or rejected whom.
import { api, el, page, showError, getQuery, setQuery, filterForm, actorLink, csvLink, fmtDate } from "./lib.js";
import { timelineChart, networkChart, typeColour } from "./charts.js";

function legendFor(types, colour) {
  return el("div", { class: "legend" }, types.map((t) => el("span", {}, el("span", { class: "sw", style: `background:${colour(t)}` }), t)));
}

async function main() {
  const root = page("Events");
  const values = getQuery();
  const timeline = el("section", { id: "timeline" });
  const network = el("section", { id: "network" });
  const list = el("ul", { class: "feed", id: "event-list" });
  const csv = el("span");
  const load = async (f) => {
    setQuery(f);
    csv.replaceChildren(csvLink("/api/events", f));
    const filters = { since: f.since, until: f.until, type: f.type };
    try {
      const [tl, net, evs] = await Promise.all([
        api("/api/events/timeline", { ...filters, bucket: f.bucket || "day" }),
        api("/api/events/network", filters),
        api("/api/events", { ...filters, actor: f.actor, limit: 40 }),
      ]);
      const colour = typeColour(tl.types);
      timeline.replaceChildren(el("h2", {}, `Timeline (${f.bucket || "day"})`), legendFor(tl.types, colour),
        tl.items.length ? el("div", { class: "chart" }, timelineChart(tl)) : el("p", { class: "muted" }, "No dated events."));
      const drawn = networkChart(net, { onNode: (n) => {
        location.href = n.resolved ? `/actors/${encodeURIComponent(n.id)}` : `/events?actor=${encodeURIComponent(n.id)}`;
      } });
      network.replaceChildren(el("h2", {}, `Who did what to whom (${net.nodes.length} actors, ${net.edges.length} links)`),
        legendFor(drawn.types, drawn.colour), net.edges.length ? el("div", { class: "chart" }, drawn.chart) : el("p", { class: "muted" }, "No events between known actors."));
      list.replaceChildren(...evs.items.map((e) => el("li", {},
        el("span", { class: "badge" }, e.event_type), e.mode ? el("span", { class: "muted small" }, ` ${e.mode}`) : null, " ",
        actorLink(e.source, "?"), " → ", actorLink(e.target, "?"),
        el("div", { class: "small" }, e.evidence?.text || ""),
        el("div", { class: "meta" }, el("span", {}, fmtDate(e.date)), e.location ? el("span", {}, e.location.name) : null, el("a", { href: `/articles/${e.article_id}` }, "article")))));
      if (!evs.items.length) list.append(el("li", { class: "muted" }, "No events match."));
    } catch (err) { showError(timeline, err); }
  };
  root.append(filterForm([
    { name: "since", label: "Since", type: "date" }, { name: "until", label: "Until", type: "date" },
    { name: "type", label: "Types", placeholder: "CONSULT,ACCUSE", size: 14 }, { name: "actor", label: "Actor (list)", size: 12 },
    { name: "bucket", label: "Bucket", options: [["day", "day"], ["week", "week"], ["month", "month"]] },
  ], values, load, [csv]), timeline, network, el("h2", {}, "Latest events"), list);
  await load(values);
}

main();

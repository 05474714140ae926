// Positions matrix: actors × issues coloured by latest stance as of a date; shifts marked; cells open evidence.
import { api, el, page, showError, getQuery, setQuery, actorLink, stanceBadge, STANCES, csvLink, fmtDate } from "./lib.js";

function legend() {
  return el("div", { class: "legend", id: "matrix-legend" },
    STANCES.map((s) => el("span", {}, el("span", { class: `sw cell ${s}`, style: "width:.9rem;height:.9rem;display:inline-block" }), s)),
    el("span", {}, el("span", { class: "sw", style: "background:#f0b400" }), "shifted (stance changed)"),
    el("span", {}, el("span", { class: "sw", style: "background:#eef0f3" }), "no position"));
}

async function showEvidence(panel, cell, actorName, at) {
  panel.replaceChildren(el("h2", {}, `${actorName} on ${cell.issue}`), el("p", { class: "muted small" }, "Loading evidence…"));
  try {
    const res = await api("/api/positions", { actor: cell.actor, issue: cell.issue, until: at, limit: 50 });
    const shift = cell.shift ? el("p", {}, "Shifted from ", stanceBadge(cell.shift.from), ` (${fmtDate(cell.shift.earlier.date)}) to `,
      stanceBadge(cell.shift.to), ` (${fmtDate(cell.shift.later.date)}).`) : null;
    panel.replaceChildren(el("h2", {}, `${actorName} on ${cell.issue}`),
      el("p", {}, "Latest: ", stanceBadge(cell.stance), ` · ${cell.count} positions, first ${fmtDate(cell.first_seen)}, last ${fmtDate(cell.last_seen)}`),
      shift,
      el("ul", { class: "feed", id: "evidence" }, res.items.map((p) => el("li", { dataset: { id: p.id } },
        stanceBadge(p.stance), " ", el("span", { class: "muted small" }, fmtDate(p.date)), " ", actorLink(p.actor),
        el("blockquote", {}, p.evidence?.text || ""), el("a", { href: `/articles/${p.article_id}` }, "Open the article →")))));
  } catch (err) { showError(panel, err); }
}

async function main() {
  const root = page("Positions matrix");
  const q = getQuery();
  let summary;
  try { summary = await api("/api/summary"); } catch (err) { showError(root, err); return; }
  const bounds = summary.position_dates;
  const at = el("input", { type: "date", id: "as-of", name: "at", value: q.at || bounds.last || "", min: bounds.first, max: bounds.last });
  const slider = el("input", { type: "range", id: "as-of-range", "aria-label": "As-of date slider", min: 0, value: 0, style: "width: 16rem" });
  const first = bounds.first ? Date.parse(bounds.first) : 0, last = bounds.last ? Date.parse(bounds.last) : 0;
  const days = Math.round((last - first) / 86400000);
  slider.max = Math.max(days, 0);
  const syncSlider = () => { slider.value = at.value ? Math.round((Date.parse(at.value) - first) / 86400000) : days; };
  syncSlider();
  const grid = el("div", { class: "scroll", id: "matrix" });
  const panel = el("section", { class: "card", id: "evidence-panel", "aria-live": "polite" }, el("p", { class: "muted" }, "Click a cell to see its evidence."));
  const count = el("p", { class: "muted small", id: "matrix-count" });
  const csv = el("span");
  const load = async () => {
    setQuery({ at: at.value });
    csv.replaceChildren(csvLink("/api/positions/matrix", { at: at.value }));
    try {
      const m = await api("/api/positions/matrix", { at: at.value });
      const names = new Map(m.actors.map((a) => [a.id, a.name]));
      const cells = new Map(m.cells.map((c) => [`${c.actor}\u0000${c.issue}`, c]));
      const table = el("table", { class: "matrix" },
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Actor \\ issue"), m.issues.map((i) => el("th", { scope: "col", class: "issue", title: i }, m.labels?.[i] || i)))),
        el("tbody", {}, m.actors.map((a) => el("tr", {},
          el("th", { scope: "row", class: "actor" }, actorLink({ actor_id: a.id, name: a.name }), a.country ? el("span", { class: "muted small" }, ` ${a.country}`) : null),
          m.issues.map((issue) => {
            const c = cells.get(`${a.id}\u0000${issue}`);
            if (!c) return el("td", {}, el("span", { class: "cell empty", title: `${a.name}: no position on ${issue}` }));
            const label = `${a.name} on ${issue}: ${c.stance} (${c.count} positions)${c.shift ? `, shifted from ${c.shift.from}` : ""}`;
            const btn = el("button", { type: "button", class: `cell ${c.stance}${c.shift ? " shift" : ""}`, "aria-label": label, title: label,
              "aria-pressed": "false", dataset: { actor: a.id, issue, stance: c.stance } }, c.count);
            btn.addEventListener("click", () => {
              grid.querySelectorAll('[aria-pressed="true"]').forEach((b) => b.setAttribute("aria-pressed", "false"));
              btn.setAttribute("aria-pressed", "true");
              showEvidence(panel, c, names.get(c.actor) || c.actor, at.value);
            });
            return el("td", {}, btn);
          })))));
      grid.replaceChildren(m.cells.length ? table : el("p", { class: "muted" }, "No positions as of this date."));
      count.textContent = `${m.actors.length} actors × ${m.issues.length} issues as of ${m.at || "the latest date"}; ${m.cells.filter((c) => c.shift).length} shifted.`;
    } catch (err) { grid.replaceChildren(); showError(grid, err); }
  };
  at.addEventListener("change", () => { syncSlider(); load(); });
  slider.addEventListener("input", () => { at.value = new Date(first + slider.value * 86400000).toISOString().slice(0, 10); });
  slider.addEventListener("change", load);
  root.append(el("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); load(); } },
    el("label", { for: "as-of" }, "As of", at), el("label", { for: "as-of-range" }, `${bounds.first || ""} → ${bounds.last || ""}`, slider), csv),
  legend(), count, el("div", { class: "cols matrix-cols" }, grid, panel));
  await load();
}

main();

// Article view: the text with speakers, cues and contents highlighted, and the events and positions in it.
import { api, el, page, showError, actorLink, stanceBadge, codePointToUtf16, enableTips, fmtDate } from "./lib.js";

const ROLES = [["speaker", "Speaker"], ["cue", "Cue"], ["content", "Content"]];

/** Every highlight as {start, end, role, tip, sid} in UTF-16 units of the text as JS holds it. */
export function collectMarks(article) {
  const toJs = codePointToUtf16(article.text);
  const marks = [];
  for (const s of article.statements) {
    const sp = s.speaker || {};
    const actor = sp.actor_id ? `${sp.name || sp.text} (${sp.actor_id}, by ${sp.resolved_by})` : `${sp.text} (unresolved)`;
    for (const [role] of ROLES) {
      for (const [a, b] of (s[role]?.spans || [])) {
        marks.push({ start: toJs(a), end: toJs(b), role, sid: s.id,
          tip: `${role} of statement ${s.id} · rule ${s.rule} · speaker ${actor}` });
      }
    }
  }
  return marks;
}

/** The text as nodes: plain runs and <mark>s; where marks nest, the innermost (shortest) one wins. */
export function highlight(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = marks.filter((m) => m.start <= a && b <= m.end).sort((x, y) => (x.end - x.start) - (y.end - y.start));
    const piece = text.slice(a, b);
    if (!over.length) { out.push(piece); continue; }
    const m = over[0];
    out.push(el("mark", { class: `hl-${m.role}`, tabindex: "0", dataset: { tip: m.tip, role: m.role, sid: m.sid } }, piece));
  }
  return out;
}

async function main() {
  const id = document.getElementById("app").dataset.id;
  let art;
  try { art = await api(`/api/articles/${id}`); } catch (err) { showError(page("Article"), err); return; }
  const root = page(art.title || art.doc);
  root.append(el("p", { class: "muted" }, [fmtDate(art.published), art.outlet, art.url ? el("a", { href: art.url }, "source") : null]
    .filter(Boolean).flatMap((x, i) => (i ? [" · ", x] : [x]))));
  const legend = el("div", { class: "legend", "aria-label": "Highlight colours" },
    ROLES.map(([role, label]) => el("span", {}, el("span", { class: `sw hl-${role}`, style: `background: var(--${role}); border: 1px solid var(--${role}-b)` }), label)),
    el("span", { class: "muted" }, `${art.statements.length} statements · hover or focus a highlight for its rule and actor`));
  const text = el("div", { class: "article-text", id: "article-text" }, highlight(art.text, collectMarks(art)));
  const side = el("div", {});
  side.append(el("h2", {}, `Events (${art.events.length})`));
  side.append(art.events.length ? el("ul", { class: "feed", id: "events" }, art.events.map((e) => el("li", {},
    el("span", { class: "badge" }, e.event_type), " ", actorLink(e.source, "?"), " → ", actorLink(e.target, "?"),
    el("div", { class: "small muted" }, e.evidence?.text || "")))) : el("p", { class: "muted" }, "None found."));
  side.append(el("h2", {}, `Positions (${art.positions.length})`));
  side.append(art.positions.length ? el("ul", { class: "feed", id: "positions" }, art.positions.map((p) => el("li", {},
    actorLink(p.actor), " ", stanceBadge(p.stance), " on ", el("strong", {}, p.issue),
    el("div", { class: "small muted" }, p.evidence?.text || "")))) : el("p", { class: "muted" }, "None found."));
  root.append(legend, el("div", { class: "cols" }, text, side));
  enableTips(text);
}

main();

// Record renderers shared by several pages.
import { el, actorLink, fmtDate } from "./lib.js";

/** One statement as a feed item: speaker (role, country), cue, quote, outlet, date, article link. */
export function statementItem(s) {
  const sp = s.speaker || {};
  const who = el("div", {},
    el("span", { class: "who" }, actorLink(sp.actor_id ? { ...sp, name: sp.name || sp.text } : { name: sp.text })),
    sp.role ? el("span", { class: "role" }, ` — ${sp.role}`) : (sp.sector ? el("span", { class: "role" }, ` — ${sp.sector}`) : null),
    sp.country ? el("span", { class: "badge", title: "country" }, " ", sp.country) : null,
    " ", el("span", { class: "muted small" }, s.cue?.text || ""));
  return el("li", { class: "statement", dataset: { id: s.id } },
    who,
    el("blockquote", {}, s.content?.text || ""),
    el("div", { class: "meta" },
      el("span", {}, fmtDate(s.date)),
      s.outlet ? el("span", {}, s.outlet) : null,
      el("span", { class: "badge" }, s.kind),
      el("a", { href: `/articles/${s.article_id}#s${s.id}` }, s.title || "article")));
}

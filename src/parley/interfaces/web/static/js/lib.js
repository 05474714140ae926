// Shared helpers for the dashboard pages: API calls, DOM building, URL state, tooltips, offsets.

export const app = document.getElementById("app");
export const STANCES = ["support", "oppose", "conditional", "neutral"];

/** GET a JSON endpoint under /api/ with query parameters (empty ones dropped); throws the API's error. */
export async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  const res = await fetch(url);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = body.error || {};
    throw new Error(`${e.message || res.statusText}${e.hint ? " — " + e.hint : ""}`);
  }
  return body;
}

/** Build an element: el("a", {href: "/x", class: "y"}, "text", child, ...). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** Start a page: clear <main>, put the heading back. */
export function page(title) {
  document.title = `${title} · Parley`;
  app.replaceChildren(el("h1", {}, title));
  return app;
}

export function showError(where, err) {
  where.append(el("p", { class: "error", role: "alert" }, String(err.message || err)));
}

/** Current URL query as an object; setQuery writes it back without reloading. */
export function getQuery() { return Object.fromEntries(new URLSearchParams(location.search)); }
export function setQuery(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  history.replaceState(null, "", `${location.pathname}${q.toString() ? "?" + q : ""}`);
}

/** A filter form: fields [{name, label, type, options, placeholder}] filled from the URL; onSubmit(values). */
export function filterForm(fields, values, onSubmit, extra = []) {
  const form = el("form", { class: "filters", role: "search" });
  for (const f of fields) {
    let input;
    if (f.options) {
      input = el("select", { name: f.name, id: `f-${f.name}` },
        f.options.map(([v, label]) => el("option", { value: v, selected: (values[f.name] || "") === v }, label)));
    } else {
      input = el("input", { name: f.name, id: `f-${f.name}`, type: f.type || "text", placeholder: f.placeholder || "",
        value: values[f.name] || "", size: f.size || null });
    }
    form.append(el("label", { for: `f-${f.name}` }, f.label, input));
  }
  form.append(el("button", { type: "submit" }, "Apply"), ...extra);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    onSubmit(Object.fromEntries(Object.entries(data).filter(([, v]) => v !== "")));
  });
  return form;
}

export function actorLink(ref, fallback = "unknown") {
  if (!ref) return el("span", { class: "muted" }, fallback);
  const name = ref.name || ref.text || fallback;
  return ref.actor_id ? el("a", { href: `/actors/${encodeURIComponent(ref.actor_id)}` }, name) : el("span", {}, name);
}

export function stanceBadge(stance) { return el("span", { class: `badge stance ${stance}` }, stance); }

export function csvLink(path, params) {
  const q = new URLSearchParams(Object.entries(params).filter(([k, v]) => v && k !== "cursor"));
  return el("a", { href: `${path}.csv${q.toString() ? "?" + q : ""}`, class: "small", download: "" }, "Download CSV");
}

/** Python counts offsets in code points, JS strings in UTF-16 units: map one to the other for `text`. */
export function codePointToUtf16(text) {
  const map = [0];
  let units = 0;
  for (const ch of text) { units += ch.length; map.push(units); }
  return (i) => map[Math.min(Math.max(i, 0), map.length - 1)];
}

/** Show a tooltip for any element with data-tip, on hover and on keyboard focus. */
export function enableTips(root = document) {
  const tip = document.getElementById("tip");
  const show = (ev) => {
    const t = ev.target.closest("[data-tip]");
    if (!t) return;
    tip.textContent = t.dataset.tip;
    tip.hidden = false;
    const r = t.getBoundingClientRect();
    tip.style.left = `${Math.min(r.left, innerWidth - 340)}px`;
    tip.style.top = `${r.bottom + 6}px`;
  };
  const hide = (ev) => { if (ev.target.closest("[data-tip]")) tip.hidden = true; };
  root.addEventListener("mouseover", show); root.addEventListener("focusin", show);
  root.addEventListener("mouseout", hide); root.addEventListener("focusout", hide);
}

export function fmtDate(d) { return d || "undated"; }

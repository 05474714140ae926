// Small SVG charts of our own: a stacked bar timeline, an actor network, stance dots over time.
const NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) n.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return n;
}

// Colour-blind-friendly palette (Okabe–Ito order) for event types, cycled when there are more.
const PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7a5c00", "#555555"];
export function typeColour(types) {
  const map = new Map(types.map((t, i) => [t, PALETTE[i % PALETTE.length]]));
  return (t) => map.get(t) || "#999";
}

const dayNum = (iso) => Date.parse(iso + "T00:00:00Z") / 86400000;

/** Stacked bars: items [{date, counts: {TYPE: n}}], one bar per bucket. */
export function timelineChart(data, { width = 900, height = 220 } = {}) {
  const colour = typeColour(data.types);
  const pad = { l: 34, r: 10, t: 10, b: 28 };
  const n = Math.max(data.items.length, 1);
  const max = Math.max(1, ...data.items.map((d) => Object.values(d.counts).reduce((a, b) => a + b, 0)));
  const bw = Math.max(3, Math.min(40, (width - pad.l - pad.r) / n - 2));
  const y = (v) => height - pad.b - (v / max) * (height - pad.t - pad.b);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": "Events per date by type" });
  root.append(svg("g", { class: "axis" }, svg("line", { x1: pad.l, x2: width - pad.r, y1: y(0), y2: y(0) }),
    svg("text", { x: pad.l - 6, y: y(max) + 4, "text-anchor": "end" }, max), svg("text", { x: pad.l - 6, y: y(0), "text-anchor": "end" }, 0)));
  const step = (width - pad.l - pad.r) / n;
  const labelEvery = Math.ceil(n / 10);
  data.items.forEach((d, i) => {
    const x = pad.l + i * step + (step - bw) / 2;
    let acc = 0;
    const g = svg("g", { class: "bar", "data-date": d.date });
    for (const t of data.types) {
      const v = d.counts[t] || 0;
      if (!v) continue;
      g.append(svg("rect", { x, y: y(acc + v), width: bw, height: y(acc) - y(acc + v), fill: colour(t) },
        svg("title", {}, `${d.date}: ${v} ${t}`)));
      acc += v;
    }
    root.append(g);
    if (i % labelEvery === 0) root.append(svg("text", { x: x + bw / 2, y: height - 8, "text-anchor": "middle" }, d.date));
  });
  return root;
}

/** Actors on a circle, events as arrows coloured by type, width by count. */
export function networkChart(net, { width = 900, height = 600, onNode } = {}) {
  const types = [...new Set(net.edges.map((e) => e.event_type))].sort();
  const colour = typeColour(types);
  const nodes = net.nodes.slice(0, 28);  // beyond this the labels collide; the list below has the rest
  const keep = new Set(nodes.map((n) => n.id));
  const cx = width / 2, cy = height / 2, r = Math.min(width, height) / 2 - 40;
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    return [n.id, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), a }];
  }));
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": "Actor network" },
    svg("defs", {}, types.map((t) => svg("marker", { id: `arrow-${t}`, viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", fill: colour(t) })))));
  const maxc = Math.max(1, ...net.edges.map((e) => e.count));
  for (const e of net.edges) {
    if (!keep.has(e.source) || !keep.has(e.target) || e.source === e.target) continue;
    const a = pos.get(e.source), b = pos.get(e.target);
    // Bend each type's edge a little differently so parallel edges stay visible.
    const k = 0.12 + 0.08 * types.indexOf(e.event_type);
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * k, my = (a.y + b.y) / 2 - (b.x - a.x) * k;
    root.append(svg("path", { class: "edge", d: `M${a.x},${a.y} Q${mx},${my} ${b.x},${b.y}`, fill: "none", stroke: colour(e.event_type),
      "stroke-width": 1 + 4 * (e.count / maxc), "stroke-opacity": 0.75, "marker-end": `url(#arrow-${e.event_type})`, "data-type": e.event_type },
      svg("title", {}, `${e.source} ${e.event_type} ${e.target}: ${e.count}`)));
  }
  const maxn = Math.max(1, ...nodes.map((n) => n.events));
  for (const n of nodes) {
    const p = pos.get(n.id);
    const right = Math.cos(p.a) >= 0;
    const g = svg("g", { class: "node", tabindex: 0, role: "link", "data-id": n.id, style: "cursor:pointer" },
      svg("circle", { cx: p.x, cy: p.y, r: 5 + 7 * Math.sqrt(n.events / maxn), fill: "#13294b" }),
      svg("text", { x: p.x + (right ? 14 : -14), y: p.y + 4, "text-anchor": right ? "start" : "end" }, n.name),
      svg("title", {}, `${n.name}: ${n.events} events`));
    if (onNode) { g.addEventListener("click", () => onNode(n)); g.addEventListener("keydown", (ev) => ev.key === "Enter" && onNode(n)); }
    root.append(g);
  }
  return { chart: root, types, colour };
}

const STANCE_Y = { support: 0, conditional: 1, neutral: 2, oppose: 3 };

/** One row per issue: a dot per position along a shared time axis, coloured by stance. */
export function stanceTimeline(series, { width = 860, row = 34, onPoint } = {}) {
  const all = series.flatMap((s) => s.points.filter((p) => p.date).map((p) => dayNum(p.date)));
  const lo = Math.min(...all), hi = Math.max(...all);
  const pad = { l: 150, r: 20 };
  const x = (d) => (hi === lo ? (pad.l + width - pad.r) / 2 : pad.l + ((dayNum(d) - lo) / (hi - lo)) * (width - pad.l - pad.r));
  const height = series.length * row + 26;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": "Positions by issue over time" });
  series.forEach((s, i) => {
    const cy = i * row + row / 2;
    const undated = s.points.filter((q) => !q.date).length;
    root.append(svg("text", { x: 4, y: cy + 4 }, undated ? `${s.issue} (+${undated} undated)` : s.issue), svg("line", { x1: pad.l, x2: width - pad.r, y1: cy, y2: cy, stroke: "#d9dee5" }));
    let prev = null;
    for (const p of s.points.filter((q) => q.date)) {
      const jitter = (STANCE_Y[p.stance] - 1.5) * 3;
      const dot = svg("circle", { cx: x(p.date), cy: cy + jitter, r: 6, class: `dot ${p.stance}`, fill: `var(--${p.stance})`, stroke: "#fff", "data-id": p.id, style: "cursor:pointer" },
        svg("title", {}, `${p.date}: ${p.stance} — ${p.evidence || ""}`));
      if (prev && prev !== p.stance) root.append(svg("text", { x: x(p.date) - 4, y: cy - 9, "font-weight": 700 }, "↻"));
      prev = p.stance;
      if (onPoint) dot.addEventListener("click", () => onPoint(p));
      root.append(dot);
    }
  });
  if (isFinite(lo)) {
    const d0 = new Date(lo * 86400000).toISOString().slice(0, 10), d1 = new Date(hi * 86400000).toISOString().slice(0, 10);
    root.append(svg("text", { x: pad.l, y: height - 6 }, d0), svg("text", { x: width - pad.r, y: height - 6, "text-anchor": "end" }, d1));
  }
  return root;
}

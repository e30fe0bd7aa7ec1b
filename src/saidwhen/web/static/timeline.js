// The speaker's statements on the topic as an inline SVG chart: time on x, one lane per stance.
import { api, el, spanOf, svg } from "./util.js";

const LANES = [
  { key: "supports", label: "supports" },
  { key: "middle", label: "neither / not cited" },
  { key: "refutes", label: "refutes" },
];
const STANCES = {
  supports: { lane: 0, name: "supports the claim" },
  refutes: { lane: 2, name: "refutes the claim" },
  statement: { lane: 1, name: "the statement the claim reports" },
  neutral: { lane: 1, name: "cited as context" },
  uncited: { lane: 1, name: "not cited in the verdict" },
};
const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const DAY = 86400000;

/** The speaker's statements on the topic: GET /v1/speakers/{name}/timeline?topic=... */
export async function loadTimeline(speaker, topic) {
  const query = topic ? `?topic=${encodeURIComponent(topic.slice(0, 2000))}` : "";
  const data = await api(`/v1/speakers/${encodeURIComponent(speaker)}/timeline${query}`);
  return data.quotes || [];
}

/** A statement's stance: its own, else the role of a verdict citation it overlaps, else "uncited". */
export function stanceOf(quote, cites) {
  if (quote.stance && STANCES[quote.stance]) return quote.stance;
  const pieces = (quote.content || []).map(spanOf).filter(Boolean);
  const match = cites.find(
    (c) => (c.quote_id && c.quote_id === quote.id) ||
      (c.article_id === quote.article_id && pieces.some((s) => s[0] < c.span[1] && c.span[0] < s[1])),
  );
  if (!match) return "uncited";
  return ["supports", "refutes", "statement"].includes(match.role) ? match.role : "neutral";
}

function dayOf(quote) {
  const value = quote.said_on || quote.published;
  if (!value) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

function tickLabel(ms, spanDays) {
  const d = new Date(ms);
  const month = MONTHS[d.getUTCMonth()];
  return spanDays > 120 ? `${month} ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** The timeline's quotes plus any statement by ``speaker`` the verdict cites that they lack. */
export function withCited(quotes, cites, speaker) {
  const out = [...quotes];
  const same = (a, b) => String(a || "").toLowerCase() === String(b || "").toLowerCase();
  for (const c of cites) {
    if (!c.speaker || !(same(c.speaker, speaker) || String(c.speaker).toLowerCase().includes(speaker.toLowerCase()))) {
      continue;
    }
    const covered = out.some((q) => (c.quote_id && q.id === c.quote_id) || (q.article_id === c.article_id &&
      (q.content || []).map(spanOf).some((s) => s && s[0] < c.span[1] && c.span[0] < s[1])));
    if (!covered) {
      out.push({ id: c.quote_id || `${c.article_id}:${c.span[0]}`, article_id: c.article_id, content: [c.span],
        text: c.text, speaker: c.speaker, said_on: c.said_on, published: c.published });
    }
  }
  return out;
}

/** Draw the chart in ``figure``, fill the list, and show a statement's words in ``detail`` on focus. */
export function renderTimeline({ figure, list, detail, caption }, speaker, quotes, cites) {
  figure.replaceChildren();
  list.replaceChildren();
  detail.textContent = "";
  const points = quotes.map((q) => ({ q, day: dayOf(q), stance: stanceOf(q, cites) }));
  const dated = points.filter((p) => p.day !== null).sort((a, b) => a.day - b.day);
  const undated = points.length - dated.length;
  caption.textContent = quotes.length
    ? `${quotes.length} stored statement${quotes.length === 1 ? "" : "s"} by ${speaker} on this topic` +
      (undated ? `; ${undated} without a date are listed only.` : ".")
    : `No stored statements by ${speaker} on this topic.`;
  for (const p of points) {
    const when = p.q.said_on || p.q.published || "undated";
    list.append(el("li", { class: `stance-${p.stance}` }, el("span", { class: "when" }, when), ` “${p.q.text}” `,
      el("span", { class: "muted" }, `(${STANCES[p.stance].name})`)));
  }
  if (!dated.length) return;

  const [W, H, left, right, top, bottom] = [760, 200, 150, 48, 16, 40];
  let [min, max] = [dated[0].day, dated[dated.length - 1].day];
  if (max - min < 30 * DAY) [min, max] = [min - 15 * DAY, max + 15 * DAY];
  const pad = (max - min) * 0.04;
  [min, max] = [min - pad, max + pad];
  const x = (ms) => left + ((ms - min) / (max - min)) * (W - left - right);
  const laneH = (H - top - bottom) / LANES.length;
  const laneY = (i) => top + laneH * (i + 0.5);

  const chart = svg("svg", {
    viewBox: `0 0 ${W} ${H}`, role: "img", class: "timeline-chart",
    "aria-label": `Timeline of ${dated.length} statements by ${speaker}, coloured by stance toward the claim`,
  });
  LANES.forEach((lane, i) => {
    chart.append(svg("line", { x1: left, x2: W - right, y1: laneY(i), y2: laneY(i), class: "lane" }));
    chart.append(svg("text", { x: left - 10, y: laneY(i) + 4, "text-anchor": "end", class: "lane-label" }, lane.label));
  });
  const axisY = H - bottom + 6;
  chart.append(svg("line", { x1: left, x2: W - right, y1: axisY, y2: axisY, class: "axis" }));
  const spanDays = (max - min) / DAY;
  for (let i = 0; i <= 4; i += 1) {
    const ms = min + ((max - min) * i) / 4;
    chart.append(svg("line", { x1: x(ms), x2: x(ms), y1: axisY, y2: axisY + 5, class: "axis" }));
    chart.append(svg("text", { x: x(ms), y: axisY + 20, "text-anchor": "middle", class: "tick" }, tickLabel(ms, spanDays)));
  }
  const stacked = new Map();
  for (const p of dated) {
    const lane = STANCES[p.stance].lane;
    const key = `${lane}:${Math.round(x(p.day) / 6)}`;
    const n = stacked.get(key) || 0;
    stacked.set(key, n + 1);
    const cy = laneY(lane) + (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 9;
    const when = p.q.said_on || p.q.published;
    const label = `${when}: “${p.q.text}” (${STANCES[p.stance].name})`;
    const point = svg("g", { class: `point stance-${p.stance}`, tabindex: "0", role: "button", "aria-label": label },
      svg("circle", { cx: x(p.day), cy, r: 7 }), svg("title", {}, label));
    const show = () => { detail.textContent = `${speaker}, ${label}`; };
    point.addEventListener("focus", show);
    point.addEventListener("click", show);
    point.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") show(); });
    chart.append(point);
  }
  const legend = el("figcaption", { class: "legend" }, Object.entries(STANCES).map(([key, s]) =>
    el("span", { class: `key stance-${key}` }, s.name)));
  figure.append(chart, legend);
}

// Evidence: each cited sentence highlighted inside its article (by character offsets), and the
// framing view (each outlet's headline beside what the source said).
import { api, el, spanOf, words } from "./util.js";

const ROLE_NAMES = {
  statement: "The statement the claim reports",
  supports: "Supports the claim",
  refutes: "Refutes the claim",
  context: "Context",
  fact_check: "Existing fact-check",
};

/** Flatten the verdict's citations ({evidence, role, score} or flat evidence) into one list. */
export function citations(verdict) {
  const out = [];
  const seen = new Set();
  const lists = [[verdict.evidence, null], [verdict.fact_checks, "fact_check"]];
  for (const [list, fallback] of lists) {
    for (const item of list || []) {
      if (!item || typeof item !== "object") continue;
      const ev = item.evidence && typeof item.evidence === "object" ? item.evidence : item;
      const span = spanOf(ev.span);
      if (!ev.article_id || !span) continue;
      const key = `${ev.article_id}:${span[0]}:${span[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const role = item.role || ev.role || fallback || (ev.fact_check ? "fact_check" : "context");
      out.push({ ...ev, span, role, citeScore: item.score ?? ev.score ?? null });
    }
  }
  return out;
}

/** Fetch every cited article once: Map id -> article record (with its original ``text``). */
export async function fetchArticles(cites) {
  const ids = [...new Set(cites.map((c) => c.article_id))];
  const found = await Promise.all(
    ids.map((id) => api(`/v1/articles/${encodeURIComponent(id)}`).then((d) => d.article, () => null)),
  );
  return new Map(ids.map((id, i) => [id, found[i]]));
}

/** text[from, to) as nodes, with ``span`` wrapped in <mark> and condition/hedge markers in <b>. */
export function highlight(text, from, to, span, markers = []) {
  const frag = document.createDocumentFragment();
  const [s, e] = [Math.max(from, span[0]), Math.min(to, span[1])];
  frag.append(text.slice(from, s));
  const mark = document.createElement("mark");
  mark.className = "evidence";
  let at = s;
  const inside = markers
    .map((m) => ({ kind: m.kind, span: spanOf(m.span) }))
    .filter((m) => m.span && m.span[0] >= s && m.span[1] <= e)
    .sort((a, b) => a.span[0] - b.span[0]);
  for (const m of inside) {
    if (m.span[0] < at) continue;
    mark.append(text.slice(at, m.span[0]));
    mark.append(el("b", { class: `marker marker-${m.kind}`, title: words(m.kind) }, text.slice(m.span[0], m.span[1])));
    at = m.span[1];
  }
  mark.append(text.slice(at, e));
  frag.append(mark, text.slice(e, to));
  return frag;
}

/** The paragraph around a span, trimmed to a readable excerpt: [from, to]. */
function excerptBounds(text, span) {
  let from = text.lastIndexOf("\n", span[0] - 1) + 1;
  let to = text.indexOf("\n", span[1]);
  if (to < 0) to = text.length;
  if (span[0] - from > 300) from = text.lastIndexOf(" ", span[0] - 250) + 1;
  if (to - span[1] > 300) to = Math.max(span[1], text.indexOf(" ", span[1] + 250));
  return [from, to];
}

function when(value) {
  return value && typeof value === "object" && "value" in value ? value.value : value;
}

function meta(cite, article) {
  const published = cite.published || when(article?.published);
  const parts = [el("span", { class: `badge role-${cite.role}` }, ROLE_NAMES[cite.role] || words(cite.role))];
  if (cite.speaker) parts.push(el("span", { class: "speaker" }, cite.speaker));
  parts.push(el("span", {}, cite.said_on ? `said ${cite.said_on}` : "date said not given"));
  parts.push(el("cite", {}, cite.outlet || article?.outlet || "outlet unknown"));
  parts.push(el("span", {}, published ? `published ${published}` : "undated"));
  const sep = () => el("span", { class: "sep", "aria-hidden": "true" }, " · ");
  return el("p", { class: "meta" }, parts.flatMap((p, i) => (i ? [sep(), p] : [p])));
}

/** Render the evidence list: one item per citation, its sentence marked inside its article. */
export function renderEvidence(list, cites, articles) {
  list.replaceChildren();
  for (const cite of cites) {
    const article = articles.get(cite.article_id);
    const item = el("li", { class: `evidence-item role-${cite.role}` }, meta(cite, article));
    const text = article?.text;
    if (typeof text === "string" && cite.span[1] <= text.length) {
      const [from, to] = excerptBounds(text, cite.span);
      const quote = el("blockquote", { class: "excerpt" });
      if (from > 0) quote.append("… ");
      quote.append(highlight(text, from, to, cite.span, cite.markers));
      if (to < text.length) quote.append(" …");
      const whole = el("div", { class: "article-text" }, highlight(text, 0, text.length, cite.span, cite.markers));
      const title = article.title || cite.title || "untitled";
      item.append(quote, el("details", {}, el("summary", {}, `Whole article: ${title}`), whole));
    } else {
      item.append(el("blockquote", { class: "excerpt" }, el("mark", { class: "evidence" }, cite.text || "")));
    }
    item.append(el("p", { class: "source muted" }, `Source: ${cite.source || article?.source || "unknown"}`,
      ` · article ${cite.article_id}, characters ${cite.span[0]}–${cite.span[1]}`));
    list.append(item);
  }
}

/** Render the framing table: per cited article, its headline beside what the source said there. */
export function renderFraming(tbody, cites, articles) {
  tbody.replaceChildren();
  const byArticle = new Map();
  for (const cite of cites) {
    if (!byArticle.has(cite.article_id)) byArticle.set(cite.article_id, []);
    byArticle.get(cite.article_id).push(cite);
  }
  const rows = [...byArticle.entries()].map(([id, group]) => {
    const article = articles.get(id) || {};
    return { id, group, article, published: when(article.published) || group[0].published || "" };
  });
  rows.sort((a, b) => String(a.published).localeCompare(String(b.published)));
  for (const { group, article, published } of rows) {
    const said = group.filter((c) => c.speaker);
    const shown = said.length ? said : group.slice(0, 1);
    const cell = el("td", {});
    for (const cite of shown) {
      const text = article.text || "";
      const body = text ? highlight(text, cite.span[0], cite.span[1], cite.span, cite.markers) : cite.text || "";
      cell.append(el("p", {}, el("q", {}, body), cite.speaker ? ` — ${cite.speaker}` : ""));
    }
    const factCheck = group.some((c) => c.role === "fact_check" || c.fact_check);
    const headline = el("td", {}, article.title || group[0].title || "(no headline)");
    if (factCheck) headline.append(" ", el("span", { class: "badge role-fact_check" }, "fact-check"));
    tbody.append(
      el("tr", {}, el("td", {}, article.outlet || group[0].outlet || "unknown"),
        el("td", { class: "when" }, published || "undated"), headline, cell),
    );
  }
}

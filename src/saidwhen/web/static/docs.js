// Renders /openapi.json as a readable list of endpoints (a local stand-in for Swagger UI).
import { api, el } from "./util.js";

/** Docstring text with ``code`` spans as <code>. */
function prose(text) {
  return String(text).split(/``(.+?)``/).map((part, i) => (i % 2 ? el("code", {}, part) : part));
}

function params(op) {
  const rows = (op.parameters || []).map((p) =>
    el("li", {}, el("code", {}, p.name), ` (${p.in}${p.required ? ", required" : ""})`,
      p.description ? ` — ${p.description}` : ""));
  const body = op.requestBody && op.requestBody.content ? Object.keys(op.requestBody.content) : [];
  if (body.length) rows.push(el("li", {}, "body: ", body.map((t) => el("code", {}, t)).flatMap((c, i) => (i ? [", ", c] : [c]))));
  return rows.length ? el("ul", {}, rows) : null;
}

async function main() {
  const box = document.getElementById("endpoints");
  try {
    const spec = await api("/openapi.json");
    box.replaceChildren();
    for (const [path, methods] of Object.entries(spec.paths || {})) {
      for (const [method, op] of Object.entries(methods)) {
        box.append(el("section", { class: "card" },
          el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`), op.summary ? ` — ${op.summary}` : ""),
          op.description ? el("p", { class: "justification" }, prose(op.description)) : null,
          params(op),
          el("p", { class: "muted" }, `Answers: ${Object.keys(op.responses || {}).join(", ")}`)));
      }
    }
  } catch (error) {
    box.replaceChildren(el("p", { class: "status error" }, `Could not load /openapi.json: ${error.message}`));
  }
}

main();

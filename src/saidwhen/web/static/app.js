// The claim page: claim box -> POST /v1/check -> verdict card, evidence, timeline, framing, ClaimReview.
import { claimReview } from "./claimreview.js";
import { citations, fetchArticles, renderEvidence, renderFraming } from "./evidence.js";
import { loadTimeline, renderTimeline, withCited } from "./timeline.js";
import { api, download, el, words } from "./util.js";

const $ = (id) => document.getElementById(id);
const organisation = { name: "saidwhen", url: "" };
let current = null; // { verdict, claim } of the last check

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function renderVerdict(verdict) {
  const label = String(verdict.verdict || verdict.label || "");
  const badge = $("verdict-label");
  badge.textContent = words(label);
  badge.className = `label label-${label}`;
  const reasons = (verdict.reasons || []).map(words);
  $("verdict-reasons").textContent = reasons.length ? `Why: ${reasons.join(", ").toLowerCase()}` : "";
  const confidence = Number(verdict.confidence);
  const known = Number.isFinite(confidence);
  $("verdict-meter").value = known ? confidence : 0;
  $("verdict-confidence").textContent = known ? `${Math.round(confidence * 100)}%` : "not given";
  $("verdict-justification").textContent = verdict.justification || "";
  renderAlignment(verdict.alignment);
}

function renderAlignment(alignment) {
  const box = $("alignment");
  const edits = $("alignment-edits");
  edits.replaceChildren();
  box.hidden = !alignment || typeof alignment !== "object";
  if (box.hidden) return;
  const similarity = Number(alignment.similarity);
  $("alignment-fidelity").textContent = `${words(alignment.fidelity)}` +
    (Number.isFinite(similarity) ? ` (agreement ${Math.round(similarity * 100)}%)` : "");
  for (const edit of alignment.edits || []) {
    const parts = [el("strong", {}, `${words(edit.kind)} ${edit.what}`)];
    if (edit.evidence_text) parts.push(": said ", el("q", {}, edit.evidence_text));
    if (edit.claim_text) parts.push(edit.evidence_text ? ", claim has " : ": claim has ", el("q", {}, edit.claim_text));
    edits.append(el("li", {}, parts));
  }
}

function speakerOf(request, verdict, cites) {
  if (request.said_by) return request.said_by;
  if (verdict.claim && verdict.claim.speaker) return verdict.claim.speaker;
  const statement = cites.find((c) => c.role === "statement" && c.speaker);
  return statement ? statement.speaker : null;
}

async function showTimeline(speaker, topic, cites) {
  const parts = { figure: $("timeline-figure"), list: $("timeline-list"), detail: $("timeline-detail"),
    caption: $("timeline-caption") };
  if (!speaker) {
    renderTimeline(parts, "", [], cites);
    parts.caption.textContent = "The claim names no speaker, so there is no timeline of statements.";
    return;
  }
  try {
    renderTimeline(parts, speaker, withCited(await loadTimeline(speaker, topic), cites, speaker), cites);
  } catch (error) {
    renderTimeline(parts, speaker, withCited([], cites, speaker), cites);
    parts.caption.textContent = `The timeline could not be loaded (${error.message}).`;
  }
}

async function check(event) {
  event.preventDefault();
  const claim = $("claim").value.trim();
  if (!claim) {
    setStatus("Type a claim to check.", true);
    $("claim").focus();
    return;
  }
  const request = { claim };
  if ($("said-by").value.trim()) request.said_by = $("said-by").value.trim();
  if ($("date").value) request.date = $("date").value;
  $("check-button").disabled = true;
  $("result").setAttribute("aria-busy", "true");
  setStatus("Checking the claim against the record…");
  try {
    const verdict = await api("/v1/check", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request),
    });
    current = { verdict, claim };
    renderVerdict(verdict);
    const cites = citations(verdict);
    const articles = await fetchArticles(cites);
    renderEvidence($("evidence-list"), cites, articles);
    $("evidence-empty").hidden = cites.length > 0;
    renderFraming($("framing-table").tBodies[0], cites, articles);
    const topic = (verdict.claim && verdict.claim.content) || claim;
    await showTimeline(speakerOf(request, verdict, cites), topic, cites);
    $("result").hidden = false;
    setStatus(`Checked: ${words(verdict.verdict || verdict.label)}.`);
    $("verdict-card").focus();
  } catch (error) {
    setStatus(`The claim could not be checked: ${error.message}`, true);
  } finally {
    $("check-button").disabled = false;
    $("result").removeAttribute("aria-busy");
  }
}

function onKey(event) {
  // Enter checks the claim; Shift+Enter keeps the textarea's new line.
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("check-form").requestSubmit();
  }
}

async function init() {
  $("check-form").addEventListener("submit", check);
  $("claim").addEventListener("keydown", onKey);
  $("download-claimreview").addEventListener("click", () => {
    if (current) download("claimreview.jsonld", claimReview(current.verdict, current.claim, organisation),
      "application/ld+json");
  });
  $("download-json").addEventListener("click", () => {
    if (current) download("verdict.json", current.verdict, "application/json");
  });
  try {
    const health = await api("/healthz");
    organisation.name = health.organisation || organisation.name;
    organisation.url = health.organisation_url || "";
    if (health.check_available === false) setStatus("Claim checking is not available in this build.", true);
  } catch (error) {
    setStatus(`The server is not answering: ${error.message}`, true);
  }
}

init();

// ClaimReview JSON-LD (schema.org) for a verdict. The server's own rendering is used when the check
// JSON carries one (``claimreview``); otherwise it is built here from the verdict's fields.
import { words } from "./util.js";

// The numeric scale: 1 (worst) to 5 (best); alternateName carries saidwhen's label.
const RATING = { refuted: 1, misleading: 2, conflicting: 3, not_enough_evidence: 3, supported: 5 };

/** The ClaimReview object for ``verdict`` (the check JSON) reviewed by ``organisation``. */
export function claimReview(verdict, claimText, organisation) {
  if (verdict.claimreview && typeof verdict.claimreview === "object") return verdict.claimreview;
  const label = String(verdict.verdict || verdict.label || "not_enough_evidence");
  const claim = verdict.claim && typeof verdict.claim === "object" ? verdict.claim : {};
  const item = { "@type": "Claim" };
  if (claim.speaker) item.author = { "@type": "Person", name: claim.speaker };
  const when = claim.when && typeof claim.when === "object" ? claim.when.resolved : null;
  if (when) item.datePublished = when;
  const author = { "@type": "Organization", name: organisation.name || "saidwhen" };
  if (organisation.url) author.url = organisation.url;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: claim.text || claimText,
    datePublished: new Date().toISOString().slice(0, 10),
    author,
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING[label] ?? 3,
      bestRating: 5,
      worstRating: 1,
      alternateName: words(label),
      ratingExplanation: verdict.justification || "",
    },
    itemReviewed: item,
  };
}

"""Generated benign engineering text about LLM platforms: the attack vocabulary, used to
describe systems rather than to command the model. Training only.

Attacks talk about prompts, policies, filters, guards, rules, modes and secrets; so do the
people who build and run LLM applications, all day, in design notes, tickets, commit
messages, runbooks and chat. Without such text on the benign side the classifier learns
that those words alone are an attack (the reverted round flagged technical prose for it).
Sentences are composed from parts written for this file; nothing is taken from this
repository's documentation, which the ordinary-text test reads.
"""

from __future__ import annotations

import random

THINGS = ["the system prompt", "the prompt template", "the content policy", "the safety filter",
          "the moderation service", "the input guard", "the output validator", "the rate limiter",
          "the fallback model", "the retry policy", "the token budget", "the cache layer",
          "the embedding index", "the judge model", "the routing rules", "the PII redactor",
          "the secret store", "the admin console", "the debug mode flag", "the eval harness",
          "the staging model", "the prompt registry", "the tool schema", "the response parser",
          "the circuit breaker", "the consumer group", "the audit log", "the developer sandbox",
          "each request's instructions", "the model's context window", "the system message"]
STATES = ["is versioned with every release", "lives in its own repository",
          "runs before the request reaches the provider", "is configured per tenant",
          "was rewritten last sprint", "adds about two milliseconds", "needs a second reviewer",
          "ignores empty messages", "overrides the defaults from the base file",
          "is disabled in local development", "drops requests that exceed the limit",
          "reveals its decision in the telemetry row", "sends a metric for every rejection",
          "rejects payloads without a schema", "must be reloaded after a change",
          "never blocks health checks", "keeps the last three versions", "falls back to the cached answer",
          "is bypassed for internal traffic only", "should stay under fifty lines"]
TICKET = ["Bug: {t} {s} even when the flag is off.", "Proposal: {t} {s}.",
          "Question for the team: why {t} {s}?", "Fixed: {t} now {s2}.",
          "TODO: check whether {t} {s} in production.", "Postmortem note: {t} {s}, which hid the outage.",
          "Docs: explain that {t} {s}.", "Design review: {t} {s}; we agreed to keep it.",
          "{T} {s}, so the on-call runbook needs a new step.", "Reminder that {t} {s}."]
COMMITS = ["guard: lower the injection threshold for the support route",
           "prompts: publish version 7 of the summary template and move the staging label",
           "cache: skip the semantic lookup when temperature is above zero",
           "retry: honour Retry-After before the backoff schedule",
           "policy: redact phone numbers instead of blocking them on the internal route",
           "eval: add forty questions about refunds to the golden set",
           "filter: stop flagging 'override' in CSS snippets",
           "router: send long documents to the model with the larger context window",
           "tests: the judge prompt must return valid JSON for every verdict",
           "config: unknown keys in the guard section are errors now",
           "docs: how to roll back a prompt label without a deploy",
           "budget: downgrade to the cheaper model when the tenant hits 90 percent"]
CHAT = ["Can someone review my PR that changes the system prompt for the billing bot?",
        "The moderation filter is rejecting recipes with the word 'kill' again, any ideas?",
        "We should never log the raw prompt, only its hash.",
        "Heads up: the staging model ignores the temperature parameter.",
        "Does the new policy apply to internal users or only customers?",
        "I turned on debug mode in staging to trace the slow requests.",
        "Who owns the prompt registry? I need a new label for the A/B test.",
        "The safety classifier flagged a support ticket that quoted a phishing email.",
        "Let's keep the instructions in the template short; the model follows them better.",
        "The fallback chain ends with the local model, so outages are graceful.",
        "Our eval shows the new prompt version answers refunds questions more accurately.",
        "Please don't paste API keys into the channel, use the secret store."]
TERMS = ["prompt", "policy", "filter", "guard", "model", "token", "cache", "budget", "route",
         "schema", "retry", "limit", "label", "version", "secret", "judge", "signal", "rule"]


def platform_note(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        thing = rng.choice(THINGS)
        return rng.choice(TICKET).format(t=thing, T=thing[0].upper() + thing[1:],
                                         s=rng.choice(STATES), s2=rng.choice(STATES))
    if roll < 0.65:
        return rng.choice(COMMITS)
    if roll < 0.85:
        return rng.choice(CHAT)
    # Glossary-like definitions, several terms in a row.
    terms = rng.sample(TERMS, 3)
    return " ".join(f"A {term} {rng.choice(STATES)}." for term in terms)

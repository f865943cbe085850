"""Generated benign engineering text about LLM platforms: the attack vocabulary, used to
describe systems rather than to command the model. Training only.

Attacks talk about prompts, policies, filters, guards, rules, modes and secrets; so do the
people who build and run LLM applications, all day, in design notes, tickets, commit
messages, runbooks and chat; and users ask about AI tools and set preferences for the
conversation ("from now on, answer in Portuguese"). Without such text on the benign side the classifier learns
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
# Users asking about AI tools, and setting preferences for the conversation: they name the
# assistant, its reading and its rules without addressing it as an attack does.
AI_TOOLS = ["an AI assistant", "a chatbot", "the AI in my email app", "an AI agent", "a language model",
            "the copilot", "an AI grader", "an AI note-taker", "an AI reviewer", "a summarising bot"]
AI_OBJECTS = ["my email", "my calendar", "our contracts", "patient records", "my bank statements",
              "the team's chat history", "student essays", "pull requests", "my photos", "our wiki"]
AI_QUESTIONS = ["Is it safe to give {t} access to {o}?", "Can {t} read {o} without storing it?",
                "Should we let {t} go through {o}?", "What are the privacy risks if {t} sees {o}?",
                "How accurate is {t} at sorting {o}?", "Would you trust {t} with {o}?",
                "Our manager wants {t} to summarise {o}. Good idea?", "Does {t} keep a copy of {o}?",
                "How do I stop {t} from scanning {o}?", "Which settings control what {t} can see in {o}?"]
PREFERENCES = ["For the rest of this {c}, please {p}.", "From now on, {p}, thanks.",
               "Until we finish this {c}, {p}.", "Could you {p} for the remainder of the {c}?",
               "New preference for this {c}: {p}."]
PREFERRED = ["answer in Portuguese", "keep replies under three sentences", "use metric units",
             "call me Sam", "write numbers as digits", "skip the pleasantries", "use British spelling",
             "explain like I'm twelve", "add a summary at the end", "reply in a friendly tone"]
CHATS = ["conversation", "chat", "session", "thread", "lesson"]
WITHOUT = ["Describe a {g} without {x}.", "Invent a {g} that needs no {x}.", "Plan a {g} without {x}.",
           "Write a {g} with no {x} at all.", "Suggest a {g} without any {x}."]
WITHOUT_G = ["card game", "party game", "weekend", "recipe", "short story", "workout", "road trip",
             "poem", "board game", "lesson plan"]
WITHOUT_X = ["rules", "limits", "dice", "sugar", "dialogue", "equipment", "a screen", "money",
             "a referee", "restrictions on players"]


def ai_question(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(AI_QUESTIONS).format(t=rng.choice(AI_TOOLS), o=rng.choice(AI_OBJECTS))
    if roll < 0.75:
        return rng.choice(PREFERENCES).format(c=rng.choice(CHATS), p=rng.choice(PREFERRED))
    return rng.choice(WITHOUT).format(g=rng.choice(WITHOUT_G), x=rng.choice(WITHOUT_X))


TERMS = ["prompt", "policy", "filter", "guard", "model", "token", "cache", "budget", "route",
         "schema", "retry", "limit", "label", "version", "secret", "judge", "signal", "rule"]


def platform_note(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.25:
        return ai_question(rng)
    if roll < 0.5:
        thing = rng.choice(THINGS)
        return rng.choice(TICKET).format(t=thing, T=thing[0].upper() + thing[1:],
                                         s=rng.choice(STATES), s2=rng.choice(STATES))
    if roll < 0.68:
        return rng.choice(COMMITS)
    if roll < 0.86:
        return rng.choice(CHAT)
    # Glossary-like definitions, several terms in a row.
    terms = rng.sample(TERMS, 3)
    return " ".join(f"A {term} {rng.choice(STATES)}." for term in terms)

"""Read-only listings for analysts: who said what, and which events, with evidence."""

from __future__ import annotations

from pathlib import Path

from lagebild.store.reader import QueryResult, run_query

_QUOTES = """
SELECT coalesce(s.name, q.speaker) AS speaker, q.kind, q.cue, q.text,
       ar.title, ar.published, ar.uri
FROM quotes q
JOIN articles ar ON ar.id = q.article_id
LEFT JOIN actors s ON s.id = q.speaker
WHERE (? IS NULL OR q.speaker = ? OR s.name ILIKE ? OR s.name_de ILIKE ?)
ORDER BY ar.published DESC NULLS LAST, ar.id, q.idx
LIMIT ?
"""

# An event's reports across the store share its event_key (type, actors, day):
# GDELT's NumMentions / NumArticles / NumSources are counted over that key.
_EVENTS = """
WITH reports AS (
    SELECT e.event_key, count(m.event_id) AS num_mentions,
           count(DISTINCT e.article_id) AS num_articles,
           count(DISTINCT coalesce(regexp_extract(ar.uri, '^https?://([^/]+)', 1), ar.uri))
               AS num_sources
    FROM events e
    JOIN articles ar ON ar.id = e.article_id
    LEFT JOIN event_mentions m ON m.event_id = e.id
    GROUP BY e.event_key
)
SELECT e.date, e.type, e.mode, e.status,
       (SELECT list(coalesce(a.name, u.x)) FROM (SELECT unnest(e.source) AS x) u
        LEFT JOIN actors a ON a.id = u.x) AS source,
       (SELECT list(coalesce(a.name, u.x)) FROM (SELECT unnest(e.target) AS x) u
        LEFT JOIN actors a ON a.id = u.x) AS target,
       e.cameo, e.quad_class, e.goldstein, round(e.confidence, 2) AS confidence,
       r.num_mentions, r.num_articles, r.num_sources,
       substring(ar.text, m.evidence_start + 1, m.evidence_end - m.evidence_start) AS evidence,
       ar.title, ar.uri
FROM events e
JOIN articles ar ON ar.id = e.article_id
LEFT JOIN event_mentions m ON m.event_id = e.id AND m.idx = 0
LEFT JOIN reports r ON r.event_key IS NOT DISTINCT FROM e.event_key
WHERE (? IS NULL OR e.type = upper(?))
  AND (? IS NULL OR coalesce(e.date, ar.published) >= ?)
  AND (? IS NULL OR EXISTS (
        SELECT 1 FROM actors a
        WHERE (list_contains(e.source, a.id) OR list_contains(e.target, a.id))
          AND (a.id = ? OR a.name ILIKE ? OR a.name_de ILIKE ? OR a.code = ?)))
ORDER BY coalesce(e.date, ar.published) DESC NULLS LAST, e.id
LIMIT ?
"""


def list_quotes(db: str | Path, speaker: str | None = None, limit: int = 100) -> QueryResult:
    pattern = f"%{speaker}%" if speaker else None
    return run_query(db, _QUOTES, [speaker, speaker, pattern, pattern, limit])


def list_events(
    db: str | Path,
    actor: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    limit: int = 100,
) -> QueryResult:
    pattern = f"%{actor}%" if actor else None
    params = [event_type, event_type, since, since, actor, actor, pattern, pattern, actor, limit]
    return run_query(db, _EVENTS, params)

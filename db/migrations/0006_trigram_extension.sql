-- Substring search over template names and keys stays fast at 100,000 templates with trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

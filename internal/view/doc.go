// Package view builds the read models that Parallax shows: a story with its
// members, a story's comparison report, an article with its revisions,
// copies and story, and search hits. The command line prints them as text or
// JSON and the web server renders them as pages and API responses, so both
// speak the same JSON.
package view

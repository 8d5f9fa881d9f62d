package article

import (
	"net/url"
	"regexp"
	"strings"
)

// Kinds of article (Kind). A news report has none: only a piece its
// outlet itself marks as a column or an analysis gets one.
const (
	// KindOpinion is a column, an editorial, an op-ed or a commentary.
	KindOpinion = "opinion"
	// KindAnalysis is a piece its outlet labels an analysis: a
	// reporter's reading of the news rather than the news.
	KindAnalysis = "analysis"
)

// Kind says whether a is a column or an analysis (KindOpinion,
// KindAnalysis) or a report (""), from what a's outlet says of it
// outright, never from its style: a label opening its headline
// ("OPINION: …", "Analysis: …", "Commentary | …") or closing it ("…:
// Column"), a section of its address (/opinion/, /opinions/,
// /commentary/, /editorials/, /columnists/, the Guardian's
// /commentisfree/, …, or an outlet's own comment section, see
// hostSection), a category or tag of that name, a byline that
// says so ("Jane Roe, Opinion Contributor", "Analysis John Doe": that
// label first, as the outlet's own word), the disclaimer a column
// carries at its top or foot (the views expressed being the writer's
// own) or a note closing it that its writer is a fellow of some
// institute (fellowLine), an outlet name that is an opinion section
// ("Fox News Opinion", see OutletKind), or one of the lines with which
// an outlet marks the piece in its text (lineKind: a paragraph that is
// only a label, "ANALYSIS/OPINION:"; a deck giving the argument as the
// author's; a standing column's closing note; a syndicate's copyright
// line). Precision first (issue
// 14: the mark must not call a report a column): a style that only looks
// like a column (a question, the first person, a judgement) is no sign,
// nor sections that mix news and comment (/blogs/, /voices/).
//
// It is the one classifier of an article's kind. The comparison sets
// compare.Article.Kind with it, which the story page, the Markdown and
// the JSON and API read, and the overview skips such pieces for its lede;
// the clusterer reads it as story.Doc.Kind (see stories.Doc), and never
// takes such a piece's headline for an event's title while the event has
// a piece without a kind.
func Kind(a *Article) string {
	if a == nil {
		return ""
	}
	for _, au := range a.Authors {
		// The outlet's own label before its writer's name ("Analysis
		// Stephen Collinson" on CNN) says more than a label an
		// aggregator put before the headline ("OPINION: …").
		if m := authorLabel.FindStringSubmatch(au); m != nil {
			return labelKind(m[1])
		}
	}
	if k := titleKind(a.Title); k != "" {
		return k
	}
	if k := pathKind(a.URL); k != "" {
		return k
	}
	for _, c := range append(append([]string(nil), a.Categories...), a.Tags...) {
		if k := sectionKind(strings.ToLower(strings.TrimSpace(c))); k != "" {
			return k
		}
	}
	for _, au := range a.Authors {
		if bylineKind.MatchString(au) {
			return KindOpinion
		}
	}
	if OutletKind(a.Outlet) != "" {
		return KindOpinion
	}
	n := len(a.Paragraphs)
	for i, p := range a.Paragraphs {
		if i >= 3 && i < n-3 {
			continue
		}
		if k := lineKind(p, i, n); k != "" {
			return k
		}
		if m := bylineLine.FindStringSubmatch(p); m != nil {
			return labelKind(m[1])
		}
		if i >= n-3 && fellowLine.MatchString(p) {
			return KindOpinion
		}
	}
	return ""
}

// lineKind returns the kind a marking line says of the piece when p, the
// i-th of n paragraphs, is one, else "": a paragraph that is only a label
// ("ANALYSIS/OPINION:", "COMMENTARY"), a note closing a standing column
// ("The Memo is a reported column by ..."), a syndicate's copyright line,
// a deck that gives the argument as its author's, a disclaimer of the
// writer's views. A label
// counts among the first three paragraphs, a deck only as the first, a
// column's note or a syndicate's line among the last three, a
// disclaimer at either end.
func lineKind(p string, i, n int) string {
	if mayDisclaim(p) && disclaimer.MatchString(p) || containsFold(p, "reflect") && columnReflects.MatchString(p) {
		return KindOpinion
	}
	if i < 3 {
		if k := bodyLabelKind(p); k != "" {
			return k
		}
	}
	if i == 0 && (strings.Contains(p, "author") || strings.Contains(p, "writer")) && authorDeck.MatchString(p) {
		return KindOpinion
	}
	if i >= n-3 && syndicated(p) {
		return KindOpinion
	}
	if i >= n-3 && strings.Contains(p, " column ") {
		if m := columnNote.FindStringSubmatch(p); m != nil {
			if m[1] != "" || m[2] != "" {
				return KindAnalysis
			}
			return KindOpinion
		}
	}
	return ""
}

// bodyLabel matches a paragraph that is nothing but the label of the
// piece's kind, as some outlets open a column's or an analysis's body
// under its headline: "ANALYSIS/OPINION:" (the Washington Times'
// columns), "COMMENTARY", "News analysis:", "Opinion". Only the whole
// paragraph: a report's sentence that opens on the word ("Opinion was
// split ...") or a label that runs on into text is no sign.
var bodyLabel = regexp.MustCompile(`^\s*(ANALYSIS/OPINION|OPINION|COMMENTARY|EDITORIAL|OP-ED|GUEST COLUMN|GUEST COMMENTARY|NEWS ANALYSIS|ANALYSIS|Analysis/Opinion|Opinion|Commentary|Editorial|Op-Ed|Guest Column|Guest Commentary|News Analysis|Analysis)\s*:?\s*$`)

// bodyLabelKind returns the kind a paragraph that is only a label says
// (see bodyLabel), "" for any other paragraph. "ANALYSIS/OPINION" is the
// label of a column.
func bodyLabelKind(p string) string {
	if len(p) > 40 {
		return ""
	}
	if m := bodyLabel.FindStringSubmatch(p); m != nil {
		return labelKind(m[1])
	}
	return ""
}

// authorDeck matches the summary line an outlet sets above a guest
// column, which gives the argument as its writer's: "The ferries
// carry the night shift, the author says." (Politico's op-eds).
var authorDeck = regexp.MustCompile(`,\s+(?:the\s+)?(?:author|writer)s?\s+(?:says|writes|argues|say|write|argue)\.`)

// columnNote matches the note with which an outlet closes a piece of a
// standing column, naming the column as such: "The Harbour Desk is a
// reported column by Tomas Vell" (The Hill's "The Memo"), "Sorn Watch is
// a weekly column written by Post reporters, members of its council desk". A
// reported column, or one its newsroom's reporters write (the first
// and second groups), is an analysis; another, a column of opinion. Not
// a note on the writer ("X is a columnist for ..."): beat columnists
// file reports too.
var columnNote = regexp.MustCompile(`^\W*(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}is an? (?:(reported) )?(?:(?:weekly|daily|regular|monthly|syndicated) )?column (?:by|from|written by)\b(?:.*\b(members of)\b)?`)

// syndicateRights matches the copyright line of a column an outlet
// takes from a syndicate: "© Copyright 2031 by Creators Syndicate Inc.",
// "(c) 2031 Washington Post Writers Group". The line, not a mention:
// a report may name a syndicate.
var syndicateRights = regexp.MustCompile(`(?i)^\W*(?:©|\(c\)|copyright)[^.]{0,40}?\b(?:Creators Syndicate|Washington Post Writers Group|Tribune Content Agency|King Features Syndicate|Universal Press Syndicate|Andrews McMeel Syndication)\b`)

// syndicated reports whether p is a syndicated column's copyright line
// (syndicateRights); a cheap test for the symbol or word first.
func syndicated(p string) bool {
	if len(p) > 200 || !strings.Contains(p, "©") && !strings.Contains(p, "(c)") && !strings.Contains(p, "(C)") && !strings.Contains(strings.ToLower(p), "copyright") {
		return false
	}
	return syndicateRights.MatchString(p)
}

// columnReflects matches the note by which an outlet disowns a column's
// view: "This column does not necessarily reflect what the Post's board
// thinks".
var columnReflects = regexp.MustCompile(`(?i)\bth(?:is|e) (?:column|op-ed|commentary)(?: or the author's views)? does not necessarily reflect\b`)

// OutletKind returns KindOpinion when an outlet's name as its input gives
// it is an opinion section ("Fox News Opinion", "New York Times -
// Opinion"), else "". Not "Editorial" nor "Guest Writer": in ABP, "CNN -
// Editorial" and "Guest Writer - Right" also name plain reports (a CNN
// court report, a Washington Times White House story). The store
// may fold such a name into its outlet's ("CNN"), so a caller that shows
// the folded name asks of the name the input gave.
func OutletKind(outlet string) string {
	o := strings.ToLower(outlet)
	for _, w := range []string{"opinion", "commentary", "op-ed"} {
		if strings.Contains(o, w) {
			return KindOpinion
		}
	}
	return ""
}

// titleLabel matches a label opening a headline: "OPINION: …", "Analysis
// | …", "Op-Ed — …", "News analysis: …", The Hill's "The Memo: …" (Niall
// Stanage's analysis column). titleTail matches one closing it: "…:
// Column", "… | Opinion", "… (opinion)".
var (
	titleLabel = regexp.MustCompile(`(?i)^\s*(opinion|op-?ed|editorial|commentary|column|perspective|analysis/opinion|analysis|news analysis|the memo)\s*(?::|\||\s[-—–]\s)`)
	titleTail  = regexp.MustCompile(`(?i)(?::|\||\s[-—–])\s*(opinion|op-?ed|editorial|commentary|column|analysis)\s*$|\((opinion|op-?ed|editorial|commentary|column|analysis)\)\s*$`)
)

// titleKind returns the kind a headline's label says (see titleLabel).
func titleKind(title string) string {
	if m := titleLabel.FindStringSubmatch(title); m != nil {
		return labelKind(m[1])
	}
	if m := titleTail.FindStringSubmatch(strings.TrimSpace(title)); m != nil {
		return labelKind(m[1] + m[2])
	}
	return ""
}

// labelKind returns the kind of a headline's label word.
func labelKind(l string) string {
	switch strings.ToLower(l) {
	case "analysis", "news analysis", "the memo":
		return KindAnalysis
	}
	return KindOpinion
}

// sectionKind returns the kind of a section's name, a segment of an
// address or a category, in small letters: the sections outlets publish
// comment under.
func sectionKind(s string) string {
	switch s {
	case "opinion", "opinions", "op-ed", "op-eds", "oped", "opeds", "commentary", "editorial", "editorials",
		"columnists", "columns", "column", "commentisfree", "letters", "letters-to-the-editor",
		"the-monitors-view", "pundits-blog", "political-commentary":
		return KindOpinion
	case "analysis", "news-analysis", "the-memo":
		return KindAnalysis
	}
	return ""
}

// pathKind returns the kind the sections of an address say: any segment
// of its path but the last (the piece's own name, whose words may say
// anything: "…-trump-opinion-poll").
func pathKind(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Path == "" {
		return ""
	}
	segs := strings.Split(strings.Trim(p.Path, "/"), "/")
	if len(segs) > 1 && hostSection(p.Hostname(), strings.ToLower(segs[0])) {
		return KindOpinion
	}
	for _, s := range segs[:max(0, len(segs)-1)] {
		if k := sectionKind(strings.ToLower(s)); k != "" {
			return k
		}
	}
	return ""
}

// hostSection reports whether section, the first segment of an address's
// path on host, is a section an outlet publishes only comment under,
// though its name does not say so: National Review's /article/ and
// /corner/ and its dated addresses (/2019/04/…; its news is under
// /news/), The Atlantic's /ideas/. Each
// was kept after reading a random 20 of its ABP articles, all or all
// but one columns or analyses (abpjudged README, session 58).
func hostSection(host, section string) bool {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	switch host {
	case "nationalreview.com":
		return section == "article" || section == "corner" || yearSection(section)
	case "theatlantic.com":
		return section == "ideas"
	}
	return false
}

// yearSection reports whether s is a year of four digits (19xx, 20xx).
func yearSection(s string) bool {
	if len(s) != 4 || (s[:2] != "19" && s[:2] != "20") {
		return false
	}
	return strings.Trim(s, "0123456789") == ""
}

// bylineKind matches an author as a byline gives a columnist: "Jane Roe,
// Opinion Contributor", "John Doe, Opinion Writer", "Columnist".
var bylineKind = regexp.MustCompile(`(?i)\b(?:opinion (?:contributor|writer|columnist|editor)|columnist|editorial board|op-ed contributor)\b`)

// authorLabel matches a byline that opens with the piece's kind:
// "Analysis Stephen Collinson", "Opinion by Frida Ghitis".
var authorLabel = regexp.MustCompile(`^\s*(Analysis|Opinion|Commentary|News Analysis)(?: by)? \p{Lu}`)

// fellowLine matches the note on its writer that closes a guest column:
// a paragraph that opens with a name (after a dash, maybe) and says the
// writer is a fellow of some institute ("— Jane Roe is a senior fellow
// at the Example Institute."). Not other such notes: "… is a columnist
// for …" also closes news reports of writers with a beat column, and "…
// is the editor of …" those of a site's own editors.
var fellowLine = regexp.MustCompile(`^\s*(?:[—–-]+\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}is an? (?:[\p{L}-]+ ){0,3}fellow\b`)

// disclaimer matches the note with which outlets mark a column as its
// writer's view ("the opinions expressed in this column are the
// author's own", "the views expressed here are his").
var disclaimer = regexp.MustCompile(`(?i)\b(?:opinions?|views?) expressed (?:in th(?:is|ese) (?:commentar(?:y|ies)|columns?|op-eds?|pieces?|articles?|posts?|channel)|here|by (?:the )?columnists|by the (?:author|writer)s? of this (?:piece|article|column|post)) are (?:his|hers?|theirs?|solely|entirely|those of|the author|the (?:opinions?|views?) of the (?:author|writer)|(?:his|her|their|the author's|the writer's) own)\b`)

// mayDisclaim reports whether p holds "expressed" in any case, which
// every disclaimer does: a cheap test before the disclaimer's expression,
// run on each of up to six paragraphs of every article clustered.
func mayDisclaim(p string) bool { return containsFold(p, "expressed") }

// containsFold reports whether s holds word, a lower-case ASCII word, in
// any ASCII case: the cheap test before a case-insensitive expression
// that needs word, without lower-casing s.
func containsFold(s, word string) bool {
	up := word[0] - 'a' + 'A'
	for i := 0; i+len(word) <= len(s); i++ {
		j := strings.IndexAny(s[i:], string([]byte{word[0], up}))
		if j < 0 || i+j+len(word) > len(s) {
			return false
		}
		i += j
		if strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// bylineLine matches a paragraph that is a columnist's byline or the
// label of an analysis: "Opinion by Jane Roe", "Analysis by John Doe".
var bylineLine = regexp.MustCompile(`^\s*(Opinion|Analysis|Commentary|OPINION|ANALYSIS|COMMENTARY) by \p{Lu}`)

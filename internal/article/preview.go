package article

import (
	"regexp"
	"strings"
)

// Preview reports whether a is a preview: a piece written before the
// happening it is about, telling it as still to come (a debate's "things
// to watch", a primary's "what time do polls close", a speech's "what to
// expect"). An event groups a preview with the reports of its happening
// (the judged pairs label them one event, internal/eval/eventeval
// SAMPLING.md "Previews and results"); the page tells them apart so that
// a preview does not title the event, open its overview, or stand beside
// the result as if it stated it.
//
// Precision first: a report must not be taken for a preview. Signs:
//   - the headline names a guide to the coming happening (previewGuide):
//     "5 things to watch", "what to expect";
//   - or the address does (previewPath: ".../debate-preview/") and the
//     headline or the lede looks ahead (an address keeps the words of
//     the page's first version);
//   - or the headline looks ahead (previewTitle: "Trump to lay out …",
//     "Clinton, Trump poised for …", "Who's winning Indiana?") and so
//     does the lede, the first sentence of the writer's own, which tells
//     the happening as coming that day or soon ("will", "is expected
//     to", "tonight", "faces a test in Tuesday's primary") and tells
//     nothing done with a verb of a result (won, ended, concluded…).
//
// A headline alone is no sign: pages whose headline looks ahead are
// often updated to report the outcome (session 56 read seven such),
// and reports name what comes next ("will hear the appeal").
func Preview(a *Article) bool {
	if a == nil {
		return false
	}
	if previewGuide.MatchString(a.Title) {
		return true
	}
	lede := ledeSentence(a.Paragraphs)
	aheadLede := lede != "" && previewLede.MatchString(lede) && !resultLede.MatchString(lede)
	title := quotedTitle.ReplaceAllString(a.Title, " ")
	aheadTitle := (previewTitle.MatchString(title) || planTitle(title)) && !reportedTitle.MatchString(title)
	if previewPath.MatchString(strings.ToLower(a.URL)) {
		// An address keeps the words of a page's first version, which
		// an outlet may rewrite to report the outcome (CNN's preview
		// addresses over a speech's report).
		return aheadLede || aheadTitle
	}
	return aheadTitle && aheadLede
}

// planVerbs are the acts a headline's infinitive announces as coming
// ("Romney to deliver …", "FBI director to testify …").
var planVerbs = regexp.MustCompile(`(?i)\b(\w+) to (?:lay out|detail|unveil|deliver|give|address|meet|testify|vote|pick|choose|name|hold|debate|speak)\b`)

// notPlanner are words before such an infinitive that make it no plan
// of the headline's subject ("unable to speak", "wants to meet", "time
// to vote").
var notPlanner = map[string]bool{"unable": true, "able": true, "want": true, "wants": true, "wanted": true, "ask": true, "asks": true,
	"asked": true, "refuse": true, "refuses": true, "refused": true, "agree": true, "agrees": true, "agreed": true, "decide": true,
	"decides": true, "decided": true, "plan": true, "plans": true, "planned": true, "fail": true, "fails": true, "failed": true,
	"try": true, "tries": true, "tried": true, "seek": true, "seeks": true, "hope": true, "hopes": true, "going": true, "has": true,
	"have": true, "had": true, "need": true, "needs": true, "chance": true, "time": true, "how": true, "what": true, "where": true,
	"when": true, "not": true, "urges": true, "urged": true, "calls": true, "called": true, "invites": true, "invited": true}

// planTitle reports whether title announces a plan of its subject with
// an infinitive (see planVerbs, notPlanner).
func planTitle(title string) bool {
	for _, m := range planVerbs.FindAllStringSubmatch(title, -1) {
		if !notPlanner[strings.ToLower(m[1])] {
			return true
		}
	}
	return false
}

// quotedTitle matches a headline's quoted words ("… 'promises made and
// promises kept' …"), which are someone's, not the headline's.
var quotedTitle = regexp.MustCompile(`"[^"]*"|“[^”]*”|‘[^’]*’|(?:^|\s)'[^']+'`)

var (
	// previewGuide is a headline of a guide to a happening still to
	// come.
	previewGuide = regexp.MustCompile(`(?i)\b(?:(?:things|lawmakers|questions|races|states) to (?:watch|look for)|what to (?:watch|expect|look for)|to watch (?:for|at|in)\b|preview\s*:|how to watch|who will be (?:on ?stage|there)|what time (?:is|does|do)|time,? (?:and )?channel|what channel)`)
	// previewPath is the same in an address's words.
	previewPath = regexp.MustCompile(`[/-](?:preview|what-to-watch|what-to-expect|what-to-look-for|things-to-watch|things-to-look-for|to-watch-for|how-to-watch|what-time-(?:is|does|do))(?:[-/.]|$)`)
	// previewTitle is a headline that looks ahead: an infinitive of a
	// plan ("Trump to detail …"), a future, a happening about to come,
	// or a question who will win.
	previewTitle = regexp.MustCompile(`(?i)\b(?:set (?:to|for)|slated (?:to|for)|poised (?:to|for)|heads? into|faces? (?:a|an|another)|seeks? to|prepares? to|looks? to|hopes? to|banks? on|who(?:'s|’s| is) winning|who will|fight night|showdown|expectations|tonight(?:'s|’s)?)\b|\btoday\W*$`)
	// reportedTitle is a headline that reports what someone said or
	// found of the future ("Senator Doe says he will vote to convict",
	// "Trump: I will release …", "… will push workers out: CBO", "…
	// to resign: aides"; the source after the colon is one word of any
	// case): the saying is the news.
	reportedTitle = regexp.MustCompile(`(?i)\b(?:says?|said|predicts?|vows?|reveals?|threatens?|threat|warns?|insists?|pledges?|promises?)\b|:\s*report\s*$|^[^:]{2,40}: ['‘"“]?(?:i|we|it|they|he|she)\b|:\s*[a-z][\w.]*\s*$`)
	// previewLede is a lede telling its happening as still to come.
	previewLede = regexp.MustCompile(`(?i)\b(?:will|(?:is|are) (?:expected|set|scheduled|slated|poised|due|planning|heading|headed) to|plans? to|could get|faces? an? |heads? into|tonight|later (?:today|this week|on)|this weekend|ahead of|before (?:the|his|her|their) |prepares? to (?:vote|caucus|cast)|(?:is|are) (?:looking|hoping|eyeing)\b|another chance|take place|to be released|could (?:determine|bring|decide)|all eyes are on|go to the polls|(?:is|are) \w+ing\b[^.]{0,20}\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`)
	// resultLede is a lede that tells a result as done.
	resultLede = regexp.MustCompile(`(?i)\b(?:won|wins|defeated|beat|concluded|ended|emerged|clinched|suspended|suspends|delivered|announced|unveiled|took the stage|capped|embarked|set off|sets off|kicked off)\b`)
)

// ledeSentence returns the first sentence of the writer's own in paras,
// among the first three paragraphs of eight words or more (a byline, an
// outlet's name, a photo credit or a highlight line is shorter or not
// the writer's prose), outside quotation marks; "" when there is none.
func ledeSentence(paras []string) string {
	seen := 0
	for _, p := range paras {
		p = strings.TrimSpace(p)
		if len(strings.Fields(p)) < 8 || strings.HasPrefix(p, "Story highlights") || strings.HasPrefix(p, "Enlarge this image") {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		if r := p[0]; r == '"' || strings.HasPrefix(p, "“") {
			continue // a quotation first: someone's words
		}
		s := p
		if i := strings.Index(s, ". "); i > 0 {
			s = s[:i+1]
			if len(strings.Fields(s)) < 8 {
				// "Well, the day has arrived.": a short opener; the
				// lede goes on in the next sentence.
				if j := strings.Index(p[i+2:], ". "); j > 0 {
					s = p[:i+2+j+1]
				} else {
					s = p
				}
			}
		}
		return quoted.ReplaceAllString(s, "")
	}
	return ""
}

// quoted matches a stretch in double quotation marks.
var quoted = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

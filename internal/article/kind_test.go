package article

import "testing"

// TestKind: a piece is marked a column or an analysis only where
// its outlet says so outright (a headline label, a section of its
// address, a category, a byline, a column's disclaimer, an opinion
// section's name); a report whose words merely sound like one, or whose
// address names an opinion poll, is not.
func TestKind(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    Article
		want string
	}{
		{"title label", Article{Title: "OPINION: The ferry ban is a mistake"}, KindOpinion},
		{"title label, small letters", Article{Title: "Commentary | Sorn deserves better ferries"}, KindOpinion},
		{"title tail", Article{Title: "Sorn should keep its night ferries: Column"}, KindOpinion},
		{"analysis label", Article{Title: "Analysis: What the ferry vote means for the mayor"}, KindAnalysis},
		{"memo label", Article{Title: "The Memo: Mayor gambles on the ferry vote"}, KindAnalysis},
		{"opinion section", Article{Title: "Keep the night ferries", URL: "https://sorn-post.example/opinion/2031/05/15/keep-the-night-ferries/"}, KindOpinion},
		{"comment section", Article{Title: "Keep the night ferries", URL: "https://lantern.example/commentisfree/2031/may/15/ferries"}, KindOpinion},
		{"analysis section", Article{Title: "Why the ferries stopped", URL: "https://wire.example/news/analysis/why-the-ferries-stopped"}, KindAnalysis},
		{"memo section", Article{Title: "Mayor gambles", URL: "https://hill.example/homenews/the-memo/123-mayor-gambles"}, KindAnalysis},
		{"category", Article{Title: "Keep the night ferries", Categories: []string{"Opinion"}}, KindOpinion},
		{"byline", Article{Title: "Keep the night ferries", Authors: []string{"Lena Ost, Opinion Contributor"}}, KindOpinion},
		{"byline label", Article{Title: "Mayor gambles on ferries", Authors: []string{"Analysis Tomas Vell"}}, KindAnalysis},
		{"byline label wins over an aggregator's", Article{Title: "OPINION: Mayor gambles on ferries", Authors: []string{"Analysis Tomas Vell"}}, KindAnalysis},
		{"disclaimer", Article{Title: "Keep the night ferries", Paragraphs: []string{"Lena Ost teaches at the Sorn college. The views expressed in these columns are hers.", "The council erred."}}, KindOpinion},
		{"opinion outlet", Article{Title: "Keep the night ferries", Outlet: "Sorn Post - Opinion"}, KindOpinion},
		{"National Review's article section", Article{Title: "The ferry ban is a mistake", URL: "http://www.nationalreview.com/article/440001/ferry-ban-mistake"}, KindOpinion},
		{"National Review's corner", Article{Title: "More on the ferries", URL: "https://www.nationalreview.com/corner/more-on-the-ferries/"}, KindOpinion},
		{"National Review's dated address", Article{Title: "Keep the night ferries", URL: "https://www.nationalreview.com/2031/05/keep-the-night-ferries/"}, KindOpinion},
		{"The Atlantic's ideas", Article{Title: "Keep the night ferries", URL: "https://www.theatlantic.com/ideas/archive/2031/05/night-ferries/600001/"}, KindOpinion},
		{"a fellow's note closing a piece", Article{Title: "Keep the night ferries", Paragraphs: []string{"The council erred.", "Night workers need the boats.", "— Lena Ost is a senior fellow at the Sorn Institute."}}, KindOpinion},
		{"a label paragraph opening the body", Article{Title: "The board sank the night ferries", Paragraphs: []string{"ANALYSIS/OPINION:", "The board erred.", "Night workers need the boats."}}, KindOpinion},
		{"a label paragraph after a caption", Article{Title: "The board sank the night ferries", Paragraphs: []string{"The quay at dusk.", "Commentary", "The board erred."}}, KindOpinion},
		{"an analysis label paragraph", Article{Title: "Mayor gambles on the ferries", Paragraphs: []string{"NEWS ANALYSIS:", "The mayor bet her term on the boats."}}, KindAnalysis},
		{"a deck giving the argument as the author's", Article{Title: "Keep the night ferries", Paragraphs: []string{"Sorn owes its night shift a boat home, the author says. Keep the night ferries", "The board erred."}}, KindOpinion},
		{"a reported column's note", Article{Title: "Mayor gambles on the ferries", Paragraphs: []string{"The mayor bet her term on the boats.", "Her aides are nervous.", "The Harbour Desk is a reported column by Tomas Vell, primarily focused on the port."}}, KindAnalysis},
		{"a newsroom's column note", Article{Title: "Mayor gambles on the ferries", Paragraphs: []string{"The mayor bet her term on the boats.", "Quay Talk is a weekly column written by Post reporters, members of its harbour desk."}}, KindAnalysis},
		{"a column of opinion's note", Article{Title: "Keep the night ferries", Paragraphs: []string{"The board erred.", "Night Thoughts is a weekly column by Lena Ost."}}, KindOpinion},
		{"a syndicate's copyright line", Article{Title: "Keep the night ferries", Paragraphs: []string{"The board erred.", "Night workers need the boats.", "© Copyright 2031 by Creators Syndicate Inc."}}, KindOpinion},
		{"a channel's disclaimer", Article{Title: "Keep the night ferries", Paragraphs: []string{"The board erred.", "Opinions expressed in this channel are solely for its writers to answer for."}}, KindOpinion},
		{"a disclaimer naming the author's opinions", Article{Title: "Keep the night ferries", Paragraphs: []string{"The board erred.", "Views expressed in these pieces are the views of the writer alone."}}, KindOpinion},
		{"a site's note on its columnists", Article{Title: "Keep the night ferries", Paragraphs: []string{"Any opinions expressed by columnists are their own, the Post says.", "The board erred."}}, KindOpinion},
		{"a column's disowning note", Article{Title: "Keep the night ferries", Paragraphs: []string{"The board erred.", "This column does not necessarily reflect what the Post's board thinks."}}, KindOpinion},

		{"report", Article{Title: "Sorn senate passes ferry ban", URL: "https://sorn-post.example/news/2031/05/15/senate-passes-ferry-ban/"}, ""},
		{"a poll in the piece's own name", Article{Title: "Ferry ban unpopular", URL: "https://sorn-post.example/news/ferry-ban-opinion-poll"}, ""},
		{"a label of a topic", Article{Title: "Ferries: Senate passes night ban"}, ""},
		{"opinion poll in the title", Article{Title: "Opinion poll: most back the ferry ban"}, ""},
		{"a news blog", Article{Title: "Senate passes ferry ban", URL: "https://radio.example/blogs/the-wire/2031/05/15/ferry-ban"}, ""},
		{"an editorial section name a wire also uses", Article{Title: "Judge jails ferry chief", Outlet: "Sorn Post - Editorial"}, ""},
		{"views quoted in a report", Article{Title: "Ferry staff protest", Paragraphs: []string{"The views expressed by the staff in the letter amount to a rebuke."}}, ""},
		{"National Review's news", Article{Title: "Sorn senate passes ferry ban", URL: "https://www.nationalreview.com/news/sorn-senate-passes-ferry-ban/"}, ""},
		{"The Atlantic's politics", Article{Title: "Did the mayor misread the ferry vote?", URL: "https://www.theatlantic.com/politics/archive/2031/05/ferry-vote/600002/"}, ""},
		{"an article section elsewhere", Article{Title: "Sorn senate passes ferry ban", URL: "https://wire.example/article/us-sorn-ferries/sorn-senate-passes-ferry-ban-id1"}, ""},
		{"a dated address elsewhere", Article{Title: "Sorn senate passes ferry ban", URL: "https://sorn-post.example/2031/05/15/sorn-senate-passes-ferry-ban/"}, ""},
		{"National Review's section page", Article{Title: "The Corner", URL: "https://www.nationalreview.com/corner/"}, ""},
		{"a fellow quoted at a report's end", Article{Title: "Ferry ban passes", Paragraphs: []string{"The senate voted 40-2.", "Critics were unmoved.", "\"It will hurt night workers,\" said Lena Ost, who is a senior fellow at the Sorn Institute."}}, ""},
		{"a beat columnist's note", Article{Title: "Ferry ban passes", Paragraphs: []string{"The senate voted 40-2.", "Tomas Vell is the harbour columnist for the Sorn Post."}}, ""},
		{"a columnist quoted", Article{Title: "Ferry ban passes", Paragraphs: []string{"The senate voted 40-2.", "Opinion by the board was split, a member said."}}, ""},
		{"a label word opening a report's sentence", Article{Title: "Ferry ban passes", Paragraphs: []string{"Opinion: the board is split, a member said.", "The senate voted 40-2."}}, ""},
		{"a label paragraph deep in the text", Article{Title: "Ferry ban passes", Paragraphs: []string{"The senate voted 40-2.", "Critics were unmoved.", "The mayor left early.", "Analysis", "The board met again.", "Crews waited.", "Ferries stopped.", "Night fell."}}, ""},
		{"an author quoted in a report's lead", Article{Title: "Harbour history out", Paragraphs: []string{"The quay was built in 1820, the author said on Tuesday at the launch of her book.", "The senate voted 40-2."}}, ""},
		{"a syndicate named in a report", Article{Title: "Columnist leaves the Post", Paragraphs: []string{"The Post dropped Lena Ost.", "Her column, which Creators Syndicate distributes, ran for ten years."}}, ""},
		{"a column named in a report", Article{Title: "Columnist leaves the Post", Paragraphs: []string{"The Post dropped Lena Ost.", "Night Thoughts, which is a weekly column by Ost, will end."}}, ""},
		{"a statement that does not reflect a view", Article{Title: "Ferry chief apologises", Paragraphs: []string{"The chief apologised.", "\"Those remarks do not reflect what the board stands for,\" a spokesman said."}}, ""},
	} {
		if got := Kind(&tc.a); got != tc.want {
			t.Errorf("%s: Kind = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestMayDisclaim: the quick test before the disclaimer's expression
// finds "expressed" in any case, and only it.
func TestMayDisclaim(t *testing.T) {
	for p, want := range map[string]bool{
		"The views expressed here are his own.":   true,
		"THE OPINIONS EXPRESSED ARE THE WRITER'S": true,
		"The views ExPreSSed here are hers":       true,
		"expressed":                               true,
		"The council expresses its regret.":       false,
		"":                                        false,
		"e":                                       false,
		"The views here are the writer's, express": false,
	} {
		if got := mayDisclaim(p); got != want {
			t.Errorf("mayDisclaim(%q) = %v, want %v", p, got, want)
		}
	}
}

// markedKind is what the marking lines alone say of a piece: lineKind
// over the paragraphs where Kind reads it, the first and last three.
func markedKind(paras []string) string {
	n := len(paras)
	for i, p := range paras {
		if i >= 3 && i < n-3 {
			continue
		}
		if k := lineKind(p, i, n); k != "" {
			return k
		}
	}
	return ""
}

// TestLineKind: the marking lines alone; the other signs of Kind are not
// lineKind's.
func TestLineKind(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  string
	}{
		{"label", []string{"ANALYSIS/OPINION:", "The board erred."}, KindOpinion},
		{"analysis label", []string{"Analysis:", "The mayor bet her term on the boats."}, KindAnalysis},
		{"syndicate", []string{"The board erred.", "(c) 2031 Washington Post Writers Group"}, KindOpinion},
		{"a columnist's byline line is Kind's", []string{"Opinion by Lena Ost", "The board erred."}, ""},
		{"a fellow's note is Kind's", []string{"The board erred.", "— Lena Ost is a senior fellow at the Sorn Institute."}, ""},
		{"a report", []string{"The senate voted 40-2.", "Critics were unmoved."}, ""},
		{"no text", nil, ""},
	} {
		if got := markedKind(tc.paras); got != tc.want {
			t.Errorf("%s: lines say %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLineKindGates: the cheap tests before a marking line's expression
// let through every line the expression matches: a deck that gives the
// argument as its writer's (not only its author's), and a disowning note
// in capitals or title case.
func TestLineKindGates(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
	}{
		{"a writer's deck", []string{"Sorn owes its night shift a boat home, the writer argues. Keep the night ferries", "The board erred."}},
		{"writers' deck", []string{"The quay needs a second crane, the writers say.", "The board erred."}},
		{"a disowning note in capitals", []string{"The board erred.", "THIS COLUMN DOES NOT NECESSARILY REFLECT THE VIEWS OF THE SORN POST."}},
		{"a disowning note in title case", []string{"The board erred.", "This Column Does Not Necessarily Reflect The Views Of The Sorn Post."}},
	} {
		if got := markedKind(tc.paras); got != KindOpinion {
			t.Errorf("%s: lines say %q, want %q", tc.name, got, KindOpinion)
		}
		if got := Kind(&Article{Title: "Keep the night ferries", Paragraphs: tc.paras}); got != KindOpinion {
			t.Errorf("%s: Kind = %q, want %q", tc.name, got, KindOpinion)
		}
	}
}

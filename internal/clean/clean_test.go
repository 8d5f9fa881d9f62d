package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// The fixtures are written for these tests: fictional outlets, people and
// events, with page furniture of each kind that real pages carry.

func newCleaner(t *testing.T) *Cleaner {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// body is the article text the fixtures put furniture around.
var body = []string{
	"Floodwater cut off six villages in the Reddin valley on Tuesday after record rainfall, the civil protection agency said.",
	"Interior Minister Karel Dusek promised 50 million crowns for rebuilding as army helicopters lifted families from rooftops in Sorn.",
	"Petra Halvorsen, the agency's regional chief, said the river had never risen so fast. \"We had two hours of warning,\" she said.",
	"Schools in the valley will stay closed until Friday, officials said.",
}

// withPara returns an article of outlet with the body and p at index at
// (-1: at the end).
func withPara(outlet string, p string, at int) *article.Article {
	paras := append([]string{}, body...)
	if at < 0 || at > len(paras) {
		at = len(paras)
	}
	paras = append(paras[:at], append([]string{p}, paras[at:]...)...)
	return &article.Article{ID: "a", Outlet: outlet, Title: "Floods cut off Reddin valley villages", Paragraphs: paras,
		Authors: []string{"Mara Lind"}, Language: "en"}
}

// TestFurnitureByForm: one paragraph of each kind of furniture, at the
// place pages put it, is set aside with its kind; the article's text is
// kept.
func TestFurnitureByForm(t *testing.T) {
	c := newCleaner(t)
	tests := []struct {
		para string
		at   int
		kind string
	}{
		// Promos and related links ("More:", "Related:", "READ MORE:", "Also on X:").
		{"More:Harbour council votes to close the old ferry road", 2, KindRelated},
		{"Related: Valmora dock strike enters its third week", 2, KindRelated},
		{"READ MORE: How the Reddin dam was built", 3, KindRelated},
		{"Also on THE DAILY LANTERN: Council votes to close harbour road", 2, KindRelated},
		{"( Also on THE LANTERN: Estria's new rail line opens)", 2, KindRelated},
		{"Why the Reddin valley floods every spring Read more", 2, KindRelated},
		{"Click here to get the Lantern app", 3, KindPromo},
		{"If you want more detail on where the two campaigns spent their money, click here.", 3, KindPromo},
		{"Read more here on how the votes are counted, and follow the results live here.", 3, KindPromo},
		{"Check out a photo gallery of our photographers' work here.", 3, KindPromo},
		{"[Watch FOX: Mara Lind, the Lantern's budget columnist, discusses the Estria rate rise in the 10 a.m. ET hour.]", 3, KindPromo},
		{"Share All sharing options for: Floods cut off Reddin valley villages", 0, KindShare},
		{"Sign up for the Morning Lantern newsletter", -1, KindNewsletter},
		{"Get the Courier's best stories delivered to your inbox every weekday.", -1, KindNewsletter},
		// A sign-up form printed whole, its country list and all (over 400 words).
		{"Get the Lantern Brief. The valley's top stories each morning. Choose your country Andorra Austria Belgium Bulgaria Croatia Cyprus Czech Republic Denmark Estonia Finland France Germany Greece Hungary Iceland Ireland Italy Latvia Liechtenstein Lithuania Luxembourg Malta Monaco Netherlands Norway Poland Portugal Romania San Marino Slovakia Slovenia Spain Sweden Switzerland " + strings.Repeat("Other ", 380) + "Please enter a valid email address. Please select your country. Thank you for joining.", 3, KindNewsletter},
		{"Already a subscriber? Log in to keep reading.", -1, KindSubscription},
		{"Advertisement", 2, KindAd},
		{"Story continues below advertisement", 2, KindAd},
		// Captions and credits.
		{"Ana Ruiz/Reuters", 0, KindCredit},
		{"REUTERS/Ana Ruiz \u2013 RC19CEF8A570", 0, KindCredit},
		{"Minister Karel Dusek in Sorn, June 13, 2031. REUTERS/Ana Ruiz/File Photo - RC1E974F0B70", 0, KindCaption},
		{"Getty Images", 0, KindCredit},
		{"(Pixabay)", 0, KindCredit},
		{"Rescue workers carry a child from a flooded house in Sorn. (Photo: Ana Ruiz/Lantern Wire)", 0, KindCaption},
		{"Army helicopters over the Reddin valley, April 14, 2026. (Tomas Berg/Reuters)", 0, KindCaption},
		{"High Court nominee Judge Petra Lund at her confirmation hearing, March 4, 2026.", 0, KindCaption},
		{"Tomas Berg/Reuters Army helicopters lift families from rooftops in Sorn on Tuesday.", 0, KindCaption},
		{"Enlarge this image toggle caption Tomas Berg/AP Tomas Berg/AP", 0, KindCaption},
		{"The Estrian Wire contributed to this report.", -1, KindCredit},
		{"Jan Novak and Eva Ruda contributed.", -1, KindCredit},
		{"Eva Ruda contributed research.", -1, KindCredit},
		{"Staff writer Eva Ruda contributed to this report from Sorn, Estria.", -1, KindCredit},
		{"(We most recently updated this post at 4:35 p.m. ET.)", 2, KindUpdate},
		{"We updated this post all through Tuesday.", 2, KindUpdate},
		{"Politics The Mayor Of Sorn On The Flood The Mayor Of Sorn On The Flood Listen · 4:03 4:03", 2, KindPromo},
		{"Jan Novak (left) and Eva Ruda (right) leave the town hall in Sorn on Monday", 2, KindCaption},
		{"Markets:Sorn shares slide as the bank raises rates again", 2, KindRelated},
		{"Lind reported from Sorn.", -1, KindCredit},
		{"Lind, Berg and Ruda reported from Sorn.", -1, KindCredit},
		{"Please follow Mara Lind on Twitter at @maralind", -1, KindShare},
		{"• Mara Lind and Tomas Berg reported from Port Valmora, Estria.", -1, KindCredit},
		{"Click to expand Image Rescue boats in Sorn, April 14, 2026. © 2026 Tomas Berg/Lantern Wire", 0, KindCaption},
		// Bylines and datelines at the top.
		{"By Mara Lind and Tomas Berg", 0, KindByline},
		{"By Staff, Agencies", 0, KindByline},
		{"Mara Lind", 0, KindByline},
		{"Updated 4:35 p.m. ET, Tue April 14, 2026", 0, KindDateline},
		{"SORN, Estria —", 0, KindDateline},
		// Bios at the end.
		{"Corin Vell is an attorney who serves on the advisory board of the Harbour Party campaign. You can follow her on Twitter @CorinVell.", -1, KindBio},
		{"— Mara Lind is the Lantern's valley correspondent.", -1, KindBio},
		// Embedded social posts, update notes, copyright, disclaimers.
		{"The water is still rising in Sorn. Stay off the valley road. — Reddin Civil Protection (@ReddinCP) April 14, 2026", 2, KindSocial},
		{"Helicopters over Sorn this morning pic.twitter.com/aBcD1234", 2, KindSocial},
		{"This story has been updated with the minister's comments.", -1, KindUpdate},
		{"Copyright © 2026 The Reddin Courier. All rights reserved.", -1, KindCopyright},
		{"The views expressed in this column are the author's own.", -1, KindDisclaimer},
		{"Editor's note: Mara Lind has covered the valley for the Lantern since 2019.", 0, KindDisclaimer},
		{"Editor's note: Mara Lind is a former counterterrorism official and writes on security.", 0, KindDisclaimer},
		{"Editor\u2019s Note: This story was updated with the minister's visit to Sorn.", -1, KindDisclaimer},
		{"* * *", 2, KindOther},
		{"Follow Mara Lind on Twitter: @maralind", -1, KindShare},
		{"Follow Tomas on Twitter. Send tips to tomas@lantern.example", -1, KindShare},
		{"Email Mara at mara@lantern.example or reach her on Signal.", -1, KindPromo},
		{"Click play to hear the mayor's address.", 3, KindPromo},
		{"Listen to the mayor's address 3:26", 3, KindPromo},
		{"Listen now: Valley Voices, a new podcast about the floods", 3, KindPromo},
		{"Image The mayor at the dam in Sorn on Tuesday. Credit Tomas Berg for the Lantern", 2, KindCaption},
		{"Image credit: Tomas Berg/Lantern Wire", 2, KindCredit},
		{"Related Story Why the valley floods every spring", 2, KindRelated},
		{"More On This... A look at the engineer who warned of cracks in the Reddin dam last spring", 2, KindRelated},
		{"Related reads: \u201cThe dam that held,\u201d via the Lantern's Mara Lind: https://lantern.example/dam", 2, KindRelated},
		// Links and headlines of other stories between paragraphs.
		{"OFFICIALS WARN OF MORE FLOODING IN THE VALLEY", 2, KindPromo},
		{"https://reddin.example/2026/04/floods/", 2, KindRelated},
		{"Dam report due Friday [Reddin Courier]", 2, KindRelated},
		{"Why the valley floods every spring | Reddin Courier", 2, KindRelated},
		{"By Jan Novak", 2, KindByline},
		// More captions and credits.
		{"Army helicopters over Sorn, April 2026. TOMAS BERG / REUTERS", 0, KindCaption},
		{"Minister Karel Dusek in Sorn on Tuesday. Photo: Tomas Berg/Getty Images", 0, KindCaption},
		{"NurPhoto Getty Images", 0, KindCredit},
		{"(Map courtesy of the Reddin Institute.)", 2, KindCredit},
		{"Image copyright Getty Images Image caption Volunteers fill sandbags in Sorn", 0, KindCaption},
		{"The relief will cost more than 50 million crowns. | AP Photos | AP Photos Senate sets sights on the dam", 2, KindCaption},
		{"Army helicopters over Sorn on Tuesday. Tomas Berg Getty Images", 0, KindCaption},
		{"Army helicopters over Sorn, April 2026. Getty Images, FILE", 0, KindCaption},
		{"Minister Karel Dusek in Sorn. | Tomas Berg/AP Photo 2026 elections Dusek pledges a new dam", 0, KindCaption},
		{"Minister Karel Dusek in Sorn. | Tomas Berg/AFP/Getty Images congress Senate sets sights on the dam", 2, KindCaption},
		{"Tomas Berg/AP Photo 2026 The minister's long week", 0, KindCaption},
		{"Volunteers fill sandbags in Sorn. | AP Photo Valley: the dam did not come up in talks", 2, KindCaption},
		{"Volunteers fill sandbags in Sorn. | AP Photos Senate sets sights on the dam", 2, KindCaption},
		{"The long week Photo by Tomas Berg/Getty Images", 0, KindCaption},
		{"Volunteers fill sandbags outside the town hall in Sorn. Photo by Tomas Berg", 2, KindCaption},
		{"Marines board a plane at Reddin on Friday. U.S. Marine Corps photo by Cpl. Tomas Berg", 2, KindCaption},
		{"The statue on the lawn of the town hall in Sorn, Est Photo by Tomas Berg", 2, KindCaption},
		{"Minister Karel Dusek and Mayor Lena Ost shake hands before the debate in Sorn on April 4, 2026. Photo: Tomas Berg/2026 Getty Images", 0, KindCaption},
		{"Minister Karel Dusek was in Sorn on Tuesday. | Getty Dusek's dam plan baffles the council", 2, KindCaption},
		{"Tomas Berg/A.F.P. – Getty Images; Ana Ruiz/ A.F.P – Getty Images; Jan Novak for The Reddin Courier", 0, KindCredit},
		// Long captions closed by a credit, captions under an agency's name.
		{"Volunteers fill sandbags in Sorn on April 14, 2026. Tomas Berg—Getty Images", 0, KindCaption},
		{"Minister Karel Dusek in Sorn on Tuesday. Photo: tomas berg/Agence France-Presse/Getty Images", 0, KindCaption},
		{"Minister Karel Dusek speaks to reporters at the town hall in Sorn on April 14, 2026, in Reddin, Est. Getty", 0, KindCaption},
		{"Tomas Berg / Lantern Wire via Getty Images Volunteers fill sandbags in Sorn.", 0, KindCaption},
		{"Getty Images People in the valley say they have never seen the river this high", 2, KindCaption},
		{"Getty REDDIN Council votes to rebuild the valley road before winter.", 2, KindCaption},
		{"Getty 2026 Dusek's dam plan baffles the council", 2, KindCaption},
		{"[WireImage] Mara Lind, host of the Lantern's evening programme, at her desk in Sorn.", 0, KindCaption},
		{"(lantern_pics/iStock/Getty Images Plus)", 0, KindCredit},
		{"Minister Karel Dusek at the town hall in Sorn Tomas Berg/AFP via Getty Images", 0, KindCaption},
		{"Photo illustration by the Lantern. Photos by Tomas Berg/AFP/Getty Images, Ana Ruiz/Getty Images, and Jan Novak/Getty Images.", 0, KindCaption},
		{"(Photo researchers/Getty Images)", 0, KindCaption},
		{"( Studio44/Getty Images)", 0, KindCredit},
		{"Army helicopters over the Reddin valley on April 14, 2026. (TOMAS BERG/AFP/Getty Images) 2026 AFP", 0, KindCaption},
		{"Volunteers fill sandbags outside the town hall in Sorn as the river rises on April 14, 2026, a day after the valley road was closed. The civil protection agency said more than 300 homes had been damaged and that army helicopters would fly again at first light. " +
			strings.Repeat("Rescue crews from three districts worked through the night in the lower valley. ", 6) + "(Photo: Tomas Berg, Lantern Wire) Story Highlights The valley road stays closed", 0, KindCaption},
		{"CLOSE Volunteers fill sandbags in Sorn as the river rises. Lantern Wire", 0, KindCaption},
		{"CLOSE The minister said the dam would hold. Reddin Courier", 2, KindCaption},
		{"CLOSE 'Save the Valley' marched on the town hall in Sorn, with hundreds of farmers. (May 6) Lantern Wire", 0, KindCaption},
		{"CLOSE \"Build the dam\" chants rang out as the minister spoke in Sorn. Lantern Wire", 0, KindCaption},
		{"CLOSE A LANTERN WIRE investigation finds that miles of old pipes remain under Sorn. Lantern Wire", 0, KindCaption},
		// The writer's bio over the text (Mara Lind is the fixture's author).
		{"Mara Lind is a writer in Sorn.", 0, KindBio},
		{"Photos: The Reddin floods Photos: The Reddin floods " + strings.Repeat("Volunteers fill sandbags outside the town hall in Sorn as the river rises. Hide Caption 2 of 40 ", 60), 0, KindCaption},
	}
	for _, tc := range tests {
		t.Run(tc.para, func(t *testing.T) {
			a := withPara("Reddin Courier", tc.para, tc.at)
			v := c.Clean(a, nil)
			at := tc.at
			if at < 0 {
				at = len(a.Paragraphs) - 1
			}
			got := v.Paras[at]
			if got.Verdict != Furniture || got.Kind != tc.kind || got.Kept || got.Reason == "" {
				t.Errorf("got %s %q (%s), want furniture %q", got.Verdict, got.Kind, got.Reason, tc.kind)
			}
			for i, p := range v.Paras {
				if i != at && p.Verdict != Text {
					t.Errorf("paragraph %d %q set aside: %s (%s)", i, a.Paragraphs[i], p.Kind, p.Reason)
				}
			}
		})
	}
}

// TestTextKept: article text that looks a little like furniture is kept.
func TestTextKept(t *testing.T) {
	c := newCleaner(t)
	tests := []struct {
		para string
		at   int
	}{
		{"“Listen to the people,” the mayor said as she left the meeting.", 2},
		{"Also on Tuesday, the minister visited the dam at Sorn.", 2},
		{"More than 300 people spent the night in the school gym.", 2},
		{"By Monday, the water had started to fall in the lower valley.", 0},
		{"The vote was held on September 4, 2026, after a long debate.", 2},
		{"Ministers have been told the plan may be delayed again (read: abandoned) before the election.", 2},
		{"Karel Dusek is expected to visit Sorn on Thursday.", -1},
		{"Petra Halvorsen is the agency's longest-serving regional chief.", -1},
		{"Petra Halvorsen is a writer in Sorn who saw the river rise.", 0}, // not the article's author
		{"CLOSE TO THE RIVER", 2},
		{"CLOSE A DEAL", 2},
		{"CLOSE A BIG DEAL", 2}, // three words: "A" is not dropped
		{"Rescuers worked through the night.", -1},
		{"Lind, who reported from Sorn for a decade, said the river had never risen so fast.", 2},
		{"Follow the money, the mayor told the council, and the dam's faults become clear.", 2},
		{"Email records show the minister knew of the cracks in March.", 2},
		{"Listen to the engineers who inspected it, and a very different picture emerges of the dam's last days.", 2},
		{"Image problems dogged the mayor's campaign, his aides said. Credit ratings fell too.", 2},
		{"Related to the floods is the question of who pays for the dam.", 2},
		{"Editor's note: An earlier version of this story misstated the number of villages cut off; it was six, not eight.", -1},
		{"What happens next?", 3},
		{"THE BOTTOM LINE", 3},
		{"CLARIFICATION: This story has been updated to clarify who attended the meeting.", -1},
		{"By the time the water fell, 300 homes had been damaged.", 2},
		{"Noah Ferris, Bloomberg", 2}, // the source of a quotation in a digest
		{"The photographs were sold to Getty Images, the agency said.", 2},
		{"The flood pictures were licensed to Getty Images.", 2},
		{"Tomas Berg, a photographer who works for Getty Images, reached Sorn first.", 2},
		{"The pictures were taken by Tomas Berg of AP Photo.", -1},
		{"The mayor shared a photo by Tomas Berg", 2},
		{"On Tuesday the council printed a photograph by Lena Ost", 2},
		{"Ministers met in Sorn. | Officials said the dam held through the night and crews would inspect it on Friday morning.", 2},
		{"Getty Museum officials said the valley collection was moved to Sorn.", 2},
		{"Getty Images said it would license the flood pictures to the Lantern.", 2},
		{"The flood pictures were taken by Tomas Berg for Getty Images.", 2},
		{"Ministers met in Sorn. The pictures were taken by Tomas Berg of Getty Images.", 2},
		{"-- \"The valley needs a new dam, a new road and a plan for the next flood,\" the council wrote. " +
			strings.Repeat("The minister said the money would come from the reserve and that work would start before winter. ", 7) + "(Reddin Courier)", 2},
	}
	for _, tc := range tests {
		t.Run(tc.para, func(t *testing.T) {
			a := withPara("Reddin Courier", tc.para, tc.at)
			v := c.Clean(a, nil)
			for i, p := range v.Paras {
				if p.Verdict != Text {
					t.Errorf("paragraph %d %q set aside: %s (%s)", i, a.Paragraphs[i], p.Kind, p.Reason)
				}
			}
		})
	}
}

// TestLinkBoxes: a related-link box run into a sentence after a name is
// cut out, and the sentence around it is kept whole.
func TestLinkBoxes(t *testing.T) {
	c := newCleaner(t)
	tests := []struct{ para, kept string }{
		{"Governor Ada Kessler Ada Maren KesslerFormer harbour chief: port plan will be reviewed Kessler signs budget deal Unions react to rate rise MORE on Monday said the bank would act.",
			"Governor Ada Kessler on Monday said the bank would act."},
		{"Sen. Jon Arlo Jonathan (Jon) Peter ArloArlo: dam report due Friday MORE (R-Sorn) said the report was late.",
			"Sen. Jon Arlo (R-Sorn) said the report was late."},
		{"Minister Petra Van Dorn Petra Anneke Van DornVan Dorn under fire over rail delays MORE’s office declined to comment.",
			"Minister Petra Van Dorn’s office declined to comment."},
		{"When chief of staff Ivo Kral Ivo Josef KralMORE took over, the office was in disarray, said Mayor Lena Ost Lena Maria OstOst wins second term MORE.",
			"When chief of staff Ivo Kral took over, the office was in disarray, said Mayor Lena Ost."},
		{"Mrs. McAllen Dora McAllen Dora Jean McAllenMcAllen to run again MORE won the seat.",
			"Mrs. McAllen Dora McAllen won the seat."},
		{"Sen. Ada Kessler Ada Kessler2030 Sornish candidates meet in Reddin Kessler backs dam plan MORE (I-Sorn) may be underestimated, polls say.",
			"Sen. Ada Kessler (I-Sorn) may be underestimated, polls say."},
		{"Mayor Ivo Kral Ivo Josef Kral\u2018Even a ferryman has a shot\u2019: Kral on the race MORE said no.",
			"Mayor Ivo Kral said no."},
		// A space between the full name and the first headline.
		{"Leader Ada Kessler Ada Maren Kessler Kessler calls dam report 'late' Port talks resume MORE (D-Sorn) told reporters the vote would wait.",
			"Leader Ada Kessler (D-Sorn) told reporters the vote would wait."},
		{"Talks with Vice President Ada Kessler Ada Kessler Ferry strike: port closed for a week Dam vote delayed MORE went on.",
			"Talks with Vice President Ada Kessler went on."},
		// The short name glued to the full name as well.
		{"Pleas came from Vogt and Ivo KralIvo Josef KralThe Lantern's Morning Report: dam vote MORE last year.",
			"Pleas came from Vogt and Ivo Kral last year."},
	}
	for _, tc := range tests {
		a := withPara("The Capitol Lantern", tc.para, 1)
		v := c.Clean(a, nil)
		p := v.Paras[1]
		if p.Verdict != Mixed || p.Kind != KindRelated || !p.Kept {
			t.Errorf("%q: got %s %s, want mixed related-links", tc.para, p.Verdict, p.Kind)
			continue
		}
		if got := v.Kept()[1]; got != tc.kept {
			t.Errorf("kept %q\n want %q", got, tc.kept)
		}
		if m := v.Masked()[1]; len(m) != len(tc.para) {
			t.Errorf("masked paragraph is %d bytes, the original %d", len(m), len(tc.para))
		}
	}
	// "MORE" in a sentence is not a box.
	a := withPara("The Capitol Lantern", "Protesters chanted NO MORE DAMS outside the ministry on Monday.", 1)
	if p := c.Clean(a, nil).Paras[1]; p.Verdict != Text {
		t.Errorf("a sentence with MORE was cut: %+v", p)
	}
}

// TestToggleCaptionCut: an image toggle and its doubled credit inside a
// paragraph are cut, the text around them kept.
func TestToggleCaptionCut(t *testing.T) {
	c := newCleaner(t)
	para := "Enlarge this image toggle caption Tomas Berg/Getty Images Tomas Berg/Getty Images There are 40 dam funds registered in Estria, the ministry said. To open one, a town files two forms with the water board, names a treasurer and a bank, and waits for the board to publish its decision, which can take a month or more."
	v := c.Clean(withPara("Reddin Courier", para, 1), nil)
	if p := v.Paras[1]; p.Verdict != Mixed || !p.Kept || p.Kind != KindCaption {
		t.Fatalf("got %s %s kept %v, want a mixed paragraph with a caption cut", p.Verdict, p.Kind, p.Kept)
	}
	if got, want := v.Kept()[1], "There are 40 dam funds registered in Estria, the ministry said. To open one, a town files two forms with the water board, names a treasurer and a bank, and waits for the board to publish its decision, which can take a month or more."; got != want {
		t.Errorf("kept %q\n want %q", got, want)
	}
	// A sentence about a toggle keeps its words.
	a := withPara("Reddin Courier", "The toggle caption setting was removed from the ministry's site on Monday, and a toggle caption setting returned on Tuesday after readers of the site, most of them in the valley towns, wrote to the ministry to say that they could no longer read the captions of the flood photographs.", 1)
	if p := c.Clean(a, nil).Paras[1]; p.Verdict != Text {
		t.Errorf("a sentence about toggles was cut: %+v", p)
	}
}

// TestHeadlinesAfterHeader: the headlines listed under "Read more:" are
// related links; sentences after such a header are text.
func TestHeadlinesAfterHeader(t *testing.T) {
	c := newCleaner(t)
	a := &article.Article{Outlet: "Valmora Post", Language: "en", Paragraphs: append(append([]string{}, body...),
		"Read more:", "Valmora dock strike enters its third week", "- Why the ferry road is closing", "Advertisement")}
	v := c.Clean(a, nil)
	for i := len(body); i < len(a.Paragraphs); i++ {
		if v.Paras[i].Verdict != Furniture {
			t.Errorf("paragraph %d %q kept", i, a.Paragraphs[i])
		}
	}
	b := &article.Article{Outlet: "Valmora Post", Language: "en", Paragraphs: []string{
		"The port reopened on Monday.", "More from the minister:", "She said the port would stay open all winter.", "Crews will work in two shifts."}}
	for i, p := range c.Clean(b, nil).Paras {
		if p.Verdict != Text {
			t.Errorf("paragraph %d %q set aside: %s", i, b.Paragraphs[i], p.Reason)
		}
	}
}

// outletArticles makes n articles of one outlet: each its own story, all
// carrying the same pitch and footer.
func outletArticles(outlet string, n int, extra ...string) []*article.Article {
	var out []*article.Article
	for i := range n {
		paras := []string{
			fmt.Sprintf("The council of district %d approved a budget of %d million crowns on Monday.", i, 10+i),
			fmt.Sprintf("Councillor %s said the vote in district %d had been closer than expected.", names[i%len(names)], i),
		}
		paras = append(paras, extra...)
		d, _ := article.ParseDate(fmt.Sprintf("2026-%02d-%02d", 1+i/28%12, 1+i%28))
		out = append(out, &article.Article{ID: fmt.Sprint(i), Outlet: outlet, Paragraphs: paras, Published: d, Language: "en"})
	}
	return out
}

var names = []string{"Ada Kessler", "Jan Novak", "Eva Ruda", "Ivo Kral", "Lena Ost", "Tomas Berg"}

func learnAll(arts []*article.Article) *Model {
	m := &Model{}
	for _, a := range arts {
		m.Learn(Keys(a.Paragraphs), Day(a.Published.Time))
	}
	return m
}

// TestLearnedPerOutlet: a paragraph that recurs across many articles of
// one outlet is furniture for it, from its first few dozen articles; the
// same paragraph carried once by each of many outlets (a wire story) is
// not; an article rerun a few times in one day is not furniture either.
func TestLearnedPerOutlet(t *testing.T) {
	c := newCleaner(t)
	pitch := "The Lantern is a reader-funded newsroom covering the Reddin valley since 1921. Support our work: lantern.example/donate"
	arts := outletArticles("Reddin Lantern", 30, pitch, "[Lantern Desk]")
	for _, a := range arts {
		// A section heading and a speaker label in the middle of each.
		a.Paragraphs = append(a.Paragraphs[:1], append([]string{"From the valley", "Ada Kessler"}, a.Paragraphs[1:]...)...)
	}
	m := learnAll(arts)
	v := c.Clean(arts[7], m)
	if p := v.Paras[4]; p.Verdict != Furniture || p.Kind != KindBoilerplate || !strings.Contains(p.Reason, "30 of 30") {
		t.Errorf("the recurring pitch: %+v", p)
	}
	if p := v.Paras[5]; p.Verdict != Furniture {
		t.Errorf("the recurring line in brackets: %+v", p)
	}
	// A recurring section heading and a name (a speaker label) are the
	// outlet's own structure: text.
	for _, i := range []int{0, 1, 2, 3} {
		if p := v.Paras[i]; p.Verdict != Text {
			t.Errorf("paragraph %d %q: %+v", i, arts[7].Paragraphs[i], p)
		}
	}

	// An appeal for money with none of the pitch words above.
	appeal := "Every day the Courier answers the valley's questions. Your financial contribution keeps our reporting free for everyone in Reddin."
	cs := outletArticles("Reddin Courier", 10, appeal)
	if p := c.Clean(cs[3], learnAll(cs)).Paras[2]; p.Verdict != Furniture {
		t.Errorf("the recurring appeal for contributions: %+v", p)
	}

	// A wire paragraph carried once by each of 30 outlets.
	wire := "Estria's central bank raised its main interest rate to 4.25% on Thursday, its third increase this year."
	for i := range 30 {
		a := outletArticles(fmt.Sprintf("Outlet %d", i), 1, wire)[0]
		om := learnAll([]*article.Article{a})
		if p := c.Clean(a, om).Paras[2]; p.Verdict != Text {
			t.Fatalf("a wire paragraph carried once by an outlet was set aside: %+v", p)
		}
	}

	// The same story rerun four times by one outlet on one day.
	rerun := "Interior Minister Karel Dusek said on Tuesday that the army would stay in the valley until the water fell."
	var reruns []*article.Article
	for i := range 4 {
		a := outletArticles("Valmora Post", 1, rerun)[0]
		a.ID = fmt.Sprint("rerun", i)
		reruns = append(reruns, a)
	}
	reruns = append(reruns, outletArticles("Valmora Post", 20)...)
	pm := learnAll(reruns)
	if p := c.Clean(reruns[0], pm).Paras[2]; p.Verdict != Text {
		t.Errorf("a story rerun on one day was set aside: %+v", p)
	}
}

// TestGallery: captions that recur together after a gallery's header are
// captions, like the header.
func TestGallery(t *testing.T) {
	c := newCleaner(t)
	gallery := []string{
		"Photos: The Reddin floods Photos: The Reddin floods Army helicopters lift families from rooftops in Sorn.",
		"Volunteers fill sandbags outside the town hall in Sorn as the river rises behind them.",
		"A farmer leads his cattle along the flooded valley road near the old mill at Brenn.",
	}
	arts := outletArticles("Valley Courier", 12, gallery...)
	m := learnAll(arts)
	v := c.Clean(arts[3], m)
	for i := 2; i < 5; i++ {
		if v.Paras[i].Verdict != Furniture || v.Paras[i].Kind != KindCaption {
			t.Errorf("gallery paragraph %d: %+v", i, v.Paras[i])
		}
	}
}

// TestViewShapes: Masked keeps every paragraph and its length, Kept
// leaves furniture out, and a clean article comes back as it is.
func TestViewShapes(t *testing.T) {
	c := newCleaner(t)
	a := withPara("Reddin Courier", "Advertisement", 2)
	v := c.Clean(a, nil)
	masked := v.Masked()
	if len(masked) != len(a.Paragraphs) {
		t.Fatalf("masked has %d paragraphs, want %d", len(masked), len(a.Paragraphs))
	}
	for i := range masked {
		if len(masked[i]) != len(a.Paragraphs[i]) {
			t.Errorf("masked paragraph %d is %d bytes, want %d", i, len(masked[i]), len(a.Paragraphs[i]))
		}
	}
	if strings.TrimSpace(masked[2]) != "" {
		t.Errorf("furniture not blanked: %q", masked[2])
	}
	if kept := v.Kept(); len(kept) != len(body) || strings.Join(kept, "|") != strings.Join(body, "|") {
		t.Errorf("kept = %q", kept)
	}
	if share := v.KeptShare(); share <= 0.9 || share >= 1 {
		t.Errorf("kept share %v", share)
	}
	plain := &article.Article{Paragraphs: body, Language: "en"}
	pv := c.Clean(plain, nil)
	if pv.Furniture() || &pv.Masked()[0] != &body[0] || &pv.Kept()[0] != &body[0] {
		t.Errorf("a clean article was changed")
	}
}

// TestDeterministic: the same article and model give the same view.
func TestDeterministic(t *testing.T) {
	c := newCleaner(t)
	arts := outletArticles("Reddin Lantern", 20, "Lantern Desk", "Sign up for the Lantern newsletter")
	m := learnAll(arts)
	first := fmt.Sprint(c.Clean(arts[5], m).Paras)
	for range 3 {
		if got := fmt.Sprint(c.Clean(arts[5], m).Paras); got != first {
			t.Fatalf("views differ:\n%s\n%s", first, got)
		}
	}
}

// TestDoubledAndTags: a caption printed twice in a row and a list of topic
// tags at the end are furniture.
func TestDoubledAndTags(t *testing.T) {
	c := newCleaner(t)
	caption := "Volunteers fill sandbags outside the town hall in Sorn as the river rises."
	a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: append(append([]string{caption, caption}, body...),
		"Floods", "Reddin Valley", "Estria")}
	v := c.Clean(a, nil)
	for _, i := range []int{0, 1, len(a.Paragraphs) - 3, len(a.Paragraphs) - 2, len(a.Paragraphs) - 1} {
		if v.Paras[i].Verdict != Furniture {
			t.Errorf("paragraph %d %q kept", i, a.Paragraphs[i])
		}
	}
	for i := 2; i < 2+len(body); i++ {
		if v.Paras[i].Verdict != Text {
			t.Errorf("paragraph %d set aside: %+v", i, v.Paras[i])
		}
	}
}

// TestLanguages: the patterns are the article's language's; an article
// in a language without data is read with the English ones.
func TestLanguages(t *testing.T) {
	c := newCleaner(t)
	if got := strings.Join(c.Languages(), ","); !strings.Contains(got, "de") || !strings.Contains(got, "en") || !strings.Contains(got, "fr") {
		t.Errorf("languages = %s", got)
	}
	tests := []struct {
		lang, para string
		furniture  bool
	}{
		{"de", "Mehr zum Thema: Hochwasser im Reddin-Tal", true},
		{"de", "Foto: Tomas Berg/dpa", true},
		{"de", "Anzeige", true},
		{"de", "Aktualisiert am 14. April 2026, 16:35 Uhr", true},
		{"fr", "Lire aussi\u00a0: Les inondations dans la vallée de Reddin", true},
		{"fr", "Cet article est réservé aux abonnés.", true},
		{"es", "Lea también: Las inundaciones en el valle de Reddin", true},
		{"es", "Todos los derechos reservados.", true},
		{"en", "Mehr zum Thema: Hochwasser im Reddin-Tal", false},
		{"de", "More: Floods in the Reddin valley", false},
		{"xx", "More: Floods in the Reddin valley", true},
		{"", "Sign up for the Morning Lantern newsletter", true},
	}
	for _, tc := range tests {
		a := withPara("Reddin Courier", tc.para, 2)
		a.Language = tc.lang
		got := c.Clean(a, nil).Paras[2].Verdict != Text
		if got != tc.furniture {
			t.Errorf("%s %q: furniture = %v, want %v", tc.lang, tc.para, got, tc.furniture)
		}
	}
}

// TestListsAtTheEndKept: a list of people or of counts at the end of an
// article is text, not tags.
func TestListsAtTheEndKept(t *testing.T) {
	c := newCleaner(t)
	for _, tail := range [][]string{
		{"Ada Kessler", "Jan Novak", "Eva Ruda", "Ivo Kral"},
		{"— Estria: 12", "— Valmora: 3", "— Reddin: 7"},
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: append(append([]string{}, body...), tail...)}
		for i, p := range c.Clean(a, nil).Paras {
			if p.Verdict != Text {
				t.Errorf("paragraph %d %q set aside: %s", i, a.Paragraphs[i], p.Reason)
			}
		}
	}
}

// TestKeptKeys: beside each kept text KeptKeys gives its Key, whether
// cleaning computed it (a model it learned from) or not (no model, a mixed
// paragraph's kept part).
func TestKeptKeys(t *testing.T) {
	c := newCleaner(t)
	lantern := outletArticles("Reddin Lantern", 12, "Sign up for the Lantern newsletter", "[Lantern Desk]")
	boxed := withPara("Reddin Courier", "Sen. Jane Doe Jane Quinn DoeSenate passes bill Doe says bridge will stay shut MORE (D-Ore.) said the valley needs help.", 1)
	for _, tc := range []struct {
		name string
		a    *article.Article
		m    *Model
	}{
		{"no model", withPara("Reddin Courier", "Advertisement", 2), nil},
		{"nothing set aside", &article.Article{Paragraphs: body, Language: "en"}, nil},
		{"a learned model", lantern[4], learnAll(lantern)},
		{"a mixed paragraph", boxed, learnAll([]*article.Article{boxed, boxed, boxed})},
	} {
		v := c.Clean(tc.a, tc.m)
		kept, keys := v.KeptKeys()
		if want := v.Kept(); strings.Join(kept, "|") != strings.Join(want, "|") {
			t.Errorf("%s: KeptKeys kept %q, Kept %q", tc.name, kept, want)
		}
		if len(keys) != len(kept) {
			t.Fatalf("%s: %d keys for %d kept texts", tc.name, len(keys), len(kept))
		}
		for i, k := range keys {
			if k != Key(kept[i]) {
				t.Errorf("%s: key %d of %q is %x, want %x", tc.name, i, kept[i], k, Key(kept[i]))
			}
		}
	}
	if v := c.Clean(boxed, nil); v.Paras[1].Verdict != Mixed {
		t.Errorf("the fixture's link box is not cut: %+v", v.Paras[1])
	}
}

package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

func TestPersonFormKeys(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Tomas K. Brin Jr.", []string{"tomas brin jr", "tomas brin"}},
		{"Tomas K. Brin, Jr.", []string{"tomas brin jr", "tomas brin"}},
		{"Tomas Brin", []string{"tomas brin"}},
		{"Tomas K Brin", []string{"tomas brin"}},
		{"Tomas Brin Jr.", []string{"tomas brin jr"}},
		{"Tomas Brin III", []string{"tomas brin iii"}},
		{"Tomas Ado Brin", nil},
		{"Brin", nil},
		{"Brin Jr.", nil},
		{"K. Brin", nil},
		{"Ostra Dock Union", nil},
	} {
		var got []string
		if p, ok := formOfPerson(c.name); ok {
			got = p.keys()
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("formOfPerson(%q).keys() = %q, want %q", c.name, got, c.want)
		}
	}
}

// personFormsStrikeArticles are three reports of a dock strike. The first names
// an economist in his formal form (middle initial and "Jr."), the
// second by given name and surname; each has a sentence with his name
// and details of its own.
func personFormsStrikeArticles() []string {
	return []string{
		"Dock strike enters third week\nDock workers in Ostra stayed off the job on Monday as the strike entered its third week. " +
			"The union wants higher pay for night shifts. The port authority said talks would resume.\n" +
			"Economist Tomas K. Brin Jr. of Kestrel College estimated the losses at $41 million a week in a 2019 study of the Marlow docks.\n" +
			"Shipping lines have sent their vessels to other ports.",
		"Ostra strike drags on\nThe dock strike in Ostra entered its third week on Monday with no talks set. " +
			"The union is asking for higher night-shift pay. Tomas Brin, who teaches at a college in the region, has written on the port's trade.\n" +
			"Tomas Brin wrote in his 1998 book on the Harbour League that the Selden pier once handled 300 ships a day.\n" +
			"Some shipping lines have moved to other ports.",
		"Ostra port idle\nWorkers at the port of Ostra were on strike for a third week on Monday. " +
			"The port authority said it hoped talks would resume soon. Shipping lines are using other ports.",
	}
}

// TestOwnListFormalName: a person's formal name in one article is no
// name of its own where another names him by given name and surname,
// and the short form is none where another gives the formal one. Fails
// on main aa4d0212, which lists "Tomas K. Brin Jr." and "Tomas Brin".
func TestOwnListFormalName(t *testing.T) {
	r := run(t, mkArticles(personFormsStrikeArticles()...))
	for _, c := range []struct{ in, name string }{
		{"$41 million", "Brin"},
		{"Harbour League", "Brin"},
	} {
		f := oneArticleFact(r, c.in)
		if f == nil || !f.OnlyIn() {
			t.Errorf("%q: %+v, want a fact only in one article", c.in, f)
			continue
		}
		for _, o := range f.Own {
			if o.Kind == OwnName && strings.Contains(o.Text, c.name) {
				t.Errorf("%q: own list %+v names %q, which the other article names in another form", c.in, f.Own, o.Text)
			}
		}
	}
}

// TestNamedSpeakerNotPlaceOrPaper: a quote's speaker read from a name
// that owns the speaker, is where the speaker is or whom they spoke
// with, or is a newspaper or station whose report is quoted, is no
// named speaker; a person's or a paper's own statement is. Fails on
// main aa4d0212, where every quote below with a speaker counts. Since
// session 61 nlp reads these speakers and namedSpeaker takes its
// answer: a paper is the source of the reporting, and the person named
// after the owner or set off after the place speaks (speaker, when
// given, is the entity namedSpeaker finds).
func TestNamedSpeakerNotPlaceOrPaper(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		text    string
		want    bool
		speaker string
	}{
		{"Experts say the port has strengths. “We are quite good at this. We have rules on how ships dock,” says Kestrel’s Mr. Varga.", true, "Varga"},
		{"A classmate denies it. And a former friend of hers at Kestrel says, \"This is a woman I knew well. We shared much. I never heard of it.\"", false, ""},
		{"The Globe writes that:\n\"While the younger man paid at the kiosk, the older one set his rifle down by the seat. Then the driver fled.\"", false, ""},
		{"Later Lind in an interview with WKLM said of Park: \"He's a weak mayor. He'll go down as the worst. He's a disaster.\"", false, ""},
		{"The Ostra Guardian is less kind. It adds:\n\"Few mayors outlast a storm of this kind. Park will be recalled as the one who held on.\"", false, ""},
		{"The Ostran envoy to the UN, Tomas Varga, said: “Nobody sane negotiates under a threat of fines. Until the threat is gone we will not sit down.”", true, "Tomas Varga"},
		{"“We are quite good at this. We have rules on how ships dock,” says Tomas Varga, an engineer at the port.", true, ""},
		{"A senior aide with the Ostra Harbour Committee tells Kestrel Radio that the chairman has been briefed, adding that, \"the chairman has serious questions about the closure and what led to it.\"", true, ""},
		{"According to Tomas Varga, \"the docks will stay shut all week. Nobody has called us back.\"", true, ""},
		{"\"Our piece was wrong on two counts and has been fixed. An editor will look into it,\" the Boston Globe said in a statement.", true, ""},
		{"\"We will keep the docks open all winter. Nobody will lose a shift,\" Ada Sun said on Monday.", true, ""},
	} {
		ar := mkArticles("Port news\n" + c.text)[0]
		d := &doc{art: ar, an: an.Analyze(nlp.Input{Title: ar.Title, Paragraphs: ar.Paragraphs, Lang: ar.Language})}
		got, speakers := false, 0
		for _, q := range d.an.Quotes {
			if q.Speaker != nil || q.Source != nil {
				speakers++
			}
			if namedSpeaker(d, q) {
				got = true
				if name := d.an.Entities[q.Speaker.Entity].Name; c.speaker != "" && name != c.speaker {
					t.Errorf("%q: speaker %q, want %q", c.text, name, c.speaker)
				}
			}
		}
		if speakers == 0 {
			t.Errorf("%q: no quote with a speaker or a source; the test needs one", c.text)
		}
		if got != c.want {
			t.Errorf("%q: namedSpeaker = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestPhotoCaption(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Lind speaks during a town hall at the Ostra Forum in Kestrel, Tex., on March 10, 2019.", true},
		{"Mayor Ana Lind arrives for a hearing in Ostra, Sept. 3, 2018. (Ada Sun/Kestrel Daily)", true},
		{"Rest in peace, friends A photo posted by Ana Lind (@analind) on Feb 9, 2017 at 4:12pm PST", true},
		{"The mayor toured the flooded streets on Monday. (Photo: Ada Sun/Kestrel Daily)", true},
		{"Lind speaks warmly of the old mayor, whom she met in Ostra in 2009.", false},
		{"Lind said the port would reopen on March 10, 2019.", false},
		{"A Reuters/Ipsos survey out this week found 40 percent of Ostrans backing the plan.", false},
		{"The council voted 5-4 on the plan on March 10, 2019.", false},
	} {
		if got := photoCaption(c.text); got != c.want {
			t.Errorf("photoCaption(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

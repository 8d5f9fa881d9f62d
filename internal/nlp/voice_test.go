package nlp

import (
	"strings"
	"testing"
)

// column is an invented column in its writer's voice: "I", "you", a
// question of the writer's own and an argument's phrases, with no
// attribution.
var column = []string{
	"I have lived beside the Brennholm ferry for twenty years, and I think the council has lost its nerve.",
	"You would expect a town that owes its harbour everything to defend the boats. Why does it not? The problem is that my neighbours on the council count votes, not crossings.",
	"Let me be plain: the dredging plan should be finished before winter, and the money ought to come from the port levy that I and every other ferry user already pay.",
	"Of course the plan costs money. But a town without its ferry is a town that has chosen to shrink, and I for one do not want to watch that happen from my kitchen window.",
	"We should ask the council to vote again, and we must ask it loudly. If you ride the early boat, you know what is at stake; if you do not, come and ride it with me one morning.",
	"I have asked the mayor to join me on the six o'clock crossing. I am still waiting for an answer, and so, I suspect, are you.",
}

// report is an invented report of the same happening: the same words of
// the first and second person, but inside quotations, and attributions.
var report = []string{
	"The Brennholm council voted on Tuesday to delay the harbour dredging until spring, the mayor's office said.",
	"“I think the council has lost its nerve,” said Ada Lind, who has ridden the ferry for twenty years. “You would expect a town that owes its harbour everything to defend the boats.”",
	"Mayor Tor Solvik told reporters on Wednesday that the levy would not cover the cost. “We should not spend money we do not have,” he said, according to a statement.",
	"Council members said they would review the plan in March. “My door is open,” Solvik said. “If you ride the early boat, I want to hear from you.”",
	"The port authority said on Thursday that crossings would continue on the winter timetable, and announced two extra sailings on Friday.",
	"Lind said she had asked the mayor to join her on the six o'clock crossing. “I am still waiting for an answer,” she told the Courier.",
}

func TestReadVoiceColumnAndReport(t *testing.T) {
	v := ReadVoice("The council has lost its nerve on the ferry", column)
	if !v.Commentary() {
		t.Errorf("column not read as commentary: %+v", v)
	}
	if v.FirstPerson < 10 || v.SecondPerson < 5 || v.Questions != 1 || v.Argument < 4 || v.Reported != 0 {
		t.Errorf("column's signs: %+v", v)
	}
	r := ReadVoice("Brennholm council delays harbour dredging to spring", report)
	if r.Commentary() {
		t.Errorf("report read as commentary: %+v", r)
	}
	if r.FirstPerson != 0 || r.SecondPerson != 0 || r.Reported < 10 {
		t.Errorf("report's signs (quotations must not count as the writer's voice): %+v", r)
	}
}

func TestVoiceGuards(t *testing.T) {
	long := append(append([]string(nil), column...), column...)
	cases := []struct {
		name  string
		title string
		paras []string
		want  bool
	}{
		{"column", "The council has lost its nerve", long, true},
		{"remarks set down", "Read Mayor Solvik's remarks on the ferry", long, false},
		{"an interview", "An interview with the ferry's oldest rider", long, false},
		{"a quotation in the title", "Ada Lind: 'The council has lost its nerve'", long, false},
		{"free speech is argued, not set down", "Free speech and the ferry council", long, true},
		{"speaker labels", "Ferry riders and the council",
			append([]string{"Q: Why ride the ferry?", "LIND: I have ridden it for twenty years.", "Q: And you?", "SOLVIK: I drive."}, long...), false},
		{"labels inside a paragraph", "Ferry riders and the council",
			append([]string{"Q: Why ride the ferry? LIND: I have ridden it for twenty years. Q: And you? SOLVIK: I drive."}, long...), false},
		{"an excerpt set down", "The mayor on the ferry",
			append([]string{"The following excerpt from the mayor's address has been edited for length."}, long...), false},
		{"a video's soundbites", "Ferry riders and the council",
			append([]string{"(SOUNDBITE) (Norse) HARBOUR MASTER, ADA LIND, SAYING: The boats sail at six."}, long...), false},
		{"too short", "The council has lost its nerve", column[:1], false},
		{"second person and questions alone", "How to ride the Brennholm ferry", []string{
			strings.Repeat("If you ride the early boat, buy your ticket on the quay. Do you need a pass? Your pass covers the bus too. ", 12)}, false},
	}
	for _, tc := range cases {
		if got := ReadVoice(tc.title, tc.paras).Commentary(); got != tc.want {
			t.Errorf("%s: Commentary %v, want %v (%+v)", tc.name, got, tc.want, ReadVoice(tc.title, tc.paras))
		}
	}
}

// TestVoiceCounts: what each count reads and what it leaves out, one
// case per guard of readParagraph.
func TestVoiceCounts(t *testing.T) {
	cases := []struct {
		name string
		text string
		want Voice
	}{
		{"straight quotation marks hold another speaker's words", `Lind said "I think you should ride it" and left.`,
			Voice{Read: 4, Reported: 1}},
		{"a question inside a quotation is not the writer's", `“Why ride it?” Lind asked.`, Voice{Read: 2}},
		{"an attribution counts inside a quotation too", `“Solvik said no,” the clerk wrote.`, Voice{Read: 3, Reported: 1}},
		{"a lower-case i is no first person", `Option i and option ii were tabled; I voted.`, Voice{Read: 9, FirstPerson: 1}},
		{"let's argues", `Let's keep the ferry.`, Voice{Read: 4, Argument: 1}},
		{"an argument's pair ends at a sentence's end", `We should. Be brave, and ride. The problem. Is money.`,
			Voice{Read: 10, Argument: 1}},
		{"only a capitalised weekday names a day", `The Sunday boat; his sunday best.`, Voice{Read: 6, Weekdays: 1}},
	}
	for _, tc := range cases {
		if got := ReadVoice("Ferry", []string{tc.text}); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestVoiceSpokenAndReported: a paragraph opening with a speaker's
// label in ordinary case ("Lind: ...") counts as a label; a text in the
// writer's voice that reports as often as a report does is no column,
// nor one whose only sign is a rare "I".
func TestVoiceSpokenAndReported(t *testing.T) {
	long := append(append([]string(nil), column...), column...)
	labelled := append([]string{"Lind: I ride it daily.", "Solvik: I drive.", "Lind: You should not.", "Solvik: I will."}, long...)
	if v := ReadVoice("Ferry riders and the council", labelled); !v.Spoken || v.Commentary() {
		t.Errorf("labels in ordinary case: %+v", v)
	}
	reported := append([]string(nil), long...)
	for range 4 {
		reported = append(reported, "The clerk said the vote was close, the mayor said it was not, and the port said it announced nothing, according to the minutes the Courier reported.")
	}
	if v := ReadVoice("The council has lost its nerve", reported); v.Commentary() {
		t.Errorf("a voice that reports as a report does read as a column: %+v", v)
	}
	var plain []string // an "I" now and then, nothing else of a column
	for range 4 {
		plain = append(plain, "I "+strings.Repeat("watched the ferry cross the grey harbour at dawn with gulls behind it ", 18))
	}
	if v := ReadVoice("The ferry at dawn", plain); v.Commentary() {
		t.Errorf("a rare first person alone reads as a column: %+v", v)
	}
}

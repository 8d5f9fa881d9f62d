package spin

// synonyms is the benchmark's own small table of the word swaps a spinner
// makes: common news words and a replacement that keeps the sense. Some
// replacements have two words.
var synonyms = map[string]string{
	"said": "stated", "says": "states", "told": "informed", "people": "individuals",
	"show": "demonstrate", "shows": "demonstrates", "help": "assist", "helped": "assisted",
	"big": "huge", "large": "sizable", "new": "fresh", "important": "crucial",
	"start": "begin", "started": "began", "ended": "concluded", "buy": "purchase",
	"use": "utilise", "used": "utilised", "get": "obtain", "make": "create",
	"made": "created", "need": "require", "needs": "requires", "tried": "attempted",
	"many": "numerous", "often": "frequently", "also": "additionally", "about": "roughly",
	"against": "opposed to", "because": "since", "country": "nation", "officials": "authorities",
	"plan": "scheme", "plans": "schemes", "law": "legislation", "job": "position",
	"jobs": "positions", "money": "funds", "problem": "issue", "problems": "issues",
	"support": "backing", "attack": "assault", "war": "conflict", "city": "town",
	"children": "kids", "quickly": "rapidly", "recent": "latest", "recently": "lately",
	"major": "significant", "increase": "rise", "week": "seven days", "believe": "think",
	"government": "administration", "president": "leader", "asked": "questioned",
	"according": "as per", "however": "nevertheless", "several": "a number of",
}

// leadPhrases are phrases a content farm sticks onto a copied lead.
var leadPhrases = []string{
	"Experts revealed that",
	"It has emerged that",
	"According to reports,",
	"Sources confirmed that",
	"In a stunning development,",
	"Breaking news:",
	"Insiders say that",
	"It is now clear that",
}

package compare

import (
	"strings"
	"testing"
)

// TestDescriptorFormNotShouted: a place a wire dateline writes in
// capitals ("TEHRAN, Iran (AP) —") and the text then calls "the Tehran
// regime" is shown as "Tehran regime", as the text writes it, not as
// "TEHRAN regime" (fresh32's Pyongyang flag, judged wrong for the dateline
// run into the descriptor).
func TestDescriptorFormNotShouted(t *testing.T) {
	r := run(t, mkArticles(
		"Rocket fired at dawn\nTEHRAN, Iran (AP) — Crowds danced in the streets of Tehran on Wednesday after the Tehran regime fired a long-range rocket, defying warnings from its neighbours.",
		"Rocket launch in Iran\nIran fired a long-range rocket from near Tehran on Wednesday, defying warnings from its neighbours, and crowds danced in the streets of Tehran.",
	))
	found := false
	for _, n := range r.Names {
		for _, v := range n.Variants {
			for _, f := range v.Forms {
				if strings.Contains(f, "regime") {
					found = true
					if strings.Contains(f, "TEHRAN") {
						t.Errorf("%s: %s form %q shouts the dateline", n.Entity, v.Kind, f)
					}
				}
			}
		}
	}
	if !found {
		t.Errorf("no regime descriptor of Tehran: %+v", r.Names)
	}
}

// TestRegimeBothSides: an article that calls a place's government "the
// rogue regime" takes the stance of one that writes "the Tehran regime":
// no descriptor flag between them (fresh32's Fox against the Washington
// Times on the rocket launch).
func TestRegimeBothSides(t *testing.T) {
	r := run(t, mkArticles(
		"Rocket fired at dawn\nCrowds danced in the streets of Tehran on Wednesday after the Tehran regime fired a long-range rocket, defying warnings from its neighbours.",
		"Rocket launch in Iran\nThe rogue regime fired a long-range rocket on Wednesday, defying warnings from its neighbours, and crowds danced in the streets of Tehran.",
	))
	for _, n := range r.Names {
		for _, v := range n.Variants {
			if v.Kind == VariantDescriptor {
				t.Errorf("%s: descriptor %q though both call the government a regime", n.Entity, v.Forms)
			}
		}
	}
}

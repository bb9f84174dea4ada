package record_test

import (
	"fmt"
	"testing"

	"github.com/stance-project/stance/analysis/record"
)

func ExampleRoundScore() {
	fmt.Println(record.RoundScore(0.123456), record.RoundScore(-0.00004), record.RoundScore(2.0/3))
	// Output: 0.1235 0 0.6667
}

// TestStrings: the names the CSV files write for kinds, fields and labels.
func TestStrings(t *testing.T) {
	for _, tt := range []struct {
		v    fmt.Stringer
		want string
	}{
		{record.Direct, "direct"}, {record.Indirect, "indirect"}, {record.Headline, "headline"}, {record.Speech, "speech"},
		{record.Kind(4), "Kind(4)"}, {record.Kind(-1), "Kind(-1)"},
		{record.TextField, "text"}, {record.TitleField, "title"},
		{record.Neutral, "neutral"}, {record.Positive, "positive"}, {record.Negative, "negative"}, {record.Label(7), "neutral"},
	} {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.v, got, tt.want)
		}
	}
}

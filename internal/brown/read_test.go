package brown

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"strings"
	"testing"
)

func TestReadPathsRoundTrip(t *testing.T) {
	t.Parallel()
	res, err := Cluster(context.Background(), framesCorpus(), Options{Clusters: 8})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := res.WritePaths(&b); err != nil {
		t.Fatal(err)
	}
	got, err := ReadPaths(&b)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, w := range res.Words {
		want[w.Text] = w.Path
	}
	if !maps.Equal(got, want) {
		t.Errorf("ReadPaths(WritePaths) = %v, want %v", got, want)
	}
}

func TestReadPathsErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want string // a part of the error
	}{
		{"0\ta\t1\n0\tb\n", "paths line 2: want bitstring"},
		{"012\ta\t1\n", "paths line 1: want bitstring"},
		{"\ta\t1\n", "paths line 1: want bitstring"},
		{"0\t\t1\n", "paths line 1: want bitstring"},
		{"0\ta\tmany\n", "paths line 1: want bitstring"},
		{"0\ta\t1\n1\ta\t2\n", `paths line 2: word "a" listed twice`},
	}
	for _, tt := range tests {
		_, err := ReadPaths(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadPaths(%q) error = %v, want one with %q", tt.in, err, tt.want)
		}
		if err != nil && strings.Contains(tt.want, "want bitstring") && !errors.Is(err, errPathsLine) {
			t.Errorf("ReadPaths(%q) error = %v, does not wrap errPathsLine", tt.in, err)
		}
	}
}

func TestNormalize(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Hello", "hello"},
		{"1990", "0000"},
		{"3.5", "0.0"},
		{"Don’t", "don't"},
		{"ÉTATS-UNIS", "états-unis"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

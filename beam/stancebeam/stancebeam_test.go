package stancebeam

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/stance-project/stance/internal/stancerun"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

const demo = "../../testdata/demo"

func runPipeline(t *testing.T, c Config) {
	t.Helper()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, c); err != nil {
		t.Fatal(err)
	}
	if _, err := beam.Run(context.Background(), "prism", p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	if err := MergeShards(context.Background(), c.Out, false); err != nil {
		t.Fatal(err)
	}
}

// TestRemoteFileSystem reads the inputs from, and writes the outputs to,
// a Beam file system (memfs, as gs:// or s3:// would be): the tables are
// those of a run on the local files.
func TestRemoteFileSystem(t *testing.T) {
	entries, err := os.ReadDir(demo)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(demo, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		memfs.Write("memfs://corpus/demo/"+e.Name(), data)
	}
	memfs.Write("memfs://corpus/demo/.hidden.txt", []byte("The United States praised France."))
	local := Config{Inputs: []string{demo}, Out: t.TempDir(), Window: 4}
	runPipeline(t, local)
	far := local
	far.Inputs, far.Out = []string{"memfs://corpus/demo/"}, "memfs://out"
	runPipeline(t, far)

	ctx := context.Background()
	for _, name := range []string{"dyads.csv", "alignment.csv", "map.csv", "blocs.csv", "schema.json"} {
		got, err := readFile(ctx, "memfs://out/"+name)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(local.Out, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the local run's", name)
		}
	}
	// The report names the corpus and, in its explorer, the documents'
	// ids (for .txt and .html files, their paths).
	if page, err := readFile(ctx, "memfs://out/report/index.html"); err != nil || !bytes.Contains(page, []byte("memfs://corpus/demo/")) {
		t.Errorf("report/index.html: %v, or no memfs://corpus/demo/ in it", err)
	}
	for _, name := range []string{"statements.csv", "stances.csv"} {
		got, err := readFile(ctx, "memfs://out/"+name)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(local.Out, name))
		if err != nil {
			t.Fatal(err)
		}
		if g, w := bytes.Count(got, []byte("\r\n")), bytes.Count(want, []byte("\r\n")); g != w || g < 2 {
			t.Errorf("%s: %d lines, the local run's %d", name, g, w)
		}
	}
	m, err := ReadManifest(ctx, "memfs://out")
	if err != nil {
		t.Fatal(err)
	}
	if m.Counts.Documents != 9 || m.Problems != 0 || len(m.Shards) != 0 {
		t.Errorf("run.json: %d documents, %d problems, shards %v; want 9, 0, none", m.Counts.Documents, m.Problems, m.Shards)
	}
}

// TestListRemote: a remote folder lists the files under it, hidden ones
// left out; a path that names nothing is an error.
func TestListRemote(t *testing.T) {
	ctx := context.Background()
	for _, name := range []string{"b.txt", "a.jsonl", ".hidden.txt"} {
		memfs.Write("memfs://list/corpus/"+name, []byte("x"))
	}
	want := []string{"memfs://list/corpus/a.jsonl", "memfs://list/corpus/b.txt"}
	for _, p := range []string{"memfs://list/corpus", "memfs://list/corpus/", "memfs://list/corpus/*"} {
		got, err := listRemote(ctx, p)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("listRemote(%q) = %q, %v; want %q", p, got, err, want)
		}
	}
	if got, err := listRemote(ctx, "memfs://list/corpus/b.txt"); err != nil || !slices.Equal(got, want[1:]) {
		t.Errorf("listRemote(a file) = %q, %v", got, err)
	}
	if got, err := listRemote(ctx, "memfs://list/nothing/"); err == nil {
		t.Errorf("listRemote(nothing) = %q, want an error", got)
	}
}

// TestMergeShards: the rows of the shards, merged in order after one
// header; the shards removed (or kept) and run.json updated.
func TestMergeShards(t *testing.T) {
	ctx := context.Background()
	for _, keep := range []bool{false, true} {
		dir := t.TempDir()
		header := "statement_id,doc_id,date,speaker,speaker_country,target_country,stance,label,confidence,evidence,general_sentiment\r\n"
		shards := map[string]string{
			ShardName("stances", 0, 3): header + "a#1,a,2020,,USA,RUS,0.5000,positive,1.0000,,\r\nc#1,c,2020,,USA,RUS,0.5000,positive,1.0000,\"x\r\ny\",\r\n",
			ShardName("stances", 2, 3): header + "b#1,b,2020,,USA,RUS,0.5000,positive,1.0000,,\r\nd#1,d,2020,,USA,RUS,0.5000,positive,1.0000,,\r\n",
		}
		for name, data := range shards {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		m := runManifest{Manifest: stancerun.Manifest{Tool: "stance-beam"}, Shards: map[string][]string{"stances": slices.Sorted(func(yield func(string) bool) {
			for name := range shards {
				if !yield(name) {
					return
				}
			}
		})}}
		if err := writeManifest(ctx, dir, &m); err != nil {
			t.Fatal(err)
		}
		if err := MergeShards(ctx, dir, keep); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, "stances.csv"))
		if err != nil {
			t.Fatal(err)
		}
		want := header + "a#1,a,2020,,USA,RUS,0.5000,positive,1.0000,,\r\nb#1,b,2020,,USA,RUS,0.5000,positive,1.0000,,\r\n" +
			"c#1,c,2020,,USA,RUS,0.5000,positive,1.0000,\"x\r\ny\",\r\nd#1,d,2020,,USA,RUS,0.5000,positive,1.0000,,\r\n"
		if string(got) != want {
			t.Errorf("merged:\n%q\nwant\n%q", got, want)
		}
		if _, err := os.Stat(filepath.Join(dir, "statements.csv")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("statements.csv written without statements shards listed: %v", err)
		}
		for name := range shards {
			if _, err := os.Stat(filepath.Join(dir, name)); (err == nil) != keep {
				t.Errorf("keep %v: shard %s: %v", keep, name, err)
			}
		}
		data, _ := os.ReadFile(filepath.Join(dir, "run.json"))
		var after runManifest
		if err := json.Unmarshal(data, &after); err != nil || len(after.Shards) != 0 {
			t.Errorf("run.json after the merge: shards %v, %v", after.Shards, err)
		}
	}
	if err := MergeShards(ctx, t.TempDir(), false); err == nil || !strings.Contains(err.Error(), "run.json") {
		t.Errorf("MergeShards of a folder without run.json = %v", err)
	}
}

func TestValidate(t *testing.T) {
	ok := Config{Inputs: []string{"x"}, Out: "o"}
	if err := ok.Validate(); err != nil {
		t.Fatalf("Validate(%+v) = %v", ok, err)
	}
	bad := []func(*Config){
		func(c *Config) { c.Inputs = nil },
		func(c *Config) { c.Out = "" },
		func(c *Config) { c.Period = "decade" },
		func(c *Config) { c.Since, c.Until = "2021", "2020" },
		func(c *Config) { c.Since = "yesterday" },
		func(c *Config) { c.Aliases = []string{"USA"} },
		func(c *Config) { c.Contact = "hostile" },
		func(c *Config) { c.Bootstrap = MaxBootstrap + 1 },
		func(c *Config) { c.Window = -1 },
		func(c *Config) { c.Blend = 2 },
		func(c *Config) { c.Fields = map[string]string{"colour": "x"} },
		func(c *Config) { c.Lexicons = map[string]string{"stance.tsv": "not\ta\tlexicon row\n"} },
	}
	for i, change := range bad {
		c := ok
		change(&c)
		var ce *ConfigError
		if err := c.Validate(); !errors.As(err, &ce) && (err == nil || c.Lexicons == nil) {
			t.Errorf("bad config %d (%+v): Validate() = %v, want an error", i, c, err)
		}
	}
}

// Command vulndb builds a local Go vulnerability database, in the layout
// govulncheck reads with -db file:///DIR, from the OSV entries that the
// golang.org/x/vulndb module carries under data/osv. CI has no network but
// the Go module proxy, which serves that module like any other, so this is
// how govulncheck gets its data there:
//
//	go mod download -json golang.org/x/vulndb@VERSION | go run ./scripts/vulndb -out DIR
//	govulncheck -db file://DIR ./...
//
// It writes DIR/index/db.json, DIR/index/modules.json, DIR/index/vulns.json
// and DIR/ID/<id>.json (the entries as they are). The index leaves each
// module's "fixed" version out, which the format allows: govulncheck then
// reads every entry of a module it finds and decides from the entry's own
// ranges, so no version arithmetic here can hide a vulnerability.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// downloadInfo is the part of `go mod download -json` output used here.
type downloadInfo struct {
	Path    string
	Version string
	Dir     string // the extracted module
	Info    string // the .info file, which holds the commit time
	Error   string
}

// entry is the part of an OSV entry the index needs.
type entry struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
	Aliases  []string  `json:"aliases,omitempty"`
	Affected []struct {
		Package struct {
			Name string `json:"name"`
		} `json:"package"`
	} `json:"affected"`
}

type moduleVuln struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
}

type moduleIndex struct {
	Path  string       `json:"path"`
	Vulns []moduleVuln `json:"vulns"`
}

type vulnIndex struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
	Aliases  []string  `json:"aliases,omitempty"`
}

func main() {
	out := flag.String("out", "", "directory to write the database to (created)")
	flag.Parse()
	if *out == "" {
		log.Fatal("vulndb: -out is required")
	}
	var info downloadInfo
	if err := json.NewDecoder(os.Stdin).Decode(&info); err != nil {
		log.Fatalf("vulndb: reading `go mod download -json` output from stdin: %v", err)
	}
	if info.Error != "" {
		log.Fatalf("vulndb: go mod download: %s", info.Error)
	}
	n, err := build(info, *out)
	if err != nil {
		log.Fatalf("vulndb: %v", err)
	}
	fmt.Printf("vulndb: %d entries from %s@%s in %s\n", n, info.Path, info.Version, *out)
}

// build writes the database for the module described by info into out and
// returns how many entries it holds.
func build(info downloadInfo, out string) (int, error) {
	osvDir := os.DirFS(filepath.Join(info.Dir, "data", "osv"))
	names, err := fs.Glob(osvDir, "*.json")
	if err != nil {
		return 0, err
	}
	if len(names) == 0 {
		return 0, fmt.Errorf("no OSV entries under %s/data/osv", info.Dir)
	}
	// The repository's entries carry a zero "modified" (the real one is
	// stamped when vuln.go.dev is published); the commit time of the module
	// version stands in for it.
	published, err := commitTime(info.Info)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(filepath.Join(out, "ID"), 0o750); err != nil {
		return 0, err
	}
	if err := os.MkdirAll(filepath.Join(out, "index"), 0o750); err != nil {
		return 0, err
	}

	modules := map[string]*moduleIndex{}
	var vulns []vulnIndex
	latest := time.Time{}
	for _, name := range names {
		raw, err := fs.ReadFile(osvDir, name)
		if err != nil {
			return 0, err
		}
		var e entry
		if err := json.Unmarshal(raw, &e); err != nil {
			return 0, fmt.Errorf("%s: %w", name, err)
		}
		if e.ID+".json" != name {
			return 0, fmt.Errorf("%s holds entry %q", name, e.ID)
		}
		if e.Modified.IsZero() {
			e.Modified = published
		}
		if e.Modified.After(latest) {
			latest = e.Modified
		}
		if err := os.WriteFile(filepath.Join(out, "ID", name), raw, 0o600); err != nil {
			return 0, err
		}
		vulns = append(vulns, vulnIndex{ID: e.ID, Modified: e.Modified, Aliases: e.Aliases})
		seen := map[string]bool{}
		for _, a := range e.Affected {
			p := a.Package.Name
			if p == "" || seen[p] {
				continue
			}
			seen[p] = true
			m := modules[p]
			if m == nil {
				m = &moduleIndex{Path: p}
				modules[p] = m
			}
			m.Vulns = append(m.Vulns, moduleVuln{ID: e.ID, Modified: e.Modified})
		}
	}

	index := make([]*moduleIndex, 0, len(modules))
	for _, m := range modules {
		index = append(index, m)
	}
	slices.SortFunc(index, func(a, b *moduleIndex) int { return strings.Compare(a.Path, b.Path) })
	if err := writeJSON(filepath.Join(out, "index", "modules.json"), index); err != nil {
		return 0, err
	}
	if err := writeJSON(filepath.Join(out, "index", "vulns.json"), vulns); err != nil {
		return 0, err
	}
	if err := writeJSON(filepath.Join(out, "index", "db.json"), map[string]time.Time{"modified": latest}); err != nil {
		return 0, err
	}
	return len(names), nil
}

// commitTime reads the Time of a module version's .info file.
func commitTime(infoFile string) (time.Time, error) {
	if infoFile == "" {
		return time.Time{}, errors.New("go mod download gave no .info file")
	}
	raw, err := fs.ReadFile(os.DirFS(filepath.Dir(infoFile)), path.Base(filepath.ToSlash(infoFile)))
	if err != nil {
		return time.Time{}, err
	}
	var v struct{ Time time.Time }
	if err := json.Unmarshal(raw, &v); err != nil {
		return time.Time{}, fmt.Errorf("%s: %w", infoFile, err)
	}
	return v.Time.UTC(), nil
}

func writeJSON(name string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return os.WriteFile(name, raw, 0o600)
}

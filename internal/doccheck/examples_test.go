package doccheck

import (
	"errors"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// referenceCopy is the copy of the Payske API reference kept in the
// repository; its Go snippets are the SDK's public surface.
var referenceCopy = filepath.Join(moduleRoot, "testdata", "reference", "payske-api-reference.txt")

// referenceCall matches a package-qualified call such as "charge.New(".
var referenceCall = regexp.MustCompile(`\b([a-z]+)\.([A-Z][A-Za-z0-9]*)\(`)

// TestEveryReferenceFunctionHasARunnableExample reads the functions the API
// reference calls on the SDK's resource packages (charge.New,
// session.ListLineItems, ...) and requires for each a runnable example in
// that package (ExampleNew, or ExampleNew_suffix, with an Output comment),
// so that pkg.go.dev shows it and go test runs it.
func TestEveryReferenceFunctionHasARunnableExample(t *testing.T) {
	text, err := os.ReadFile(referenceCopy)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no %s in this checkout", referenceCopy)
	}
	if err != nil {
		t.Fatal(err)
	}
	shown := referenceFunctions(t, string(text), resourcePackages(t, moduleRoot))
	if len(shown) < 10 {
		t.Fatalf("found only %d resource functions in the reference; the pattern no longer matches its snippets", len(shown))
	}
	var missing []string
	for dir, funcs := range shown {
		have := runnableExamples(t, filepath.Join(moduleRoot, dir))
		for fn := range funcs {
			if !have[fn] {
				missing = append(missing, dir+": Example"+fn)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%d functions of the API reference have no runnable example:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

func TestReferenceFunctionsAndExamplesAreFound(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "module m\n")
	mustMkdir(t, filepath.Join(root, "checkout", "session"))
	mustMkdir(t, filepath.Join(root, "charge"))
	writeFile(t, filepath.Join(root, "checkout", "session", "client.go"), "// Package session is a resource.\npackage session\n")
	writeFile(t, filepath.Join(root, "charge", "client.go"), "// Package charge is a resource.\npackage charge\n")
	writeFile(t, filepath.Join(root, "charge", "example_test.go"), "package charge_test\n\n"+
		"func ExampleNew() {\n\t// Output: ok\n}\n\n"+
		"func ExampleGet_expanded() {\n\t// Output:\n}\n\n"+
		"func ExampleList() {\n}\n\n"+
		"func ExampleCapture(x int) {\n\t// Output: not an example: it takes an argument\n}\n")

	pkgs := resourcePackages(t, root)
	assert := func(cond bool, format string, args ...any) {
		t.Helper()
		if !cond {
			t.Errorf(format, args...)
		}
	}
	assert(pkgs["session"] == filepath.Join("checkout", "session") && pkgs["charge"] == "charge" && len(pkgs) == 2,
		"resourcePackages = %v", pkgs)

	shown := referenceFunctions(t, "c, _ := charge.New(params)\nsession.ListLineItems(p)\nservice.Get(x)\npayske.String(\"x\")\n", pkgs)
	assert(len(shown) == 2 && shown["charge"]["New"] && shown[filepath.Join("checkout", "session")]["ListLineItems"],
		"referenceFunctions = %v", shown)

	have := runnableExamples(t, filepath.Join(root, "charge"))
	assert(have["New"] && have["Get"] && !have["List"] && !have["Capture"] && len(have) == 2,
		"runnableExamples = %v, want New and Get (List has no Output, Capture is no example)", have)
}

// resourcePackages maps the package name of every non-main package of the
// module below root, other than the root package itself, to its directory.
func resourcePackages(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (d.Name() == "testdata" || d.Name() == "internal" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		if dir == root {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.PackageClauseOnly)
		if err != nil {
			return err
		}
		if f.Name.Name != "main" {
			rel, _ := filepath.Rel(root, dir)
			out[f.Name.Name] = rel
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// referenceFunctions returns, by package directory, the functions text
// calls on the packages named in pkgs.
func referenceFunctions(t *testing.T, text string, pkgs map[string]string) map[string]map[string]bool {
	t.Helper()
	out := map[string]map[string]bool{}
	for _, m := range referenceCall.FindAllStringSubmatch(text, -1) {
		dir, ok := pkgs[m[1]]
		if !ok {
			continue
		}
		if out[dir] == nil {
			out[dir] = map[string]bool{}
		}
		out[dir][m[2]] = true
	}
	return out
}

// runnableExamples returns the functions of the package in dir that have a
// runnable example (one go test runs: it has an Output comment), keyed by
// the function name the example documents.
func runnableExamples(t *testing.T, dir string) map[string]bool {
	t.Helper()
	fset := token.NewFileSet()
	matches, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, path := range matches {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	out := map[string]bool{}
	for _, ex := range doc.Examples(files...) {
		if ex.Output == "" && !ex.EmptyOutput {
			continue // compiled, never run
		}
		out[exampleSubject(ex.Name)] = true
	}
	return out
}

// exampleSubject drops the suffix of an example's name: "New_card" (from
// ExampleNew_card) demonstrates New. A suffix starts with a lower-case
// letter, as go test and go doc require.
func exampleSubject(name string) string {
	if i := strings.LastIndex(name, "_"); i >= 0 && i+1 < len(name) && 'a' <= name[i+1] && name[i+1] <= 'z' {
		return name[:i]
	}
	return name
}

func mustMkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

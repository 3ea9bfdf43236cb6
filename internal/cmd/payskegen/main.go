// Command payskegen writes the resource layer of payske-go from the Payske
// OpenAPI schema and a small config: each resource package's Client, its
// package-level functions, its API interface and its iterators;
// client.API, which holds one client per package; the route table of the
// fake server, which must serve every operation of the schema, and the
// parameters each operation accepts with the fields each object can
// expand, which the fake validates requests against; and, in the root
// package, the enum types, from the schema's enums, the object and
// params structs of the resources the config models, the list page types
// and the ID-only reference types.
//
// It runs from the repository root, through `go generate ./...`:
//
//	go run ./internal/cmd/payskegen
//
// Every endpoint the config names must be an operation of the schema, so the
// two cannot drift apart; the routes in the code are the schema's.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	root := flag.String("root", ".", "the repository root")
	schemaPath := flag.String("schema", "internal/schema/payske-openapi.json", "the OpenAPI schema, from the root")
	configPath := flag.String("config", "internal/cmd/payskegen/config.json", "the generator config, from the root")
	flag.Parse()
	if err := run(*root, *schemaPath, *configPath); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run generates every package of the config under root.
func run(root, schemaPath, configPath string) error {
	return runFrom(root, root, schemaPath, configPath)
}

// runFrom generates every package of the config under root, reading the
// root package's hand-written source, which the decoders depend on, from
// src.
func runFrom(root, src, schemaPath, configPath string) error {
	path := join(root, schemaPath)
	data, err := readSchema(path)
	if err != nil {
		return err
	}
	s, err := decodeSchema(path, data)
	if err != nil {
		return err
	}
	es, err := decodeEnumSchema(path, data)
	if err != nil {
		return err
	}
	c, err := loadConfig(join(root, configPath))
	if err != nil {
		return err
	}
	if err := c.resolve(s); err != nil {
		return err
	}
	if err := writeClientAPI(root, c); err != nil {
		return err
	}
	if err := writeServices(root, c); err != nil {
		return err
	}
	if err := writeFakeRoutes(root, c, s); err != nil {
		return err
	}
	pv, err := decodeParamsView(path, data)
	if err != nil {
		return err
	}
	if err := writeFakeParams(root, c, pv); err != nil {
		return err
	}
	if err := resolveEnums(c.Enums, es); err != nil {
		return err
	}
	if err := resolveModels(c.Models, es, c.Enums); err != nil {
		return err
	}
	if err := resolveLists(c.Lists); err != nil {
		return err
	}
	markListed(c.Lists, c.Models)
	if err := resolveReferences(c.References, es); err != nil {
		return err
	}
	if err := writeEnums(root, c.Enums); err != nil {
		return err
	}
	if err := writeModels(root, c.Models); err != nil {
		return err
	}
	if err := writeLists(root, c.Lists); err != nil {
		return err
	}
	if err := writeReferences(root, c.References); err != nil {
		return err
	}
	if err := writeTextDecoders(root, src, expandableModels(c.Models)); err != nil {
		return err
	}
	for _, p := range c.Packages {
		for _, write := range []func(string, *pkgConfig) error{writeClient, writeAPI, writeIters} {
			if err := write(root, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// expandableModels names the models whose UnmarshalJSON the generator
// writes to take a bare ID or the object, and nothing more.
func expandableModels(files []*modelFileConfig) map[string]bool {
	names := map[string]bool{}
	for _, file := range files {
		for _, m := range file.Types {
			if m.JSON != nil && m.AfterDecode == "" {
				names[m.Name] = true
			}
		}
	}
	return names
}

// join resolves path from root, unless it is absolute.
func join(root, path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(root, path)
}

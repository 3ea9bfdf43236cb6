package payske

// The resource packages' clients, API interfaces and iterators, and this
// package's enum types (the *_gen.go files) are written by payskegen from
// the OpenAPI schema in internal/schema and the config beside the generator.
//go:generate go run ./internal/cmd/payskegen

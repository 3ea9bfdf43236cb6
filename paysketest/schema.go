package paysketest

// paramKind is the wire type of a parameter.
type paramKind int

const (
	kindString paramKind = iota
	kindInteger
	kindNumber
	kindBoolean
	kindObject
	kindMap
	kindList
)

func (k paramKind) String() string {
	return [...]string{"a string", "an integer", "a number", "a boolean", "an object", "a map", "a list"}[k]
}

// paramSpec describes one parameter of an endpoint. The specs of every
// endpoint, endpointParams, and the fields of each object that can be
// expanded, expandableFields, are generated into params_gen.go from the
// OpenAPI schema, so that the fake and the SDK agree on every parameter
// name, type and enum.
type paramSpec struct {
	name     string
	kind     paramKind
	enum     []string // nil when any value is allowed
	required bool
	// unsettable: the empty string is accepted in place of the value, to
	// clear the field.
	unsettable bool
	// orInteger: an object that also accepts a plain integer in its place
	// (created=1637060835 as well as created[gte]=... on lists).
	orInteger bool
	children  map[string]*paramSpec // of an object
	elem      *paramSpec            // of a list
}

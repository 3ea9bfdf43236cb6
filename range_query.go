package payske

// RangeQueryParams filters a list on a timestamp (or other integer) range,
// for example created[gte]=1600000000. Bounds left nil are open.
type RangeQueryParams struct {
	// GreaterThan keeps values strictly greater than it (gt).
	GreaterThan *int64 `form:"gt"`

	// GreaterThanOrEqual keeps values greater than or equal to it (gte).
	GreaterThanOrEqual *int64 `form:"gte"`

	// LesserThan keeps values strictly less than it (lt).
	LesserThan *int64 `form:"lt"`

	// LesserThanOrEqual keeps values less than or equal to it (lte).
	LesserThanOrEqual *int64 `form:"lte"`
}

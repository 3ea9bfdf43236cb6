package paysketest

import (
	"strings"
)

// maxExpandDepth is how many levels one expand path may go, as in the API.
const maxExpandDepth = 4

// respond renders o for the answer: a copy, with the fields the request's
// expand parameter names replaced by the objects they refer to.
func (c *call) respond(o obj) (obj, *apiError) {
	out := deepCopy(o).(obj)
	for _, path := range expandList(c.params) {
		parts := strings.Split(path, ".")
		if len(parts) > maxExpandDepth {
			return nil, invalidParam("expand", "You cannot expand more than %d levels of a property (expand: %s).", maxExpandDepth, path)
		}
		if err := c.st.expandInto(out, parts, path); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// expandInto expands the path parts in o, in place. Lists take "data" as
// their first part and expand every element.
func (st *state) expandInto(o obj, parts []string, full string) *apiError {
	if len(parts) == 0 {
		return nil
	}
	if o["object"] == "list" {
		if parts[0] != "data" {
			return invalidParam("expand", "This property cannot be expanded (%s): a list expands through data (data.%s).", full, parts[0])
		}
		data, _ := o["data"].([]any)
		for _, d := range data {
			if e, ok := d.(obj); ok {
				if err := st.expandInto(e, parts[1:], full); err != nil {
					return err
				}
			}
		}
		return nil
	}
	field := parts[0]
	typ, _ := o["object"].(string)
	v, present := o[field]
	switch v := v.(type) {
	case string:
		if !expandableFields[typ][field] {
			return invalidParam("expand", "This property cannot be expanded (%s).", full)
		}
		target := st.lookup(v)
		if target == nil {
			return nil
		}
		expanded := deepCopy(target).(obj)
		o[field] = expanded
		return st.expandInto(expanded, parts[1:], full)
	case obj:
		return st.expandInto(v, parts[1:], full)
	case nil:
		if !present || !expandableFields[typ][field] {
			return invalidParam("expand", "This property cannot be expanded (%s).", full)
		}
		return nil
	}
	return invalidParam("expand", "This property cannot be expanded (%s).", full)
}

// lookup finds any object by ID, a deleted customer's remains included.
func (st *state) lookup(id string) obj {
	if o := st.objects[id]; o != nil {
		return o
	}
	return st.deleted[id]
}

package client_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/client"
)

// Each field's interface must offer every endpoint method of the Client that
// New puts in it, so that a method added to a Client cannot be left out of
// its API (and so out of reach through client.API). String and GoString
// only keep the key out of prints; they are not endpoints.
func TestEachFieldIsAnInterfaceWithItsClientsMethods(t *testing.T) {
	notEndpoints := map[string]bool{"String": true, "GoString": true, "Format": true} // printing, hiding the key
	api := reflect.ValueOf(client.New(keyA, nil)).Elem()
	for i := range api.NumField() {
		field := api.Type().Field(i)
		if !field.IsExported() {
			continue // RawRequest's key and backend
		}
		t.Run(field.Name, func(t *testing.T) {
			require.Equal(t, reflect.Interface, field.Type.Kind())
			require.Equal(t, "API", field.Type.Name())

			impl := api.Field(i).Elem().Type()
			require.Equal(t, reflect.Pointer, impl.Kind())
			assert.Equal(t, "Client", impl.Elem().Name())
			assert.Equal(t, field.Type.PkgPath(), impl.Elem().PkgPath(), "the Client of the interface's own package")

			var want, got []string
			for j := range impl.NumMethod() {
				if name := impl.Method(j).Name; !notEndpoints[name] {
					want = append(want, name)
				}
			}
			for j := range field.Type.NumMethod() {
				got = append(got, field.Type.Method(j).Name)
			}
			assert.Equal(t, want, got)
		})
	}
}

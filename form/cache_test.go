package form

import (
	"reflect"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type cachedInner struct {
	V string `form:"v"`
}

type cached struct {
	A     string         `form:"a"`
	Inner *cachedInner   `form:"inner"`
	Items []cachedInner  `form:"items"`
	M     map[string]int `form:"m"`
}

func TestEncoderIsBuiltOncePerType(t *testing.T) {
	typ := reflect.TypeOf(&cached{})
	first := rootEncoderFor(typ)
	AppendTo(&Values{}, &cached{A: "x"})
	assert.Same(t, first, rootEncoderFor(typ))

	inner := reflect.TypeOf(cachedInner{})
	fn := encoderFor(inner)
	cachedFn, ok := encoders.Load(inner)
	require.True(t, ok)
	assert.Equal(t, reflect.ValueOf(fn).Pointer(), reflect.ValueOf(cachedFn).Pointer())
}

func TestSizeHintsAreLearned(t *testing.T) {
	typ := reflect.TypeOf(&cached{})
	v := &cached{A: "x", Inner: &cachedInner{V: "y"}, Items: []cachedInner{{V: "1"}, {V: "2"}}, M: map[string]int{"k": 10}}
	AppendTo(&Values{}, v)
	te := rootEncoderFor(typ)
	assert.GreaterOrEqual(t, int(te.pairs.Load()), 5)
	assert.GreaterOrEqual(t, int(te.bytes.Load()), len("items[0][v]items[1][v]m[k]10"))

	// With the hints learned, the pairs slice is allocated once, up front.
	out := &Values{}
	AppendTo(out, v)
	assert.Equal(t, 5, out.Len())
	assert.GreaterOrEqual(t, cap(out.pairs), 5)
	assert.Equal(t, "a=x&inner%5Bv%5D=y&items%5B0%5D%5Bv%5D=1&items%5B1%5D%5Bv%5D=2&m%5Bk%5D=10", out.Encode())
}

func TestHintsAreCapped(t *testing.T) {
	type big struct {
		N []int `form:"n"`
	}
	AppendTo(&Values{}, &big{N: make([]int, 10*maxPairsHint)})
	te := rootEncoderFor(reflect.TypeOf(&big{}))
	assert.Equal(t, int32(maxPairsHint), te.pairs.Load())
	assert.LessOrEqual(t, te.bytes.Load(), int32(maxBytesHint))
}

// TestConcurrentFirstUse builds the encoders of fresh recursive types from
// many goroutines at once: every goroutine must get a working encoder, the
// ones that find a placeholder included (run with -race).
func TestConcurrentFirstUse(t *testing.T) {
	for round := 0; round < 20; round++ {
		// reflect.StructOf makes a type no earlier round has cached.
		nodeFields := []reflect.StructField{
			{Name: "Name", Type: reflect.TypeOf(""), Tag: `form:"name"`},
			{Name: "Children", Type: reflect.TypeOf([]interface{}{}), Tag: `form:"children"`},
			{Name: "Round", Type: reflect.TypeOf(0), Tag: reflect.StructTag(`form:"r` + strconv.Itoa(round) + `"`)},
		}
		typ := reflect.StructOf(nodeFields)
		val := reflect.New(typ)
		val.Elem().Field(0).SetString("root")
		child := reflect.New(typ)
		child.Elem().Field(0).SetString("child")
		val.Elem().Field(1).Set(reflect.ValueOf([]interface{}{child.Interface()}))
		val.Elem().Field(2).SetInt(int64(round + 1))
		want := "name=root&children%5B0%5D%5Bname%5D=child&r" + strconv.Itoa(round) + "=" + strconv.Itoa(round+1)

		var wg sync.WaitGroup
		got := make([]string, 16)
		for g := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[g] = Encode(val.Interface())
			}()
		}
		wg.Wait()
		for _, s := range got {
			require.Equal(t, want, s)
		}
	}
}

func TestArenaStringsSurviveNewChunks(t *testing.T) {
	var a arena
	var got []string
	var want []string
	for i := 0; i < 200; i++ {
		s := strconv.Itoa(i) + "-key-" + string(make([]byte, i%70))
		want = append(want, s)
		got = append(got, a.string([]byte(s)))
	}
	assert.Equal(t, want, got)
	assert.Equal(t, "", a.string(nil))
}

func TestStateIsResetForReuse(t *testing.T) {
	st := newState(&Values{}, 0)
	m := st.pushName("a")
	st.pushIndex(3)
	st.mapKeys = append(st.mapKeys, "k")
	assert.Equal(t, "a[3]", st.keyString())
	assert.Equal(t, []string{"a", "3"}, st.keyParts())
	st.pop(keyMark{n: 1, str: "a", ok: true})
	st.pop(m)
	assert.Equal(t, "", string(st.key))
	assert.True(t, st.reset())
	assert.Nil(t, st.values)
	assert.Empty(t, st.path)
	assert.Empty(t, st.mapKeys)
	assert.Equal(t, "", st.mapKeys[:1][0], "references to caller strings are cleared")
}

package ingress

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// FuzzDataJSON: the HTTP body decoder never panics, and what it accepts
// says exactly what was sent (the same bytes back in the same form).
func FuzzDataJSON(f *testing.F) {
	f.Add([]byte(`{"task_id":"0x0101010101010101010101010101010101010101010101010101010101010101","epoch":"3","worker":"0x1111111111111111111111111111111111111111","envelope":"0x00"}`), false)
	f.Add([]byte(`{"task_id":"0x01","epoch":3,"worker":"0x11","envelope":"0x","bytecode":"0x6000"}`), true)
	f.Add([]byte(`{"epoch":-1}`), false)
	f.Fuzz(func(t *testing.T, body []byte, deploy bool) {
		kind := sctypes.TASK_KIND_CALL
		if deploy {
			kind = sctypes.TASK_KIND_DEPLOY
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		var in dataJSON
		if dec.Decode(&in) != nil {
			return
		}
		d, err := in.parse(kind)
		if err != nil {
			return
		}
		if len(d.TaskID) != 32 || len(d.Worker) != 20 || d.Kind != kind {
			t.Fatalf("accepted %+v", d)
		}
		if strconv.FormatUint(d.Epoch, 10) != in.Epoch.String() && "+"+strconv.FormatUint(d.Epoch, 10) != in.Epoch.String() {
			// json.Number holds the literal; ParseUint takes only digits.
			t.Fatalf("epoch %q read as %d", in.Epoch, d.Epoch)
		}
		if !bytes.Equal(hexutil.MustDecode(in.Envelope), d.Envelope) {
			t.Fatal("envelope changed")
		}
		if kind == sctypes.TASK_KIND_CALL && d.Bytecode != nil {
			t.Fatal("a call with bytecode")
		}
	})
}

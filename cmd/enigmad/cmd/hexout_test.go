package cmd

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	registryv1 "github.com/enigmad/enigmad/api/enigma/registry/v1"
)

func TestRewriteOutputKeepsTheFormat(t *testing.T) {
	md := (&registryv1.QueryWorkerResponse{}).ProtoReflect().Descriptor()
	const js = `{"worker":{"operator":"enigma1x","enclave_address":"q6s=","jailed_until_epoch":"3"}}`

	out, err := rewriteOutput([]byte(js+"\n"), md, false)
	require.NoError(t, err)
	require.Equal(t, "{\n  \"worker\": {\n    \"operator\": \"enigma1x\",\n    \"enclave_address\": \"0xabab\",\n    \"jailed_until_epoch\": \"3\"\n  }\n}", out)

	out, err = rewriteOutput([]byte(js), md, true)
	require.NoError(t, err)
	require.Equal(t, `{"worker":{"operator":"enigma1x","enclave_address":"0xabab","jailed_until_epoch":"3"}}`, out)

	// --output text: YAML made from the JSON; numbers in strings stay strings.
	yml := "worker:\n  enclave_address: q6s=\n  jailed_until_epoch: \"3\"\n  operator: enigma1x\n"
	out, err = rewriteOutput([]byte(yml), md, false)
	require.NoError(t, err)
	require.Equal(t, "worker:\n  enclave_address: \"0xabab\"\n  jailed_until_epoch: \"3\"\n  operator: enigma1x", out)

	// A 20-byte address, which YAML would read as a (huge) integer, is
	// quoted too.
	out, err = rewriteOutput([]byte("worker:\n  enclave_address: q6urq6urq6urq6urq6urq6urq6s=\n"), md, false)
	require.NoError(t, err)
	require.Equal(t, "worker:\n  enclave_address: \"0x"+strings.Repeat("ab", 20)+"\"", out)
}

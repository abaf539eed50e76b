package authority_test

import (
	"testing"

	errorsmod "cosmossdk.io/errors"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/codec/address"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/enigmad/enigmad/internal/authority"
)

var errInvalid = errorsmod.Register("authoritytest", 2, "invalid authority")

func TestCheck(t *testing.T) {
	codec := address.NewBech32Codec("enigma")
	gov, err := codec.BytesToString(authtypes.NewModuleAddress("gov"))
	require.NoError(t, err)
	other, err := codec.BytesToString(authtypes.NewModuleAddress("bank"))
	require.NoError(t, err)

	require.NoError(t, authority.Check(codec, gov, gov, errInvalid))
	for name, signer := range map[string]string{"another account": other, "malformed": "enigma1nope", "empty": ""} {
		t.Run(name, func(t *testing.T) {
			err := authority.Check(codec, gov, signer, errInvalid)
			require.ErrorIs(t, err, errInvalid)
		})
	}
}

// Package authority is the one check every module's MsgUpdateParams makes:
// the signer is the module's authority (the gov module account).
package authority

import (
	"cosmossdk.io/core/address"
	errorsmod "cosmossdk.io/errors"
)

// Check returns nil when signer is a well-formed address equal to
// authority; otherwise errInvalid (the module's own registered error, so
// the client sees the module's code) saying why.
func Check(codec address.Codec, authority, signer string, errInvalid *errorsmod.Error) error {
	if _, err := codec.StringToBytes(signer); err != nil {
		return errInvalid.Wrapf("malformed authority address %q: %s", signer, err)
	}
	if signer != authority {
		return errInvalid.Wrapf("expected %s, got %s", authority, signer)
	}
	return nil
}

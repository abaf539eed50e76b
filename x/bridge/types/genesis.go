package types

// DefaultGenesis returns the genesis of a new chain: default params, no
// orchestrators, nothing observed.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams()}
}

// Validate checks what can be checked without the chain: params, one
// orchestrator per validator and per key, one signature per orchestrator
// when any is given, events well formed. InitGenesis checks the rest
// (validators exist, signatures against the chain id).
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if len(gs.GenesisSignatures) != 0 && len(gs.GenesisSignatures) != len(gs.Orchestrators) {
		return ErrInvalidGenesis.Wrapf("%d genesis_signatures for %d orchestrators", len(gs.GenesisSignatures), len(gs.Orchestrators))
	}
	seen := map[string]bool{}
	for _, o := range gs.Orchestrators {
		if _, err := Address("eth_address", o.EthAddress); err != nil {
			return ErrInvalidGenesis.Wrap(err.Error())
		}
		for _, k := range []string{"v" + o.Validator, "o" + o.Orchestrator, "e" + o.EthAddress} {
			if seen[k] {
				return ErrInvalidGenesis.Wrapf("orchestrator of %s: a validator, orchestrator account or Ethereum address is named twice (%s)", o.Validator, k[1:])
			}
			seen[k] = true
		}
	}
	for _, a := range gs.Attestations {
		if a.Event.EventNonce <= gs.LastObserved.EventNonce {
			return ErrInvalidGenesis.Wrapf("attestation at nonce %d, at or below the last observed %d", a.Event.EventNonce, gs.LastObserved.EventNonce)
		}
		if err := a.Event.Validate(); err != nil {
			return ErrInvalidGenesis.Wrapf("attestation at nonce %d: %s", a.Event.EventNonce, err)
		}
		if len(a.Votes) == 0 {
			return ErrInvalidGenesis.Wrapf("attestation at nonce %d has no votes", a.Event.EventNonce)
		}
	}
	nonces := map[uint64]bool{}
	for _, v := range gs.Valsets {
		if nonces[v.Nonce] {
			return ErrInvalidGenesis.Wrapf("valset %d appears twice", v.Nonce)
		}
		nonces[v.Nonce] = true
		if len(v.Members) == 0 {
			return ErrInvalidGenesis.Wrapf("valset %d has no members", v.Nonce)
		}
	}
	for _, c := range gs.ValsetConfirms {
		if !nonces[c.Nonce] {
			return ErrInvalidGenesis.Wrapf("a confirmation of valset %d, which genesis does not hold", c.Nonce)
		}
	}
	return nil
}

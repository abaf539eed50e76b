package types

import (
	"crypto/sha256"
)

// SeedSize is the size of an epoch seed and of the randomness mixed into it.
const SeedSize = sha256.Size

const (
	epochSeedDomain   = "enigma/epoch/v1"
	genesisSeedDomain = "enigma/epoch/v1/genesis"
)

// NextSeed returns seed_{e+1} = sha256("enigma/epoch/v1" || seed_e || r_e),
// the rule of docs/design.md §3.
func NextSeed(seed, randomness []byte) []byte {
	h := sha256.New()
	h.Write([]byte(epochSeedDomain))
	h.Write(seed)
	h.Write(randomness)
	return h.Sum(nil)
}

// DefaultGenesisSeed is the seed of the first epoch when genesis names none:
// sha256("enigma/epoch/v1/genesis" || chain id). It is public, as every seed
// is once its epoch starts; what matters is that the next ones are not known
// in advance.
func DefaultGenesisSeed(chainID string) []byte {
	h := sha256.New()
	h.Write([]byte(genesisSeedDomain))
	h.Write([]byte(chainID))
	return h.Sum(nil)
}

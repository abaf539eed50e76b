// Package contracts holds the compiled Solidity artifacts of this
// repository (build/*.json, made by `make contracts` from the sources here)
// for Go code and tests to deploy.
package contracts

import (
	"embed"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

//go:embed build/*.json
var build embed.FS

// Artifact is one compiled contract.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	Compiler         string          `json:"compiler"`
	EVMVersion       string          `json:"evmVersion"`
	RawABI           json.RawMessage `json:"abi"`
	Bytecode         hexutil.Bytes   `json:"bytecode"`
	DeployedBytecode hexutil.Bytes   `json:"deployedBytecode"`
	ABI              abi.ABI         `json:"-"`
}

// Load returns the artifact of the named contract.
func Load(name string) (*Artifact, error) {
	bz, err := build.ReadFile("build/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no artifact for %s (run make contracts): %w", name, err)
	}
	var a Artifact
	if err := json.Unmarshal(bz, &a); err != nil {
		return nil, fmt.Errorf("contracts: %s: %w", name, err)
	}
	if err := json.Unmarshal(a.RawABI, &a.ABI); err != nil {
		return nil, fmt.Errorf("contracts: %s abi: %w", name, err)
	}
	return &a, nil
}

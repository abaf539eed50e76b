package app_test

import (
	"math/big"
	"strings"
	"sync/atomic"
	"testing"

	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/ids"
	epochkeeper "github.com/enigmad/enigmad/x/epoch/keeper"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	registrykeeper "github.com/enigmad/enigmad/x/registry/keeper"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	sckeeper "github.com/enigmad/enigmad/x/secretcompute/keeper"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// refusal is one refusal a module README lists, made by a transaction that
// a real node delivers. msgs builds the transaction's messages (signed by
// account signer) after any state they need.
type refusal struct {
	name   string
	want   *errorsmod.Error
	signer int
	msgs   func(t *testing.T) []sdk.Msg
}

// TestDeliveredRefusalsKeepTheirCode delivers, in blocks of the real app,
// a transaction for each refusal the module READMEs list that a
// transaction can meet, and checks that the delivered result carries the
// module's own codespace and code: what a client shows a person. A refused
// transaction changes nothing: its signer's balance is the same (no fee is
// asked here) and x/secretcompute's invariants hold after each.
func TestDeliveredRefusalsKeepTheirCode(t *testing.T) {
	net := apptest.NewNetwork(t, 5, 6)
	net.NextEpochs(1) // the genesis worker is in the current epoch's set
	c := net.Chain
	worker := net.Worker.Info().Address
	acc := func(i int) string { return c.Accounts[i].String() }
	regParams := func() registrytypes.Params {
		p, err := c.App.RegistryKeeper.Params.Get(c.Context())
		require.NoError(t, err)
		return p
	}

	// Account 4 runs a registered, unprovisioned worker that is unbonding.
	unbonding := apptest.OpenEnclave(t)
	c.RegisterEnclave(c.Accounts[4], unbonding)
	// Account 5 runs a registered, unprovisioned, active worker.
	c.RegisterEnclave(c.Accounts[5], apptest.OpenEnclave(t))
	c.Next()
	res := c.NextWith(c.SignedTx(4, sdk.NewCoins(), 200_000, &registrytypes.MsgUnbond{Operator: acc(4)}))
	require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)

	// Records the chain awaits data for (x/bridge will hand them over).
	sender := common.HexToAddress("0x5e")
	nonce := uint64(0)
	record := func(t *testing.T, envelope []byte, deploy bool, code []byte) common.Hash {
		id := ids.TaskID(big.NewInt(1337), common.HexToAddress("0xb1"), sender, ids.CounterSalt(nonce))
		nonce++
		k := c.App.SecretComputeKeeper
		if deploy {
			require.NoError(t, k.OnDeploymentRecord(c.Context(), sctypes.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: id, CodeHash: crypto.Keccak256Hash(code), Sender: sender,
				InputsHash: ids.InputsHash(envelope), GasLimit: 100_000, GasPrice: big.NewInt(1)}))
		} else {
			require.NoError(t, k.OnTaskRecord(c.Context(), sctypes.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: common.HexToAddress("0xc0"), Sender: sender,
				InputsHash: ids.InputsHash(envelope), GasLimit: 100_000, GasPrice: big.NewInt(1)}))
		}
		c.Next()
		return id
	}
	envelope := []byte("sealed inputs")
	code := []byte{0x60, 0x00}
	deployData := func(id common.Hash, mutate func(*sctypes.MsgSubmitDeployData)) []sdk.Msg {
		m := &sctypes.MsgSubmitDeployData{Submitter: acc(1), TaskId: id.Bytes(), Epoch: c.CurrentEpoch().Number,
			Worker: worker.Bytes(), Bytecode: code, Envelope: envelope}
		if mutate != nil {
			mutate(m)
		}
		return []sdk.Msg{m}
	}
	freshRegistration := func(t *testing.T, operator int, mutate func(*registrytypes.MsgRegisterWorker)) []sdk.Msg {
		m := apptest.RegisterWorkerMsg(t, c.Accounts[operator], apptest.OpenEnclave(t))
		mutate(m)
		return []sdk.Msg{m}
	}

	cases := []refusal{
		// x/epoch
		{"epoch: params from another account", epochtypes.ErrInvalidAuthority, 1, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&epochtypes.MsgUpdateParams{Authority: acc(1), Params: epochtypes.DefaultParams()}}
		}},

		// x/registry
		{"registry: params from another account", registrytypes.ErrInvalidAuthority, 1, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&registrytypes.MsgUpdateParams{Authority: acc(1), Params: regParams()}}
		}},
		{"registry: short signer key", registrytypes.ErrInvalidKeys, 2, func(t *testing.T) []sdk.Msg {
			return freshRegistration(t, 2, func(m *registrytypes.MsgRegisterWorker) { m.SignerPubkey = m.SignerPubkey[:10] })
		}},
		{"registry: operator signature missing", registrytypes.ErrOperatorSignature, 2, func(t *testing.T) []sdk.Msg {
			return freshRegistration(t, 2, func(m *registrytypes.MsgRegisterWorker) { m.OperatorSignature = nil })
		}},
		{"registry: quote of no known kind", registrytypes.ErrAttestation, 2, func(t *testing.T) []sdk.Msg {
			return freshRegistration(t, 2, func(m *registrytypes.MsgRegisterWorker) { m.Quote = []byte{0xff, 1, 2, 3} })
		}},
		{"registry: SGX quote without collateral", registrytypes.ErrCollateral, 2, func(t *testing.T) []sdk.Msg {
			return freshRegistration(t, 2, func(m *registrytypes.MsgRegisterWorker) { m.Quote = []byte{byte(attestation.KindSGX), 1, 2, 3} })
		}},
		{"registry: stake below the minimum", registrytypes.ErrStakeTooLow, 2, func(t *testing.T) []sdk.Msg {
			return freshRegistration(t, 2, func(m *registrytypes.MsgRegisterWorker) { m.Stake = sdk.NewCoin(app.BondDenom, sdkmath.NewInt(1)) })
		}},
		{"registry: enclave already registered", registrytypes.ErrAlreadyRegistered, 2, func(t *testing.T) []sdk.Msg {
			return []sdk.Msg{apptest.RegisterWorkerMsg(t, c.Accounts[2], net.Worker)}
		}},
		{"registry: simulated quote refused", registrytypes.ErrSimulatedRefused, 2, func(t *testing.T) []sdk.Msg {
			p := regParams()
			p.AllowSimulatedAttestation = false
			require.NoError(t, c.App.RegistryKeeper.SetParams(c.Context(), apptest.Gov(), p))
			c.Next()
			t.Cleanup(func() { c.AllowSimulatedAttestation(); c.Next() })
			return freshRegistration(t, 2, func(*registrytypes.MsgRegisterWorker) {})
		}},
		{"registry: unbond without a worker", registrytypes.ErrWorkerNotFound, 3, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&registrytypes.MsgUnbond{Operator: acc(3)}}
		}},
		{"registry: stake added to an unbonding worker", registrytypes.ErrWrongStatus, 4, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&registrytypes.MsgAddStake{Operator: acc(4), Amount: apptest.WorkerStake}}
		}},
		{"registry: stake of another denom", registrytypes.ErrStakeTooLow, 5, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&registrytypes.MsgAddStake{Operator: acc(5), Amount: sdk.NewCoin("other", sdkmath.NewInt(1))}}
		}},
		{"registry: withdraw before the stake unlocks", registrytypes.ErrNotUnbonded, 4, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&registrytypes.MsgWithdraw{Operator: acc(4)}}
		}},
		{"registry: beacon from an unprovisioned worker", registrytypes.ErrNotProvisioned, 5, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&registrytypes.MsgSubmitBeacon{Operator: acc(5), Epoch: c.CurrentEpoch().Number, Value: make([]byte, 32), Signature: make([]byte, 65)}}
		}},
		{"registry: beacon with a bad signature", registrytypes.ErrBeacon, 0, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&registrytypes.MsgSubmitBeacon{Operator: acc(0), Epoch: c.CurrentEpoch().Number, Value: make([]byte, 32), Signature: make([]byte, 65)}}
		}},
		{"registry: provision for a malformed newcomer", registrytypes.ErrProvision, 0, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&registrytypes.MsgProvisionSeed{Operator: acc(0), Newcomer: []byte{1, 2, 3}}}
		}},
		{"registry: provision without a seed commitment", registrytypes.ErrNoCommitment, 0, func(t *testing.T) []sdk.Msg {
			require.NoError(t, c.App.RegistryKeeper.SeedCommitment.Remove(c.Context()))
			c.Next()
			t.Cleanup(func() {
				require.NoError(t, c.App.RegistryKeeper.SeedCommitment.Set(c.Context(), net.Commitment))
				c.Next()
			})
			newcomer, err := c.App.RegistryKeeper.WorkerByOperator.Get(c.Context(), c.Accounts[5])
			require.NoError(t, err)
			return []sdk.Msg{&registrytypes.MsgProvisionSeed{Operator: acc(0), Newcomer: newcomer, Envelope: []byte{1}, Signature: make([]byte, 65)}}
		}},

		// x/secretcompute: task data is refused by the fee-less ante
		// handler with the module's error, delivered or not.
		{"secretcompute: params from another account", sctypes.ErrInvalidAuthority, 1, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&sctypes.MsgUpdateParams{Authority: acc(1), Params: sctypes.DefaultParams()}}
		}},
		{"secretcompute: data for no record", sctypes.ErrUnknownTask, 1, func(*testing.T) []sdk.Msg {
			return deployData(common.Hash{0x99}, nil)
		}},
		{"secretcompute: data that is not the record's", sctypes.ErrInputsHash, 1, func(t *testing.T) []sdk.Msg {
			return deployData(record(t, envelope, true, code), func(m *sctypes.MsgSubmitDeployData) { m.Envelope = []byte("other") })
		}},
		{"secretcompute: bytecode that is not the record's", sctypes.ErrCodeHash, 1, func(t *testing.T) []sdk.Msg {
			return deployData(record(t, envelope, true, code), func(m *sctypes.MsgSubmitDeployData) { m.Bytecode = []byte{1} })
		}},
		{"secretcompute: data over the size limit", sctypes.ErrTooLarge, 1, func(t *testing.T) []sdk.Msg {
			return deployData(record(t, envelope, true, code), func(m *sctypes.MsgSubmitDeployData) { m.Envelope = make([]byte, 256<<10+1) })
		}},
		{"secretcompute: an epoch that is not current or previous", sctypes.ErrEpoch, 1, func(t *testing.T) []sdk.Msg {
			return deployData(record(t, envelope, true, code), func(m *sctypes.MsgSubmitDeployData) { m.Epoch += 5 })
		}},
		{"secretcompute: a worker that is not 20 bytes", sctypes.ErrMalformed, 1, func(t *testing.T) []sdk.Msg {
			return deployData(record(t, envelope, true, code), func(m *sctypes.MsgSubmitDeployData) { m.Worker = []byte{1} })
		}},
		{"secretcompute: a worker not selected", sctypes.ErrNotSelected, 1, func(t *testing.T) []sdk.Msg {
			return deployData(record(t, envelope, true, code), func(m *sctypes.MsgSubmitDeployData) { m.Worker = common.HexToAddress("0x77").Bytes() })
		}},
		{"secretcompute: call data for a deployment", sctypes.ErrWrongKind, 1, func(t *testing.T) []sdk.Msg {
			id := record(t, envelope, true, code)
			return []sdk.Msg{&sctypes.MsgSubmitTaskData{Submitter: acc(1), TaskId: id.Bytes(), Epoch: c.CurrentEpoch().Number, Worker: worker.Bytes(), Envelope: envelope}}
		}},
		{"secretcompute: call data for no contract", sctypes.ErrUnknownContract, 1, func(t *testing.T) []sdk.Msg {
			id := record(t, envelope, false, nil)
			return []sdk.Msg{&sctypes.MsgSubmitTaskData{Submitter: acc(1), TaskId: id.Bytes(), Epoch: c.CurrentEpoch().Number, Worker: worker.Bytes(), Envelope: envelope}}
		}},
		{"secretcompute: data already on chain", sctypes.ErrDataPresent, 1, func(t *testing.T) []sdk.Msg {
			msgs := deployData(record(t, envelope, true, code), nil)
			res := c.NextWith(c.SignedTx(1, sdk.NewCoins(), 2_000_000, msgs...))
			require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)
			return msgs
		}},
		{"secretcompute: more results than one message may carry", sctypes.ErrTooLarge, 1, func(*testing.T) []sdk.Msg {
			return []sdk.Msg{&sctypes.MsgCommitResults{Submitter: acc(1), Results: make([]sctypes.Result, sctypes.DefaultParams().MaxResultsPerMsg+1)}}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			msgs := tc.msgs(t)
			balance := c.App.BankKeeper.GetAllBalances(c.Context(), c.Accounts[tc.signer])
			res := c.NextWith(c.SignedTx(tc.signer, sdk.NewCoins(), 10_000_000, msgs...))
			require.Len(t, res.TxResults, 1)
			got := res.TxResults[0]
			require.Equal(t, tc.want.Codespace(), got.Codespace, got.Log)
			require.Equal(t, tc.want.ABCICode(), got.Code, got.Log)
			require.Equal(t, balance, c.App.BankKeeper.GetAllBalances(c.Context(), c.Accounts[tc.signer]), "a refusal moved no coins")
			require.NoError(t, c.App.SecretComputeKeeper.CheckInvariants(c.Context()))
		})
	}
}

// TestOtherRefusalsKeepTheirCode covers the refusals the module READMEs
// list that no transaction meets (params only the authority can send,
// genesis, records from x/bridge, the epoch rules behind a beacon): each
// error as the keeper returns it carries the module's codespace and code.
func TestOtherRefusalsKeepTheirCode(t *testing.T) {
	net := apptest.NewNetwork(t, 5, 2)
	c := net.Chain
	ctx := c.Context()
	gov := apptest.Gov()
	current := c.CurrentEpoch().Number
	rec := sctypes.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: common.Hash{1}, Sender: common.HexToAddress("0x5e"), GasLimit: 1, GasPrice: big.NewInt(1)}
	require.NoError(t, c.App.SecretComputeKeeper.OnDeploymentRecord(ctx, rec))

	for _, tc := range []struct {
		name string
		want *errorsmod.Error
		err  func() error
	}{
		{"epoch: invalid params", epochtypes.ErrInvalidParams, func() error {
			return c.App.EpochKeeper.SetParams(ctx, gov, epochtypes.Params{})
		}},
		{"epoch: an epoch not yet started", epochtypes.ErrEpochNotFound, func() error {
			_, err := c.App.EpochKeeper.GetEpoch(ctx, current+10)
			return err
		}},
		{"epoch: beacon for another epoch", epochtypes.ErrInvalidBeacon, func() error {
			return c.App.EpochKeeper.AcceptBeacon(ctx, current+1, make([]byte, 32))
		}},
		{"epoch: a second beacon", epochtypes.ErrBeaconExists, func() error {
			if err := c.App.EpochKeeper.AcceptBeacon(ctx, current, make([]byte, 32)); err != nil {
				return err
			}
			return c.App.EpochKeeper.AcceptBeacon(ctx, current, make([]byte, 32))
		}},
		{"epoch: invalid genesis", epochtypes.ErrInvalidGenesis, func() error {
			return epochtypes.GenesisState{Params: epochtypes.DefaultParams(), GenesisSeed: []byte{1}}.Validate()
		}},
		{"registry: invalid params", registrytypes.ErrInvalidParams, func() error {
			return c.App.RegistryKeeper.SetParams(ctx, gov, registrytypes.Params{})
		}},
		{"registry: invalid genesis", registrytypes.ErrInvalidGenesis, func() error {
			return registrytypes.GenesisState{Params: registrytypes.DefaultParams(), SeedCommitment: []byte{1}}.Validate()
		}},
		{"secretcompute: invalid params", sctypes.ErrInvalidParams, func() error {
			return c.App.SecretComputeKeeper.SetParams(ctx, gov, sctypes.Params{})
		}},
		{"secretcompute: a record without gas", sctypes.ErrMalformed, func() error {
			r := rec
			r.TaskID, r.GasLimit = common.Hash{2}, 0
			return c.App.SecretComputeKeeper.OnDeploymentRecord(ctx, r)
		}},
		{"secretcompute: a record without a gas price", sctypes.ErrMalformed, func() error {
			r := rec
			r.TaskID, r.GasPrice = common.Hash{3}, nil
			return c.App.SecretComputeKeeper.OnDeploymentRecord(ctx, r)
		}},
		{"secretcompute: a call record with a negative escrow", sctypes.ErrMalformed, func() error {
			return c.App.SecretComputeKeeper.OnTaskRecord(ctx, sctypes.TaskRecord{EventNonce: nextRecordNonce(), TaskID: common.Hash{4}, Sender: rec.Sender, GasLimit: 1,
				GasPrice: big.NewInt(1), EscrowAmount: big.NewInt(-1)})
		}},
		{"secretcompute: invalid genesis", sctypes.ErrInvalidGenesis, func() error {
			return sctypes.GenesisState{Params: sctypes.DefaultParams()}.Validate()
		}},
		{"secretcompute: proof of a task without a receipt", sctypes.ErrNotFound, func() error {
			_, _, _, err := c.App.SecretComputeKeeper.ReceiptProof(ctx, rec.TaskID.Bytes())
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.err()
			require.Error(t, err)
			space, code, _ := errorsmod.ABCIInfo(err, false)
			require.Equal(t, tc.want.Codespace(), space, err.Error())
			require.Equal(t, tc.want.ABCICode(), code, err.Error())
		})
	}
}

// TestQueryErrorCodes: every query server answers malformed input with
// InvalidArgument (quoting only a prefix of it), a missing thing with
// NotFound, and never Internal for the caller's mistakes.
func TestQueryErrorCodes(t *testing.T) {
	net := apptest.NewNetwork(t, 5, 2)
	ctx := net.Context()
	epochs := epochkeeper.NewQueryServerImpl(net.App.EpochKeeper)
	registry := registrykeeper.NewQueryServerImpl(net.App.RegistryKeeper)
	sc := sckeeper.NewQueryServerImpl(net.App.SecretComputeKeeper)
	huge := "0x" + strings.Repeat("ab", 400_000)
	absent := common.HexToAddress("0x77").Hex()
	both := &query.PageRequest{Key: []byte{1}, Offset: 1}

	for _, tc := range []struct {
		name string
		want codes.Code
		call func() error
	}{
		{"epoch not started", codes.NotFound, func() error { _, err := epochs.Epoch(ctx, &epochtypes.QueryEpochRequest{Number: 99}); return err }},
		{"epochs with key and offset", codes.InvalidArgument, func() error {
			_, err := epochs.Epochs(ctx, &epochtypes.QueryEpochsRequest{Pagination: both})
			return err
		}},
		{"worker without 0x", codes.InvalidArgument, func() error {
			_, err := registry.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: absent[2:]})
			return err
		}},
		{"worker of 800 KB", codes.InvalidArgument, func() error {
			_, err := registry.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: huge})
			return err
		}},
		{"unknown worker", codes.NotFound, func() error {
			_, err := registry.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: absent})
			return err
		}},
		{"workers with key and offset", codes.InvalidArgument, func() error {
			_, err := registry.Workers(ctx, &registrytypes.QueryWorkersRequest{Pagination: both})
			return err
		}},
		{"no provision", codes.NotFound, func() error {
			_, err := registry.Provision(ctx, &registrytypes.QueryProvisionRequest{Newcomer: absent})
			return err
		}},
		{"selected for a malformed contract", codes.InvalidArgument, func() error {
			_, err := registry.Selected(ctx, &registrytypes.QuerySelectedRequest{Contract: "0x12"})
			return err
		}},
		{"task id of 800 KB", codes.InvalidArgument, func() error {
			_, err := sc.Task(ctx, &sctypes.QueryTaskRequest{TaskId: huge})
			return err
		}},
		{"unknown task", codes.NotFound, func() error {
			_, err := sc.Task(ctx, &sctypes.QueryTaskRequest{TaskId: common.Hash{7}.Hex()})
			return err
		}},
		{"unknown contract", codes.NotFound, func() error {
			_, err := sc.Contract(ctx, &sctypes.QueryContractRequest{Address: absent})
			return err
		}},
		{"deltas of an unknown contract", codes.NotFound, func() error {
			_, err := sc.Deltas(ctx, &sctypes.QueryDeltasRequest{Address: absent})
			return err
		}},
		{"unknown batch", codes.NotFound, func() error { _, err := sc.Batch(ctx, &sctypes.QueryBatchRequest{Nonce: 9}); return err }},
		{"proof of an unknown task", codes.NotFound, func() error {
			_, err := sc.ReceiptProof(ctx, &sctypes.QueryReceiptProofRequest{TaskId: common.Hash{7}.Hex()})
			return err
		}},
		{"proof at a sequence with no receipt", codes.NotFound, func() error {
			_, err := sc.ReceiptProof(ctx, &sctypes.QueryReceiptProofRequest{TaskId: common.Hash{7}.Hex(), Sequence: 9})
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Equal(t, tc.want, status.Code(err), "%v", err)
			require.Less(t, len(err.Error()), 400, "an error quotes a prefix of the input, not all of it")
		})
	}
}

// TestResultRefusalsCarryTheirCode: a result refused inside
// MsgCommitResults does not fail the transaction (the others in it go on);
// the delivered response names each refused result's x/secretcompute code.
func TestResultRefusalsCarryTheirCode(t *testing.T) {
	net := apptest.NewNetwork(t, 5, 2)
	net.NextEpochs(1)
	c := net.Chain
	k := c.App.SecretComputeKeeper
	worker := net.Worker.Info().Address
	sender := common.HexToAddress("0x5e")
	record := func(nonce uint64) common.Hash {
		id := ids.TaskID(big.NewInt(1337), common.HexToAddress("0xb1"), sender, ids.CounterSalt(nonce))
		require.NoError(t, k.OnDeploymentRecord(c.Context(), sctypes.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: id, CodeHash: crypto.Keccak256Hash([]byte{1}), Sender: sender,
			InputsHash: ids.InputsHash([]byte("e")), GasLimit: 100_000, GasPrice: big.NewInt(1)}))
		return id
	}
	awaiting, pending := record(0), record(1)
	require.NoError(t, k.SubmitData(c.Context(), pending.Bytes(), sctypes.TASK_KIND_DEPLOY, c.CurrentEpoch().Number, worker.Bytes(), []byte("e"), []byte{1}))
	c.Next()

	zero := common.Hash{}.Bytes()
	result := func(id common.Hash, mutate func(*sctypes.Result)) sctypes.Result {
		r := sctypes.Result{TaskId: id.Bytes(), Contract: ids.ContractAddress(id).Bytes(), Worker: worker.Bytes(), OutputHash: zero, DeltaHash: zero,
			Signature: make([]byte, 65)}
		if mutate != nil {
			mutate(&r)
		}
		return r
	}
	results := []sctypes.Result{
		result(common.Hash{9}, nil),
		result(awaiting, nil),
		result(pending, func(r *sctypes.Result) { r.Contract = common.HexToAddress("0x01").Bytes() }),
		result(pending, func(r *sctypes.Result) { r.Worker = common.HexToAddress("0x02").Bytes() }),
		result(pending, nil),
	}
	want := []*errorsmod.Error{sctypes.ErrUnknownTask, sctypes.ErrNotPending, sctypes.ErrMalformed, sctypes.ErrWrongWorker, sctypes.ErrSignature}

	res := c.NextWith(c.SignedTx(1, sdk.NewCoins(), 10_000_000, &sctypes.MsgCommitResults{Submitter: c.Accounts[1].String(), Results: results}))
	require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)
	var data sdk.TxMsgData
	require.NoError(t, c.App.AppCodec().Unmarshal(res.TxResults[0].Data, &data))
	require.Len(t, data.MsgResponses, 1)
	var out sctypes.MsgCommitResultsResponse
	require.NoError(t, c.App.AppCodec().Unmarshal(data.MsgResponses[0].Value, &out))
	require.Len(t, out.Codes, len(want))
	for i, w := range want {
		require.Equal(t, w.ABCICode(), out.Codes[i], "result %d: %s", i, out.Errors[i])
		require.Contains(t, out.Errors[i], w.Error())
	}
	task, err := k.Tasks.Get(c.Context(), pending.Bytes())
	require.NoError(t, err)
	require.Equal(t, sctypes.TASK_STATUS_PENDING, task.Status, "refused results change nothing")
}

// recordNonces hands out bridge event nonces for the records the tests
// make, always increasing: x/secretcompute takes each record once, in the
// order of its event nonce.
var recordNonces atomic.Uint64

func nextRecordNonce() uint64 { return recordNonces.Add(1) }

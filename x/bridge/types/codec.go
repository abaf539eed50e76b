package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the messages for amino JSON signing.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	cdc.RegisterConcrete(&MsgSetOrchestrator{}, "enigma/x/bridge/MsgSetOrchestrator", nil)
	cdc.RegisterConcrete(&MsgEthereumClaims{}, "enigma/x/bridge/MsgEthereumClaims", nil)
	cdc.RegisterConcrete(&MsgConfirmValset{}, "enigma/x/bridge/MsgConfirmValset", nil)
	cdc.RegisterConcrete(&MsgConfirmBatch{}, "enigma/x/bridge/MsgConfirmBatch", nil)
	cdc.RegisterConcrete(&MsgUpdateParams{}, "enigma/x/bridge/MsgUpdateParams", nil)
	cdc.RegisterConcrete(&Params{}, "enigma/x/bridge/Params", nil)
}

// RegisterInterfaces registers the messages as sdk.Msg.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil), &MsgSetOrchestrator{}, &MsgEthereumClaims{}, &MsgConfirmValset{}, &MsgConfirmBatch{}, &MsgUpdateParams{})
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}

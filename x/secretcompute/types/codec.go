package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the messages for amino JSON signing.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	cdc.RegisterConcrete(&MsgSubmitTaskData{}, "enigma/x/secretcompute/MsgSubmitTaskData", nil)
	cdc.RegisterConcrete(&MsgSubmitDeployData{}, "enigma/x/secretcompute/MsgSubmitDeployData", nil)
	cdc.RegisterConcrete(&MsgCommitResults{}, "enigma/x/secretcompute/MsgCommitResults", nil)
	cdc.RegisterConcrete(&MsgUpdateParams{}, "enigma/x/secretcompute/MsgUpdateParams", nil)
	cdc.RegisterConcrete(&Params{}, "enigma/x/secretcompute/Params", nil)
}

// RegisterInterfaces registers the messages as sdk.Msg.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil), &MsgSubmitTaskData{}, &MsgSubmitDeployData{}, &MsgCommitResults{}, &MsgUpdateParams{})
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}

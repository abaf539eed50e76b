package app

import (
	"context"
	"net/http"
	"strings"

	gateway "github.com/cosmos/gogogateway"
	gogoproto "github.com/cosmos/gogoproto/proto"
	protov1 "github.com/golang/protobuf/proto" //nolint:staticcheck // the v1 gateway's type
	"github.com/grpc-ecosystem/grpc-gateway/runtime"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/cosmos/cosmos-sdk/server/api"
	grpctypes "github.com/cosmos/cosmos-sdk/types/grpc"

	"github.com/enigmad/enigmad/internal/hexjson"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// HexModules are the modules whose REST routes (under /enigma/NAME/) and
// CLI queries (cmd/enigmad) answer
// with bytes as 0x hex.
var HexModules = []string{epochtypes.ModuleName, registrytypes.ModuleName, sctypes.ModuleName, bridgetypes.ModuleName}

// registerHexGateway serves our modules' REST routes from a gateway mux of
// their own, whose JSON has every bytes field in 0x hex (internal/hexjson),
// so that an address a list prints can be pasted into the route for one.
// The routes are mounted on the API server's router before the SDK's
// catch-all gateway (added in Start), so they take precedence; the SDK's mux
// keeps serving every other module as before.
func (app *App) registerHexGateway(apiSvr *api.Server) {
	mux := runtime.NewServeMux(
		runtime.WithMarshalerOption(runtime.MIMEWildcard, hexMarshaler{&gateway.JSONPb{
			EmitDefaults: true,
			OrigName:     true,
			AnyResolver:  apiSvr.ClientCtx.InterfaceRegistry,
		}}),
		runtime.WithProtoErrorHandler(runtime.DefaultHTTPProtoErrorHandler),
		runtime.WithIncomingHeaderMatcher(api.CustomGRPCHeaderMatcher),
		runtime.WithForwardResponseOption(blockHeightHeader),
	)
	for _, name := range HexModules {
		app.BasicModuleManager[name].RegisterGRPCGatewayRoutes(apiSvr.ClientCtx, mux)
		apiSvr.Router.PathPrefix("/enigma/" + name + "/").Handler(mux)
	}
}

// blockHeightHeader passes on the height a query ran at, as the SDK's own
// gateway does.
func blockHeightHeader(ctx context.Context, w http.ResponseWriter, _ protov1.Message) error {
	if meta, ok := runtime.ServerMetadataFromContext(ctx); ok {
		if v := meta.HeaderMD.Get(grpctypes.GRPCBlockHeightHeader); len(v) == 1 {
			w.Header().Set(grpctypes.GRPCBlockHeightHeader, v[0])
		}
	}
	return nil
}

// hexMarshaler is the SDK gateway's JSON with bytes fields rewritten to 0x
// hex.
type hexMarshaler struct{ *gateway.JSONPb }

// Marshal implements runtime.Marshaler.
func (m hexMarshaler) Marshal(v any) ([]byte, error) {
	js, err := m.JSONPb.Marshal(v)
	if err != nil {
		return nil, err
	}
	msg, ok := v.(gogoproto.Message)
	if !ok || !strings.HasPrefix(gogoproto.MessageName(msg), "enigma.") {
		return js, nil // an error body (google.rpc.Status) or another package's: as the SDK writes it
	}
	d, err := gogoproto.HybridResolver.FindDescriptorByName(protoreflect.FullName(gogoproto.MessageName(msg)))
	if err != nil {
		return js, nil // not a registered type (an error body): nothing of ours to rewrite
	}
	md, ok := d.(protoreflect.MessageDescriptor)
	if !ok {
		return js, nil
	}
	return hexjson.Rewrite(js, md)
}

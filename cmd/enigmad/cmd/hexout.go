package cmd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
	gogoproto "github.com/cosmos/gogoproto/proto"
	"github.com/iancoleman/strcase"
	"github.com/spf13/cobra"
	yamlv3 "go.yaml.in/yaml/v3"
	"google.golang.org/protobuf/reflect/protoreflect"
	"sigs.k8s.io/yaml"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/internal/hexjson"
)

// hexAnnotation marks a query command whose output hexOutput rewrites; its
// value is the response type.
const hexAnnotation = "enigmad/hexjson"

// hexOutput makes the autocli query commands of app.HexModules print bytes
// fields as 0x hex, as their REST routes do (internal/hexjson): autocli
// encodes a response with an amino-JSON encoder built inside client/v2
// that cannot be given field encodings, so each command's RunE is wrapped
// and its output rewritten beside the response's descriptor. A command it
// cannot match to a method is left as autocli made it (TestQueriesPrintHex
// fails for one of ours).
func hexOutput(root *cobra.Command, modules map[string]*autocliv1.ModuleOptions) {
	query := findCommand(root, "query")
	if query == nil {
		return
	}
	for _, name := range app.HexModules {
		opts := modules[name]
		moduleCmd := findCommand(query, name)
		if opts == nil || opts.Query == nil || moduleCmd == nil {
			continue
		}
		d, err := gogoproto.HybridResolver.FindDescriptorByName(protoreflect.FullName(opts.Query.Service))
		if err != nil {
			continue
		}
		sd, ok := d.(protoreflect.ServiceDescriptor)
		if !ok {
			continue
		}
		rpcOpts := map[string]*autocliv1.RpcCommandOptions{}
		for _, o := range opts.Query.RpcCommandOptions {
			rpcOpts[o.RpcMethod] = o
		}
		for i := 0; i < sd.Methods().Len(); i++ {
			m := sd.Methods().Get(i)
			use := strcase.ToKebab(string(m.Name())) // autocli's name for a method it was told nothing of
			if o := rpcOpts[string(m.Name())]; o != nil {
				if o.Skip {
					continue
				}
				if o.Use != "" {
					use = strings.Fields(o.Use)[0]
				}
			}
			if c := findCommand(moduleCmd, use); c != nil {
				wrapHexOutput(c, m.Output())
			}
		}
	}
}

func findCommand(parent *cobra.Command, name string) *cobra.Command {
	for _, c := range parent.Commands() {
		if c.Name() == name {
			return c
		}
	}
	return nil
}

// wrapHexOutput captures what c prints and prints it again with md's bytes
// fields in 0x hex, keeping the output format (JSON, indented unless
// --no-indent, or YAML for --output text).
func wrapHexOutput(c *cobra.Command, md protoreflect.MessageDescriptor) {
	run := c.RunE
	if run == nil {
		return
	}
	if c.Annotations == nil {
		c.Annotations = map[string]string{}
	}
	c.Annotations[hexAnnotation] = string(md.FullName())
	c.RunE = func(cmd *cobra.Command, args []string) error {
		out := cmd.OutOrStdout()
		var buf bytes.Buffer
		cmd.SetOut(&buf)
		err := run(cmd, args)
		cmd.SetOut(out)
		if err != nil {
			return err
		}
		noIndent, _ := cmd.Flags().GetBool("no-indent") // autocli's flag
		text, err := rewriteOutput(buf.Bytes(), md, noIndent)
		if err != nil {
			// The answer stands; only its bytes stay in base64.
			fmt.Fprintf(cmd.ErrOrStderr(), "(bytes left in base64: %v)\n", err)
			text = strings.TrimSpace(buf.String())
		}
		_, err = fmt.Fprintln(out, text)
		return err
	}
}

// rewriteOutput rewrites autocli's printed answer: JSON, or YAML made from
// it (--output text).
func rewriteOutput(printed []byte, md protoreflect.MessageDescriptor, noIndent bool) (string, error) {
	printed = bytes.TrimSpace(printed)
	isJSON := json.Valid(printed)
	js := printed
	if !isJSON {
		var err error
		if js, err = yaml.YAMLToJSON(printed); err != nil {
			return "", fmt.Errorf("reading the answer: %w", err)
		}
	}
	js, err := hexjson.Rewrite(js, md)
	if err != nil {
		return "", err
	}
	if !isJSON {
		y, err := quotedHexYAML(js)
		return strings.TrimSpace(string(y)), err
	}
	if noIndent {
		return string(js), nil
	}
	var ind bytes.Buffer
	if err := json.Indent(&ind, js, "", "  "); err != nil {
		return "", err
	}
	return ind.String(), nil
}

// quotedHexYAML is js as YAML with keys in their order and every 0x string
// double-quoted: YAML reads an unquoted 0x… as an integer (losing leading
// zeros, or precision), so a tool reading the output gets the string.
func quotedHexYAML(js []byte) ([]byte, error) {
	var doc yamlv3.Node
	if err := yamlv3.Unmarshal(js, &doc); err != nil { // JSON is YAML
		return nil, err
	}
	var plain func(n *yamlv3.Node)
	plain = func(n *yamlv3.Node) {
		n.Style = 0 // block style, quoted only where needed...
		if n.Kind == yamlv3.ScalarNode && n.Tag == "!!str" && strings.HasPrefix(n.Value, "0x") {
			n.Style = yamlv3.DoubleQuotedStyle // ...and always for hex
		}
		for _, c := range n.Content {
			plain(c)
		}
	}
	plain(&doc)
	var out bytes.Buffer
	enc := yamlv3.NewEncoder(&out)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	return out.Bytes(), enc.Close()
}

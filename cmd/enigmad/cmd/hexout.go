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
// and its output rewritten beside the response's descriptor.
func hexOutput(root *cobra.Command, modules map[string]*autocliv1.ModuleOptions) error {
	query := findCommand(root, "query")
	if query == nil {
		return fmt.Errorf("no query command")
	}
	for _, name := range app.HexModules {
		opts := modules[name]
		moduleCmd := findCommand(query, name)
		if opts == nil || opts.Query == nil || moduleCmd == nil {
			continue
		}
		d, err := gogoproto.HybridResolver.FindDescriptorByName(protoreflect.FullName(opts.Query.Service))
		if err != nil {
			return fmt.Errorf("%s: %w", opts.Query.Service, err)
		}
		sd := d.(protoreflect.ServiceDescriptor)
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
			c := findCommand(moduleCmd, use)
			if c == nil {
				return fmt.Errorf("query %s: no command %q for %s", name, use, m.FullName())
			}
			wrapHexOutput(c, m.Output())
		}
	}
	return nil
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
			return err
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
		y, err := yaml.JSONToYAML(js)
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

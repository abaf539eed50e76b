// Package localnet holds the end-to-end test of scripts/localnet.sh: it
// drives the real enigmad binary and CometBFT through the script. It is
// built only with the "localnet" tag (make test-localnet).
package localnet

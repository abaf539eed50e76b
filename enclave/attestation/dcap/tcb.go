package dcap

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// TCB statuses, as Intel writes them in TCB Info and QE Identity.
const (
	StatusUpToDate                          = "UpToDate"
	StatusSWHardeningNeeded                 = "SWHardeningNeeded"
	StatusConfigurationNeeded               = "ConfigurationNeeded"
	StatusConfigurationAndSWHardeningNeeded = "ConfigurationAndSWHardeningNeeded"
	StatusOutOfDate                         = "OutOfDate"
	StatusOutOfDateConfigurationNeeded      = "OutOfDateConfigurationNeeded"
	StatusRevoked                           = "Revoked"
)

// selectTCBLevel returns the first level (Intel lists them from the highest
// down) whose SGX components and PCESVN are all at most the platform's and,
// for TDX, whose TDX components are at most the TD's TEE_TCB_SVN.
func selectTCBLevel(info *TCBInfo, pck *PCKExtensions, td *TDReport) (*TCBLevel, error) {
	for i := range info.TCBLevels {
		l := &info.TCBLevels[i]
		if pck.PCESVN < l.TCB.PCESVN {
			continue
		}
		ok := true
		for j := range l.TCB.SGX {
			ok = ok && pck.TCBComps[j] >= l.TCB.SGX[j]
		}
		if ok && td != nil {
			if !l.TCB.HasTDX {
				return nil, fmt.Errorf("%w: TCB level %d has no tdxtcbcomponents", ErrTCBInfo, i)
			}
			// The first two TEE_TCB_SVN bytes are the TDX module's SVN and
			// version; when the version is not 0 they are judged by the
			// module identity instead (Intel DCAP QVL).
			start := 0
			if td.TEETCBSVN[1] > 0 {
				start = 2
			}
			for j := start; j < numTCBComps; j++ {
				ok = ok && td.TEETCBSVN[j] >= l.TCB.TDX[j]
			}
		}
		if ok {
			return l, nil
		}
	}
	return nil, fmt.Errorf("%w: FMSPC %x, PCESVN %d, components %v", ErrTCBLevel, pck.FMSPC, pck.PCESVN, pck.TCBComps)
}

// checkQEIdentity matches the quoting enclave's report against its
// identity and returns the TCB level of its ISVSVN.
func checkQEIdentity(id *EnclaveIdentity, qe *EnclaveReport) (*QETCBLevel, error) {
	if len(id.MRSIGNER) != 32 || !bytes.Equal(id.MRSIGNER, qe.MRSIGNER[:]) {
		return nil, fmt.Errorf("%w: MRSIGNER %x, want %x", ErrQEMismatch, qe.MRSIGNER, []byte(id.MRSIGNER))
	}
	if int(qe.ISVProdID) != id.ISVProdID {
		return nil, fmt.Errorf("%w: ISVPRODID %d, want %d", ErrQEMismatch, qe.ISVProdID, id.ISVProdID)
	}
	if len(id.MiscSelect) != 4 || len(id.MiscSelectMask) != 4 {
		return nil, fmt.Errorf("%w: miscselect and miscselectMask must be 4 bytes", ErrQEIdentity)
	}
	// Little-endian, like the report field they are compared with (Intel's
	// QVL and Phala's dcap-qvl read them so).
	misc, mask := binary.LittleEndian.Uint32(id.MiscSelect), binary.LittleEndian.Uint32(id.MiscSelectMask)
	if qe.MiscSelect&mask != misc&mask {
		return nil, fmt.Errorf("%w: MISCSELECT %08x under mask %08x, want %08x", ErrQEMismatch, qe.MiscSelect, mask, misc&mask)
	}
	if len(id.Attributes) != 16 || len(id.AttributesMask) != 16 {
		return nil, fmt.Errorf("%w: attributes and attributesMask must be 16 bytes", ErrQEIdentity)
	}
	for i := range 16 {
		if qe.Attributes[i]&id.AttributesMask[i] != id.Attributes[i]&id.AttributesMask[i] {
			return nil, fmt.Errorf("%w: attributes %x under mask %x, want %x", ErrQEMismatch, qe.Attributes, []byte(id.AttributesMask), []byte(id.Attributes))
		}
	}
	return isvsvnLevel(id.TCBLevels, qe.ISVSVN, "QE")
}

// isvsvnLevel returns the first level whose ISVSVN is at most svn.
func isvsvnLevel(levels []QETCBLevel, svn uint16, what string) (*QETCBLevel, error) {
	for i := range levels {
		if int(svn) >= levels[i].TCB.ISVSVN {
			return &levels[i], nil
		}
	}
	return nil, fmt.Errorf("%w: %s ISVSVN %d is below every TCB level", ErrTCBLevel, what, svn)
}

// checkTDXModule matches the TD report's SEAM signer and attributes with
// the TCB Info's TDX module identity and returns the module's TCB status
// ("" when TCB Info has no per-version identities, as in v2).
func checkTDXModule(info *TCBInfo, td *TDReport) (*QETCBLevel, error) {
	mrsigner, attrs, mask := []byte(nil), []byte(nil), []byte(nil)
	var levels []QETCBLevel
	version := td.TEETCBSVN[1]
	if version == 0 || len(info.TDXModuleIdentities) == 0 {
		if info.TDXModule == nil {
			return nil, fmt.Errorf("%w: TDX TCB Info without tdxModule", ErrTCBInfo)
		}
		mrsigner, attrs, mask = info.TDXModule.MRSIGNER, info.TDXModule.Attributes, info.TDXModule.AttributesMask
	} else {
		want := fmt.Sprintf("TDX_%02X", version)
		for i := range info.TDXModuleIdentities {
			m := &info.TDXModuleIdentities[i]
			if idIs(m.ID, want) {
				mrsigner, attrs, mask, levels = m.MRSIGNER, m.Attributes, m.AttributesMask, m.TCBLevels
			}
		}
		if mrsigner == nil {
			return nil, fmt.Errorf("%w: no TDX module identity %s", ErrTCBLevel, want)
		}
	}
	if !bytes.Equal(mrsigner, td.MRSIGNERSEAM[:]) {
		return nil, fmt.Errorf("%w: MRSIGNERSEAM %x, want %x", ErrQEMismatch, td.MRSIGNERSEAM, mrsigner)
	}
	if len(attrs) != 8 || len(mask) != 8 {
		return nil, fmt.Errorf("%w: TDX module attributes must be 8 bytes", ErrTCBInfo)
	}
	for i := range 8 {
		if td.SEAMAttributes[i]&mask[i] != attrs[i]&mask[i] {
			return nil, fmt.Errorf("%w: SEAM attributes %x, want %x under %x", ErrQEMismatch, td.SEAMAttributes, attrs, mask)
		}
	}
	if levels == nil {
		return nil, nil
	}
	return isvsvnLevel(levels, uint16(td.TEETCBSVN[0]), "TDX module")
}

// converge folds a QE (or TDX module) status into the platform status as
// Intel's QVL does: an out-of-date or revoked quoting enclave makes the
// whole TCB out of date or revoked.
func converge(platform, other string) string {
	switch other {
	case StatusOutOfDate:
		switch platform {
		case StatusUpToDate, StatusSWHardeningNeeded:
			return StatusOutOfDate
		case StatusConfigurationNeeded, StatusConfigurationAndSWHardeningNeeded:
			return StatusOutOfDateConfigurationNeeded
		}
	case StatusRevoked:
		return StatusRevoked
	}
	return platform
}

// appendUnique appends the ids not yet in list.
func appendUnique(list []string, ids ...string) []string {
	for _, id := range ids {
		seen := false
		for _, x := range list {
			seen = seen || x == id
		}
		if !seen {
			list = append(list, id)
		}
	}
	return list
}

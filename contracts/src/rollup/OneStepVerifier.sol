// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BatchHeader} from "./lib/BatchHeader.sol";
import {OneStepProof} from "./lib/OneStepProof.sol";

/// @title OneStepVerifier
/// @notice The payments rollup's one-step fraud proof (docs/rollup-stf.md, section 6) as a
///         stateless contract. The RollupManager calls it, so the state machine's verifier is a
///         separate, replaceable piece of bytecode and the manager stays under the size limit.
contract OneStepVerifier {
    /// @notice Whether step `s.index` of batch `h` (signed under `domain`) is wrong; reverts when
    ///         the step data is not the batch's own.
    function isFraud(bytes32 domain, BatchHeader.Header calldata h, OneStepProof.Step calldata s)
        external
        pure
        returns (bool)
    {
        return OneStepProof.isFraud(domain, h, s);
    }
}

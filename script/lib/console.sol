// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice `console.log(string)` through forge's console address (what forge-std's console does).
library console {
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    /// @notice Prints `message` in forge's output.
    function log(string memory message) internal pure {
        bytes memory payload = abi.encodeWithSignature("log(string)", message);
        // A view-pure cast: the console precompile is read-only, as forge-std does it.
        function(bytes memory) internal view fnIn = _send;
        function(bytes memory) internal pure pureFn;
        assembly {
            pureFn := fnIn
        }
        pureFn(payload);
    }

    function _send(bytes memory payload) private view {
        address target = CONSOLE;
        assembly {
            pop(staticcall(gas(), target, add(payload, 32), mload(payload), 0, 0))
        }
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VM_ADDRESS, Vm} from "../../contracts/test/utils/Vm.sol";
import {console} from "./console.sol";

/// @notice Minimal forge-script base (forge-std is not installable offline): the cheatcodes,
///         anvil's well-known dev mnemonic and the deployment file location.
abstract contract ScriptBase {
    /// @notice Marks the contract as a forge script.
    bool public IS_SCRIPT = true;

    Vm internal constant vm = Vm(VM_ADDRESS);

    /// @dev anvil's default mnemonic; only ever used when no key is given in the environment.
    string internal constant DEV_MNEMONIC = "test test test test test test test test test test test junk";

    /// @dev The key from `envName`, else anvil's account `devIndex`.
    function _key(string memory envName, uint32 devIndex) internal view returns (uint256) {
        return vm.envOr(envName, vm.deriveKey(DEV_MNEMONIC, devIndex));
    }

    /// @dev `deployments/<chain id>.json` unless DEPLOYMENT_FILE says otherwise.
    function _deploymentFile() internal view returns (string memory) {
        string memory fallbackPath =
            string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json");
        return vm.envOr("DEPLOYMENT_FILE", fallbackPath);
    }

    function _log(string memory label, address a) internal pure {
        console.log(string.concat(label, vm.toString(a)));
    }

    function _log(string memory label, uint256 v) internal pure {
        console.log(string.concat(label, vm.toString(v)));
    }
}

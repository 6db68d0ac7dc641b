// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VM_ADDRESS, Vm} from "./Vm.sol";

/// @notice Minimal base test: the cheatcodes, `bound`, and the target lists forge's invariant
///         runner asks the test contract for.
abstract contract Test {
    /// @notice forge treats a contract with IS_TEST = true as a test suite.
    bool public IS_TEST = true;

    Vm internal constant vm = Vm(VM_ADDRESS);

    address[] private _targetContracts;
    bytes4[] private _selectorList;
    address private _selectorTarget;
    address[] private _excludedSenders;

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    /// @notice Contracts the invariant fuzzer calls.
    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    /// @notice Selectors the invariant fuzzer calls on each target.
    function targetSelectors() public view returns (FuzzSelector[] memory out) {
        if (_selectorTarget == address(0)) return out;
        out = new FuzzSelector[](1);
        out[0] = FuzzSelector({addr: _selectorTarget, selectors: _selectorList});
    }

    /// @notice Senders the invariant fuzzer must not use.
    function excludeSenders() public view returns (address[] memory) {
        return _excludedSenders;
    }

    function targetContract(address target) internal {
        _targetContracts.push(target);
    }

    function targetSelectors(address target, bytes4[] memory selectors) internal {
        _selectorTarget = target;
        _selectorList = selectors;
    }

    function excludeSender(address sender) internal {
        _excludedSenders.push(sender);
    }

    /// @dev Maps any `x` into [min, max] (uniform enough for fuzzing, keeps edge values reachable).
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        if (size == 0) return x; // full range
        return min + (x % size);
    }

    function makeAddr(string memory name) internal returns (address a) {
        a = address(uint160(uint256(keccak256(bytes(name)))));
        vm.label(a, name);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AltGovernor} from "../contracts/src/governance/AltGovernor.sol";
import {ScriptBase} from "./lib/ScriptBase.sol";
import {console} from "./lib/console.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";

/// @notice Governance for proposers who do not write Solidity. A proposal is a JSON file:
///
///     {
///       "description": "Shorten unbonding to 14 days",
///       "actions": [
///         { "target": "staking", "signature": "setUnbondingPeriod(uint64)", "args": ["1209600"] },
///         { "target": "0x...", "value": "0", "calldata": "0x..." }
///       ]
///     }
///
/// `target` is a contract name from the deployment file (token, staking, slasher, feeDistributor,
/// timelock, governor) or an address; an action carries either `signature` + `args` (any ABI
/// types, numbers as strings) or raw `calldata`; `value` (wei) is optional.
///
///     forge script script/Governance.s.sol --sig "propose(string)"  proposals/x.json --broadcast ...
///     forge script script/Governance.s.sol --sig "vote(string,uint8)" proposals/x.json 1 --broadcast ...
///     forge script script/Governance.s.sol --sig "vote(string,uint8,string)" proposals/x.json 1 "why" --broadcast ...
///     forge script script/Governance.s.sol --sig "cancel(string)"   proposals/x.json --broadcast ...
///     forge script script/Governance.s.sol --sig "queue(string)"    proposals/x.json --broadcast ...
///     forge script script/Governance.s.sol --sig "execute(string)"  proposals/x.json --broadcast ...
///     forge script script/Governance.s.sol --sig "status(string)"   proposals/x.json ...
///
/// The signer is PRIVATE_KEY (default: anvil account 0). Paths are relative to the project root.
contract Governance is ScriptBase {
    struct Proposal {
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
        string description;
        bytes32 descriptionHash;
        uint256 id;
    }

    /// @notice Submits the proposal in `file`.
    function propose(string calldata file) external returns (uint256 id) {
        (AltGovernor governor, Proposal memory p) = _load(file);
        vm.startBroadcast(_key("PRIVATE_KEY", 0));
        id = governor.propose(p.targets, p.values, p.calldatas, p.description);
        vm.stopBroadcast();
        _log("proposed ", id);
    }

    /// @notice Votes on the proposal in `file`: 0 against, 1 for, 2 abstain.
    function vote(string calldata file, uint8 support) external returns (uint256 weight) {
        (AltGovernor governor, Proposal memory p) = _load(file);
        vm.startBroadcast(_key("PRIVATE_KEY", 0));
        weight = governor.castVote(p.id, support);
        vm.stopBroadcast();
        _log("voted with weight ", weight);
    }

    /// @notice Votes with a reason that is stored in the `VoteCast` event.
    function vote(string calldata file, uint8 support, string calldata reason) external returns (uint256 weight) {
        (AltGovernor governor, Proposal memory p) = _load(file);
        vm.startBroadcast(_key("PRIVATE_KEY", 0));
        weight = governor.castVoteWithReason(p.id, support, reason);
        vm.stopBroadcast();
        _log("voted with weight ", weight);
    }

    /// @notice Cancels the proposal in `file` (its proposer, while it is still pending).
    function cancel(string calldata file) external {
        (AltGovernor governor, Proposal memory p) = _load(file);
        vm.startBroadcast(_key("PRIVATE_KEY", 0));
        governor.cancel(p.targets, p.values, p.calldatas, p.descriptionHash);
        vm.stopBroadcast();
        _log("cancelled ", p.id);
    }

    /// @notice Queues the succeeded proposal in `file` in the timelock.
    function queue(string calldata file) external {
        (AltGovernor governor, Proposal memory p) = _load(file);
        vm.startBroadcast(_key("PRIVATE_KEY", 0));
        governor.queue(p.targets, p.values, p.calldatas, p.descriptionHash);
        vm.stopBroadcast();
        _log("queued ", p.id);
    }

    /// @notice Executes the queued proposal in `file` once the timelock delay has passed.
    function execute(string calldata file) external {
        (AltGovernor governor, Proposal memory p) = _load(file);
        vm.startBroadcast(_key("PRIVATE_KEY", 0));
        governor.execute(p.targets, p.values, p.calldatas, p.descriptionHash);
        vm.stopBroadcast();
        _log("executed ", p.id);
    }

    /// @notice Prints the id, state, votes and deadlines of the proposal in `file`.
    function status(string calldata file) external view returns (uint8 state) {
        (AltGovernor governor, Proposal memory p) = _load(file);
        state = uint8(governor.state(p.id));
        (uint256 against, uint256 forVotes, uint256 abstain) = governor.proposalVotes(p.id);
        _log("id       ", p.id);
        console.log(string.concat("state    ", _stateName(IGovernor.ProposalState(state))));
        _log("for      ", forVotes);
        _log("against  ", against);
        _log("abstain  ", abstain);
        _log("snapshot ", governor.proposalSnapshot(p.id));
        _log("deadline ", governor.proposalDeadline(p.id));
        _log("eta      ", governor.proposalEta(p.id));
    }

    /// @notice The calldata and id the file resolves to, without sending anything.
    function encode(string calldata file)
        external
        view
        returns (uint256 id, address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
    {
        (, Proposal memory p) = _load(file);
        return (p.id, p.targets, p.values, p.calldatas);
    }

    // ---------------------------------------------------------------- parsing

    function _load(string calldata file) internal view returns (AltGovernor governor, Proposal memory p) {
        string memory deployment = vm.readFile(_deploymentFile());
        governor = AltGovernor(payable(vm.parseJsonAddress(deployment, ".governor")));
        string memory json = vm.readFile(string.concat(vm.projectRoot(), "/", file));
        p.description = vm.parseJsonString(json, ".description");
        uint256 n;
        while (vm.keyExistsJson(json, string.concat(".actions[", vm.toString(n), "]"))) ++n;
        require(n > 0, "proposal has no actions");
        p.targets = new address[](n);
        p.values = new uint256[](n);
        p.calldatas = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            string memory at = string.concat(".actions[", vm.toString(i), "]");
            p.targets[i] = _target(deployment, vm.parseJsonString(json, string.concat(at, ".target")));
            if (vm.keyExistsJson(json, string.concat(at, ".value"))) {
                p.values[i] = vm.parseJsonUint(json, string.concat(at, ".value"));
            }
            p.calldatas[i] = _calldata(json, at);
        }
        p.descriptionHash = keccak256(bytes(p.description));
        p.id = governor.hashProposal(p.targets, p.values, p.calldatas, p.descriptionHash);
    }

    function _target(string memory deployment, string memory name) internal view returns (address) {
        bytes memory b = bytes(name);
        if (b.length == 42 && b[0] == "0" && (b[1] == "x" || b[1] == "X")) return vm.parseAddress(name);
        string memory key = string.concat(".", name);
        require(vm.keyExistsJson(deployment, key), string.concat("unknown target: ", name));
        return vm.parseJsonAddress(deployment, key);
    }

    function _calldata(string memory json, string memory at) internal view returns (bytes memory) {
        if (vm.keyExistsJson(json, string.concat(at, ".calldata"))) {
            return vm.parseJsonBytes(json, string.concat(at, ".calldata"));
        }
        string memory signature = vm.parseJsonString(json, string.concat(at, ".signature"));
        bytes4 selector = bytes4(keccak256(bytes(signature)));
        string memory types = _argTypes(signature);
        if (bytes(types).length == 2) return abi.encodePacked(selector); // "()"
        bytes memory args = vm.parseJsonType(json, string.concat(at, ".args"), types);
        if (_isDynamic(types)) {
            // A dynamic tuple is encoded behind one offset word; the call's arguments are the tuple.
            assembly {
                let len := mload(args)
                args := add(args, 32)
                mstore(args, sub(len, 32))
            }
        }
        return abi.encodePacked(selector, args);
    }

    /// @dev "f(uint64,address)" -> "(uint64,address)".
    function _argTypes(string memory signature) internal pure returns (string memory) {
        bytes memory s = bytes(signature);
        uint256 open;
        while (open < s.length && s[open] != "(") ++open;
        require(open < s.length && s[s.length - 1] == ")", string.concat("bad signature: ", signature));
        bytes memory out = new bytes(s.length - open);
        for (uint256 i; i < out.length; ++i) {
            out[i] = s[open + i];
        }
        return string(out);
    }

    /// @dev Whether an ABI type list contains a dynamic type (string, bytes, T[]).
    function _isDynamic(string memory types) internal pure returns (bool) {
        bytes memory t = bytes(types);
        for (uint256 i; i < t.length; ++i) {
            if (t[i] == "[" && i + 1 < t.length && t[i + 1] == "]") return true;
            if (_startsWith(t, i, "string")) return true;
            if (_startsWith(t, i, "bytes") && (i + 5 >= t.length || t[i + 5] < "0" || t[i + 5] > "9")) return true;
        }
        return false;
    }

    function _startsWith(bytes memory t, uint256 at, bytes memory word) internal pure returns (bool) {
        if (at + word.length > t.length) return false;
        for (uint256 i; i < word.length; ++i) {
            if (t[at + i] != word[i]) return false;
        }
        return true;
    }

    function _stateName(IGovernor.ProposalState s) internal pure returns (string memory) {
        string[8] memory names =
            ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"];
        return names[uint8(s)];
    }
}

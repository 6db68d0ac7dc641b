// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ScriptBase} from "./lib/ScriptBase.sol";
import {SystemDeployment} from "./lib/SystemDeployment.sol";

/// @notice Deploys and wires the whole system, hands every role to the timelock, and writes the
///         addresses to `deployments/<chain id>.json`.
/// @dev Environment (all optional; defaults suit a local anvil):
///      DEPLOYER_PRIVATE_KEY, TOKEN_RECIPIENT, TREASURY, VETOER, WORK_REPORTER, MIN_SELF_STAKE,
///      TIMELOCK_DELAY, VOTING_DELAY, VOTING_PERIOD, PROPOSAL_THRESHOLD, QUORUM_PERCENT,
///      VOTE_EXTENSION, FEE_EPOCH_LENGTH (seconds, at least an hour; from the second epoch on),
///      DEPLOYMENT_FILE.
///      forge script script/Deploy.s.sol --rpc-url http://127.0.0.1:8545 --broadcast
contract Deploy is ScriptBase {
    /// @notice Entry point.
    function run() external returns (SystemDeployment.System memory s) {
        uint256 key = _key("DEPLOYER_PRIVATE_KEY", 0);
        address admin = vm.addr(key);
        SystemDeployment.Config memory c = SystemDeployment.defaultConfig(admin);
        c.tokenRecipient = vm.envOr("TOKEN_RECIPIENT", admin);
        c.treasury = vm.envOr("TREASURY", address(0));
        c.vetoer = vm.envOr("VETOER", address(0));
        c.workReporter = vm.envOr("WORK_REPORTER", address(0));
        c.minSelfStake = vm.envOr("MIN_SELF_STAKE", c.minSelfStake);
        c.timelockDelay = vm.envOr("TIMELOCK_DELAY", c.timelockDelay);
        c.governor.votingDelay = uint48(vm.envOr("VOTING_DELAY", uint256(c.governor.votingDelay)));
        c.governor.votingPeriod = uint32(vm.envOr("VOTING_PERIOD", uint256(c.governor.votingPeriod)));
        c.governor.proposalThreshold = vm.envOr("PROPOSAL_THRESHOLD", c.governor.proposalThreshold);
        c.governor.quorumNumerator = vm.envOr("QUORUM_PERCENT", c.governor.quorumNumerator);
        c.governor.voteExtension = uint48(vm.envOr("VOTE_EXTENSION", uint256(c.governor.voteExtension)));
        c.feeEpochLength = uint64(vm.envOr("FEE_EPOCH_LENGTH", uint256(0)));

        uint256 startBlock = block.number;
        vm.startBroadcast(key);
        s = SystemDeployment.deploy(c);
        vm.stopBroadcast();

        string memory o = "deployment";
        vm.serializeUint(o, "chainId", block.chainid);
        vm.serializeUint(o, "startBlock", startBlock);
        vm.serializeAddress(o, "token", address(s.token));
        vm.serializeAddress(o, "staking", address(s.staking));
        vm.serializeAddress(o, "slasher", address(s.slasher));
        vm.serializeAddress(o, "feeDistributor", address(s.fees));
        vm.serializeAddress(o, "timelock", address(s.timelock));
        vm.serializeAddress(o, "rollupManager", address(s.rollups));
        vm.serializeAddress(o, "oneStepVerifier", address(s.oneStepVerifier));
        string memory json = vm.serializeAddress(o, "governor", address(s.governor));
        string memory path = _deploymentFile();
        vm.writeJson(json, path);

        _log("AltToken        ", address(s.token));
        _log("Staking         ", address(s.staking));
        _log("Slasher         ", address(s.slasher));
        _log("FeeDistributor  ", address(s.fees));
        _log("RollupManager   ", address(s.rollups));
        _log("Timelock        ", address(s.timelock));
        _log("AltGovernor     ", address(s.governor));
        _log("start block     ", startBlock);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {FeeDistributor} from "../../contracts/src/fees/FeeDistributor.sol";
import {AltGovernor} from "../../contracts/src/governance/AltGovernor.sol";
import {IFeeDistributor} from "../../contracts/src/interfaces/IFeeDistributor.sol";
import {ISlasher} from "../../contracts/src/interfaces/ISlasher.sol";
import {IStakeHook} from "../../contracts/src/interfaces/IStakeHook.sol";
import {IStaking} from "../../contracts/src/interfaces/IStaking.sol";
import {OneStepVerifier} from "../../contracts/src/rollup/OneStepVerifier.sol";
import {RollupManager} from "../../contracts/src/rollup/RollupManager.sol";
import {RollupManagerExtension} from "../../contracts/src/rollup/RollupManagerExtension.sol";
import {RollupManagerFees} from "../../contracts/src/rollup/RollupManagerFees.sol";
import {Slasher} from "../../contracts/src/slashing/Slasher.sol";
import {Staking} from "../../contracts/src/staking/Staking.sol";
import {AltToken} from "../../contracts/src/token/AltToken.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

/// @notice Deploys and wires the whole system; shared by `Deploy.s.sol` and the forge tests so
///         both exercise exactly the same wiring.
library SystemDeployment {
    /// @notice Deployment inputs.
    struct Config {
        /// @dev Makes the wiring calls, then gives every power away (the script's broadcaster).
        address admin;
        /// @dev Receives the whole ALT supply.
        address tokenRecipient;
        /// @dev Treasury; zero means the timelock.
        address treasury;
        /// @dev May veto governance slashes; zero for none.
        address vetoer;
        /// @dev May record operator work in the fee distributor; zero for none.
        address workReporter;
        uint256 minSelfStake;
        uint256 timelockDelay;
        /// @dev The fee epoch's length from the second epoch on; zero keeps the contract's (a day).
        uint64 feeEpochLength;
        AltGovernor.Settings governor;
    }

    /// @notice The deployed contracts.
    struct System {
        AltToken token;
        Staking staking;
        Slasher slasher;
        FeeDistributor fees;
        TimelockController timelock;
        AltGovernor governor;
        OneStepVerifier oneStepVerifier;
        RollupManager rollups;
    }

    /// @notice Production-like defaults (times in seconds).
    function defaultConfig(address admin) internal pure returns (Config memory c) {
        c.admin = admin;
        c.tokenRecipient = admin;
        c.minSelfStake = 10_000 ether;
        c.timelockDelay = 2 days;
        c.governor = AltGovernor.Settings({
            votingDelay: 1 days,
            votingPeriod: 5 days,
            proposalThreshold: 100_000 ether,
            quorumNumerator: 4,
            voteExtension: 1 days
        });
    }

    /// @notice Deploys, wires, and hands every role to the timelock.
    function deploy(Config memory c) internal returns (System memory s) {
        s.token = new AltToken(c.tokenRecipient);
        s.staking = new Staking(s.token, c.admin, c.minSelfStake);
        s.timelock = new TimelockController(c.timelockDelay, new address[](0), new address[](0), c.admin);
        s.governor = new AltGovernor(IVotes(address(s.token)), IStaking(address(s.staking)), s.timelock, c.governor);
        address treasury = c.treasury == address(0) ? address(s.timelock) : c.treasury;
        s.slasher = new Slasher(IStaking(address(s.staking)), s.token, c.admin, treasury);
        s.fees = new FeeDistributor(s.token, IStaking(address(s.staking)), c.admin, treasury);

        s.oneStepVerifier = new OneStepVerifier();
        RollupManagerFees feesExtension = new RollupManagerFees(
            s.token,
            IStaking(address(s.staking)),
            ISlasher(address(s.slasher)),
            IFeeDistributor(address(s.fees)),
            s.oneStepVerifier,
            c.admin
        );
        RollupManagerExtension extension = new RollupManagerExtension(
            s.token,
            IStaking(address(s.staking)),
            ISlasher(address(s.slasher)),
            IFeeDistributor(address(s.fees)),
            s.oneStepVerifier,
            c.admin,
            feesExtension
        );
        s.rollups = new RollupManager(
            s.token,
            IStaking(address(s.staking)),
            ISlasher(address(s.slasher)),
            IFeeDistributor(address(s.fees)),
            s.oneStepVerifier,
            c.admin,
            extension
        );

        s.staking.setSlasher(address(s.slasher));
        // The rollup manager proves fraud to the slasher and reports operators' work.
        s.slasher.setFraudProver(address(s.rollups));
        s.fees.setWorkReporter(address(s.rollups), true);
        s.staking.setStakeHook(IStakeHook(address(s.fees)));
        if (c.vetoer != address(0)) s.slasher.setVetoer(c.vetoer);
        // Governance delays count towards the slash latency that must stay below unbonding.
        s.slasher.setGovernor(address(s.governor));
        s.staking.setVoteRecorder(address(s.governor));
        if (c.workReporter != address(0)) s.fees.setWorkReporter(c.workReporter, true);
        if (c.feeEpochLength != 0) s.fees.setEpochLength(c.feeEpochLength);

        s.timelock.grantRole(s.timelock.PROPOSER_ROLE(), address(s.governor));
        s.timelock.grantRole(s.timelock.CANCELLER_ROLE(), address(s.governor));
        s.timelock.grantRole(s.timelock.EXECUTOR_ROLE(), address(s.governor));

        s.staking.transferOwnership(address(s.timelock));
        s.slasher.transferOwnership(address(s.timelock));
        s.fees.transferOwnership(address(s.timelock));
        s.rollups.transferOwnership(address(s.timelock));
        s.timelock.renounceRole(s.timelock.DEFAULT_ADMIN_ROLE(), c.admin);
    }
}

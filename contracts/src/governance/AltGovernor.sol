// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISlasher} from "../interfaces/ISlasher.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {
    GovernorVotesQuorumFraction
} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title AltGovernor
/// @notice ALT governance: voting power is liquid delegated ALT (ERC20Votes) plus staked ALT,
///         both read at the proposal snapshot; staked votes are slashing-aware. Proposals execute
///         through the TimelockController, which owns every protocol parameter.
contract AltGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorPreventLateQuorum,
    GovernorTimelockControl
{
    /// @notice Staking contract whose stake also votes.
    IStaking public immutable staking;

    /// @notice Governor settings in one struct (times in seconds: the clock is timestamps).
    struct Settings {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumNumerator;
        uint48 voteExtension;
    }

    /// @param token ALT (ERC20Votes).
    /// @param staking_ staking contract.
    /// @param timelock the executor.
    /// @param s initial settings.
    constructor(IVotes token, IStaking staking_, TimelockController timelock, Settings memory s)
        Governor("ALT Governor")
        GovernorSettings(s.votingDelay, s.votingPeriod, s.proposalThreshold)
        GovernorVotes(token)
        GovernorVotesQuorumFraction(s.quorumNumerator)
        GovernorPreventLateQuorum(s.voteExtension)
        GovernorTimelockControl(timelock)
    {
        staking = staking_;
    }

    /// @notice A governance slash proposed now would no longer land before stake queued today
    ///         could leave (see `ISlasher.slashLatency`).
    error AltGovernorSlashLatencyTooLong(uint256 latency, uint256 unbondingPeriod);

    /// @inheritdoc GovernorSettings
    function setVotingDelay(uint48 newVotingDelay) public override onlyGovernance {
        _setVotingDelay(newVotingDelay);
        _checkSlashLatency();
    }

    /// @inheritdoc GovernorSettings
    function setVotingPeriod(uint32 newVotingPeriod) public override onlyGovernance {
        _setVotingPeriod(newVotingPeriod);
        _checkSlashLatency();
    }

    /// @inheritdoc GovernorPreventLateQuorum
    function setLateQuorumVoteExtension(uint48 newVoteExtension) public override onlyGovernance {
        _setLateQuorumVoteExtension(newVoteExtension);
        _checkSlashLatency();
    }

    /// @inheritdoc GovernorTimelockControl
    function updateTimelock(TimelockController newTimelock) public override onlyGovernance {
        super.updateTimelock(newTimelock);
        _checkSlashLatency();
    }

    /// @dev Voting delay + period + extension + timelock delay + veto window < unbonding, from this
    ///      governor's own settings (not from whichever governor the Slasher was told of).
    function _checkSlashLatency() private view {
        address slasher = staking.slasher();
        if (slasher == address(0)) return;
        uint256 latency = ISlasher(slasher).vetoWindow() + votingDelay() + votingPeriod() + lateQuorumVoteExtension()
            + TimelockController(payable(timelock())).getMinDelay();
        uint256 unbonding = staking.unbondingPeriod();
        require(latency < unbonding, AltGovernorSlashLatencyTooLong(latency, unbonding));
    }

    /// @dev Liquid delegated votes plus staked votes at `timepoint`.
    function _getVotes(address account, uint256 timepoint, bytes memory params)
        internal
        view
        override(Governor, GovernorVotes)
        returns (uint256)
    {
        return super._getVotes(account, timepoint, params) + staking.getPastStakedVotes(account, timepoint);
    }

    /// @notice Like Governor's, but the proposer's votes for the threshold are `proposerVotes`.
    ///         Staking keeps share values exactly at vote snapshots (see
    ///         `IStaking.recordVoteSnapshot`); read at the last second, a position written since
    ///         may answer with an older, larger value, so the threshold does not read it there.
    function propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description
    ) public override returns (uint256) {
        address proposer = _msgSender();
        require(_isValidDescriptionForProposer(proposer, description), GovernorRestrictedProposer(proposer));
        uint256 threshold = proposalThreshold();
        if (threshold > 0) {
            uint256 votes = proposerVotes(proposer);
            require(votes >= threshold, GovernorInsufficientProposerVotes(proposer, votes, threshold));
        }
        return _propose(targets, values, calldatas, description, proposer);
    }

    /// @notice The votes `proposer` has for the proposal threshold now: its liquid votes a second
    ///         ago (no flash loan reaches them) plus its staked votes in positions that did not
    ///         change this second (each worth at most what it was a second ago; stake made this
    ///         second, borrowed or not, counts from the next).
    function proposerVotes(address proposer) public view returns (uint256) {
        return token().getPastVotes(proposer, clock() - 1) + staking.getSettledStakedVotes(proposer);
    }

    /// @dev Announces the new proposal's snapshot to Staking, which keeps every share value that
    ///      snapshot reads.
    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    ) internal override returns (uint256 proposalId) {
        proposalId = super._propose(targets, values, calldatas, description, proposer);
        staking.recordVoteSnapshot(SafeCast.toUint48(proposalSnapshot(proposalId)));
    }

    // ---------------------------------------------------------------- required overrides

    /// @inheritdoc Governor
    function proposalDeadline(uint256 proposalId)
        public
        view
        override(Governor, GovernorPreventLateQuorum)
        returns (uint256)
    {
        return super.proposalDeadline(proposalId);
    }

    /// @inheritdoc Governor
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    /// @inheritdoc Governor
    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    /// @inheritdoc Governor
    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _tallyUpdated(uint256 proposalId) internal override(Governor, GovernorPreventLateQuorum) {
        super._tallyUpdated(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}

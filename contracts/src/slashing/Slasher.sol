// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISlasher} from "../interfaces/ISlasher.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @dev The rollup registry the Slasher checks evidence against (the RollupManager).
interface IRollupRegistry {
    function rollupCount() external view returns (uint256);
}

/// @dev What the Slasher reads of the governor to know how long a slash proposal takes.
interface IGovernorLatency {
    function votingDelay() external view returns (uint256);
    function votingPeriod() external view returns (uint256);
    function lateQuorumVoteExtension() external view returns (uint48);
    function timelock() external view returns (address);
}

/// @dev The timelock's delay.
interface ITimelockDelay {
    function getMinDelay() external view returns (uint256);
}

/// @title Slasher
/// @notice Objective slashing (equivocation signatures, fraud proofs via the rollup contract) and
///         governance slashing with a veto window shorter than unbonding.
/// @dev Signatures are EIP-712 over the domain ("ALT Slasher", "1", chain id, this contract), so
///      evidence cannot be replayed on another chain or against another deployment. The owner is
///      the governance timelock.
contract Slasher is ISlasher, Ownable, EIP712 {
    /// @notice Basis-point denominator.
    uint256 public constant BIPS = 10_000;
    /// @notice EIP-712 type hash of `BatchCommitment`.
    bytes32 public constant BATCH_COMMITMENT_TYPEHASH =
        keccak256("BatchCommitment(uint256 rollupId,uint256 batchIndex,bytes32 root,uint64 signedAt,uint8 role)");

    /// @notice Key under which governance slashes are recorded (no rollup).
    uint256 public constant GOVERNANCE_ROLLUP_ID = type(uint256).max;

    /// @notice Staking contract slashed through.
    IStaking public immutable staking;
    /// @notice ALT token.
    IERC20 public immutable token;

    uint16 private _equivocationBips = 1000;
    uint16 private _fraudBips = 1000;
    uint16 private _reporterBips = 1000;
    uint64 private _jailDuration = 7 days;
    uint64 private _vetoWindow = 3 days;
    address private _treasury;
    address private _vetoer;
    address private _fraudProver;
    address private _governor;

    mapping(bytes32 => bool) private _slashed;
    SlashRequest[] private _requests;
    mapping(address operator => SlashingPeriod) private _periods;

    /// @param staking_ staking contract (must name this contract as its slasher).
    /// @param token_ ALT.
    /// @param owner_ governance timelock (or the deployer until hand-over).
    /// @param treasury_ receives what is slashed beyond the reporter's reward.
    constructor(IStaking staking_, IERC20 token_, address owner_, address treasury_)
        Ownable(owner_)
        EIP712("ALT Slasher", "1")
    {
        staking = staking_;
        token = token_;
        _treasury = treasury_;
    }

    // ================================================================ evidence

    /// @inheritdoc ISlasher
    function slashEquivocation(
        BatchCommitment calldata a,
        bytes calldata sigA,
        BatchCommitment calldata b,
        bytes calldata sigB
    ) external returns (uint256 amount) {
        (address operator, uint64 offenceTime) = _checkEquivocation(a, sigA, b, sigB);
        amount = _slashObjective(
            operator, a.rollupId, a.batchIndex, offenceTime, _equivocationBips, SlashKind.Equivocation, msg.sender
        );
    }

    /// @dev The operator whose key signed both conflicting commitments, and the offence time.
    function _checkEquivocation(
        BatchCommitment calldata a,
        bytes calldata sigA,
        BatchCommitment calldata b,
        bytes calldata sigB
    ) private view returns (address operator, uint64) {
        // Same role: a header that was never posted (a failed post, a lost turn) and an attestation
        // of the header that was posted instead do not conflict; only the posted header can gather
        // attestations, so cross-role pairs protect nothing on chain and would slash honest nodes.
        require(
            a.rollupId == b.rollupId && a.batchIndex == b.batchIndex && a.role == b.role && a.root != b.root,
            SlasherNotConflicting()
        );
        address keyA = ECDSA.recover(commitmentDigest(a), sigA);
        address keyB = ECDSA.recover(commitmentDigest(b), sigB);
        operator = staking.operatorOfSigningKey(keyA);
        require(keyA == keyB && operator != address(0), SlasherInvalidSignature());
        // Evidence about a rollup that does not exist could only be made to burn a key's record.
        address registry = _fraudProver;
        require(
            a.rollupId != 0 && registry != address(0) && a.rollupId <= IRollupRegistry(registry).rollupCount(),
            SlasherUnknownRollup(a.rollupId)
        );

        // The offence exists once both signatures do. Every signature the rollups accept carries a
        // `signedAt` within minutes of its block (posts are bounded, attestations use the post
        // time), so back-dating a conflicting header cannot move this before the accepted one.
        uint256 offenceTime = a.signedAt > b.signedAt ? a.signedAt : b.signedAt;
        if (offenceTime > block.timestamp) offenceTime = block.timestamp;
        uint256 period = staking.unbondingPeriod();
        uint256 oldest = block.timestamp > period ? block.timestamp - period : 0;
        require(offenceTime >= oldest, SlasherEvidenceExpired(offenceTime, oldest));
        // A rotated-out key answers for one unbonding period after it retired, not forever.
        uint256 retiredAt = staking.keyRetiredAt(keyA);
        require(retiredAt == 0 || retiredAt >= oldest, SlasherEvidenceExpired(retiredAt, oldest));
        return (operator, uint64(offenceTime));
    }

    /// @inheritdoc ISlasher
    function slashForFraud(address operator, uint256 rollupId, uint256 batchIndex, uint64 postedAt, address challenger)
        external
        returns (uint256 amount)
    {
        require(msg.sender == _fraudProver && msg.sender != address(0), SlasherUnauthorized());
        amount = _slashObjective(operator, rollupId, batchIndex, postedAt, _fraudBips, SlashKind.FraudProof, challenger);
    }

    // ================================================================ governance slashing

    /// @inheritdoc ISlasher
    function requestSlash(address operator, uint16 bips, string calldata reason)
        external
        onlyOwner
        returns (uint256 requestId)
    {
        require(bips > 0 && bips <= BIPS, SlasherInvalidParameter("bips", bips));
        require(staking.operatorInfo(operator).registered, SlasherInvalidParameter("operator", uint160(operator)));
        uint64 unbonding = staking.unbondingPeriod();
        // Unbonding may have been shortened since the window was set: the veto window must still
        // end before stake queued now can leave.
        require(_vetoWindow < unbonding, SlasherInvalidParameter("vetoWindow", _vetoWindow));
        requestId = _requests.length;
        uint64 executableAt = uint64(block.timestamp) + _vetoWindow;
        // Stake queued after the request is still slashable until it can be withdrawn.
        uint64 expiresAt = uint64(block.timestamp) + unbonding;
        _requests.push(
            SlashRequest({
                operator: operator,
                bips: bips,
                executableAt: executableAt,
                expiresAt: expiresAt,
                executed: false,
                vetoed: false
            })
        );
        emit SlashRequested(requestId, operator, bips, executableAt, expiresAt, reason);
    }

    /// @inheritdoc ISlasher
    function vetoSlash(uint256 requestId) external {
        require(msg.sender == _vetoer, SlasherUnauthorized());
        require(requestId < _requests.length, SlasherRequestNotExecutable(requestId));
        SlashRequest storage r = _requests[requestId];
        require(!r.executed && !r.vetoed, SlasherRequestNotExecutable(requestId));
        r.vetoed = true;
        emit SlashVetoed(requestId);
    }

    /// @inheritdoc ISlasher
    function executeSlash(uint256 requestId) external returns (uint256 amount) {
        require(requestId < _requests.length, SlasherRequestNotExecutable(requestId));
        SlashRequest storage r = _requests[requestId];
        require(
            !r.executed && !r.vetoed && block.timestamp >= r.executableAt && block.timestamp < r.expiresAt,
            SlasherRequestNotExecutable(requestId)
        );
        r.executed = true;
        // Keyed by the request itself: no evidence can use up a governance slash.
        (amount,) = staking.slash(r.operator, r.bips, address(0), 0, _treasury);
        emit OperatorSlashed(
            r.operator, SlashKind.Governance, GOVERNANCE_ROLLUP_ID, requestId, amount, address(0), 0, amount
        );
        emit SlashExecuted(requestId, amount);
    }

    // ================================================================ parameters

    /// @notice Fraction of stake taken for equivocation, in bips.
    function setEquivocationBips(uint16 bips) external onlyOwner {
        require(bips > 0 && bips <= BIPS, SlasherInvalidParameter("equivocationBips", bips));
        emit ParameterUpdated("equivocationBips", _equivocationBips, bips);
        _equivocationBips = bips;
    }

    /// @notice Fraction of stake taken for a proven fraudulent batch, in bips.
    function setFraudBips(uint16 bips) external onlyOwner {
        require(bips > 0 && bips <= BIPS, SlasherInvalidParameter("fraudBips", bips));
        emit ParameterUpdated("fraudBips", _fraudBips, bips);
        _fraudBips = bips;
    }

    /// @notice Share of each objective slash paid to the reporter, in bips.
    function setReporterBips(uint16 bips) external onlyOwner {
        require(bips <= BIPS, SlasherInvalidParameter("reporterBips", bips));
        emit ParameterUpdated("reporterBips", _reporterBips, bips);
        _reporterBips = bips;
    }

    /// @notice Jail time after an objective slash.
    function setJailDuration(uint64 duration) external onlyOwner {
        require(duration <= 365 days, SlasherInvalidParameter("jailDuration", duration));
        emit ParameterUpdated("jailDuration", _jailDuration, duration);
        _jailDuration = duration;
    }

    /// @notice Veto window of governance slashes: with the governor's delays it must end before
    ///         unbonding does (see `slashLatency`).
    function setVetoWindow(uint64 window) external onlyOwner {
        require(
            window > 0 && window + _governanceLatency() < staking.unbondingPeriod(),
            SlasherInvalidParameter("vetoWindow", window)
        );
        emit ParameterUpdated("vetoWindow", _vetoWindow, window);
        _vetoWindow = window;
    }

    /// @notice The governor whose delays count towards `slashLatency`. Never zero once set:
    ///         forgetting the governor would let the unbonding period fall below its delays.
    function setGovernor(address governor_) external onlyOwner {
        require(governor_ != address(0), SlasherInvalidParameter("governor", 0));
        emit AddressUpdated("governor", _governor, governor_);
        _governor = governor_;
        require(slashLatency() < staking.unbondingPeriod(), SlasherInvalidParameter("governor", uint160(governor_)));
    }

    /// @notice Receiver of slashed funds beyond the reporter reward.
    function setTreasury(address treasury_) external onlyOwner {
        require(treasury_ != address(0), SlasherInvalidParameter("treasury", 0));
        emit AddressUpdated("treasury", _treasury, treasury_);
        _treasury = treasury_;
    }

    /// @notice The account that may veto governance slashes (e.g. a security council).
    function setVetoer(address vetoer_) external onlyOwner {
        emit AddressUpdated("vetoer", _vetoer, vetoer_);
        _vetoer = vetoer_;
    }

    /// @notice The rollup contract allowed to slash for fraud proofs.
    function setFraudProver(address prover) external onlyOwner {
        emit AddressUpdated("fraudProver", _fraudProver, prover);
        _fraudProver = prover;
    }

    // ================================================================ views

    /// @inheritdoc ISlasher
    function commitmentDigest(BatchCommitment calldata c) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(BATCH_COMMITMENT_TYPEHASH, c.rollupId, c.batchIndex, c.root, c.signedAt, c.role))
        );
    }

    /// @inheritdoc ISlasher
    function isSlashed(address operator, SlashKind kind, uint256 rollupId, uint256 batchIndex)
        external
        view
        returns (bool)
    {
        if (kind == SlashKind.Governance) {
            return batchIndex < _requests.length && _requests[batchIndex].executed
                && _requests[batchIndex].operator == operator;
        }
        return _slashed[_key(operator, kind, rollupId, batchIndex)];
    }

    /// @inheritdoc ISlasher
    function slashingPeriod(address operator) external view returns (SlashingPeriod memory) {
        return _periods[operator];
    }

    /// @notice A governance slash request.
    function slashRequest(uint256 requestId) external view returns (SlashRequest memory) {
        return _requests[requestId];
    }

    /// @notice Number of governance slash requests ever made.
    function slashRequestCount() external view returns (uint256) {
        return _requests.length;
    }

    /// @notice Current parameters.
    function parameters()
        external
        view
        returns (
            uint16 equivocationBips,
            uint16 fraudBips_,
            uint16 reporterBips,
            uint64 jailDuration,
            uint64 vetoWindow_,
            address treasury,
            address vetoer,
            address fraudProver
        )
    {
        return (
            _equivocationBips, _fraudBips, _reporterBips, _jailDuration, _vetoWindow, _treasury, _vetoer, _fraudProver
        );
    }

    /// @inheritdoc ISlasher
    function slashLatency() public view returns (uint256) {
        return _vetoWindow + _governanceLatency();
    }

    /// @inheritdoc ISlasher
    function fraudBips() external view returns (uint16) {
        return _fraudBips;
    }

    /// @inheritdoc ISlasher
    function vetoWindow() external view returns (uint64) {
        return _vetoWindow;
    }

    /// @notice The governor whose delays count towards `slashLatency`.
    function governor() external view returns (address) {
        return _governor;
    }

    /// @notice Domain separator of the evidence signatures.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ================================================================ internals

    /// @dev The longest a slash proposal can take from becoming public to being requested:
    ///      voting delay, voting period, a late-quorum extension and the timelock's delay.
    function _governanceLatency() private view returns (uint256) {
        address g = _governor;
        if (g == address(0)) return 0;
        IGovernorLatency gov = IGovernorLatency(g);
        return gov.votingDelay() + gov.votingPeriod() + gov.lateQuorumVoteExtension()
            + ITimelockDelay(gov.timelock()).getMinDelay();
    }

    /// @dev An objective slash (equivocation or fraud). Rules, after Cosmos' slashing periods:
    ///  - each (kind, operator, rollup, batch) is punished at most once;
    ///  - an offence committed at or before the operator's last objective slash belongs to that
    ///    slash's period: it only raises the period's penalty to its own fraction, charging the
    ///    difference (nothing if it is not larger), so one act (or a burst of self-made evidence)
    ///    costs the delegators once, and a later, larger penalty is never escaped;
    ///  - a later offence starts a new period and is charged in full;
    ///  - the reporter's reward is bounded by what the operator's own stake loses (Staking).
    function _slashObjective(
        address operator,
        uint256 rollupId,
        uint256 batchIndex,
        uint64 offenceTime,
        uint16 bips,
        SlashKind kind,
        address reporter
    ) private returns (uint256 amount) {
        bytes32 key = _key(operator, kind, rollupId, batchIndex);
        require(!_slashed[key], SlasherAlreadySlashed(operator, rollupId, batchIndex));
        _slashed[key] = true;

        SlashingPeriod memory p = _periods[operator];
        uint256 charge = bips;
        if (p.bips != 0 && offenceTime <= p.slashedAt) {
            // Same period: take what brings the period's total loss to `bips` of the stake it
            // started with. The first slash left (1 - p.bips); taking c of that leaves
            // (1 - p.bips)(1 - c) = 1 - bips, so c = (bips - p.bips) / (1 - p.bips), rounded up.
            charge = bips > p.bips ? Math.ceilDiv((bips - p.bips) * BIPS, BIPS - p.bips) : 0;
            if (kind == SlashKind.Equivocation) {
                require(charge != 0, SlasherOffenceAlreadyPunished(operator, p.slashedAt, p.bips));
            }
            emit OffenceAbsorbed(
                operator,
                kind,
                rollupId,
                batchIndex,
                offenceTime,
                p.slashedAt,
                p.bips,
                charge == 0 ? p.bips : bips,
                uint16(charge)
            );
            if (charge != 0) _periods[operator].bips = bips;
        } else {
            _periods[operator] = SlashingPeriod({slashedAt: uint64(block.timestamp), bips: bips});
        }

        uint256 reward;
        if (charge != 0) {
            // The reporter's share rounds down and never exceeds the operator's own loss.
            (amount, reward) = staking.slash(operator, charge, reporter, _reporterBips, _treasury);
        }
        staking.jail(operator, uint64(block.timestamp) + _jailDuration);
        emit OperatorSlashed(operator, kind, rollupId, batchIndex, amount, reporter, reward, amount - reward);
    }

    function _key(address operator, SlashKind kind, uint256 rollupId, uint256 batchIndex)
        private
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(kind, operator, rollupId, batchIndex));
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISlasher} from "../../src/interfaces/ISlasher.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {Slasher} from "../../src/slashing/Slasher.sol";
import {Deployers} from "../utils/Deployers.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

contract SlasherTest is Deployers {
    /// The real rollup manager (the Slasher's fraud prover and rollup registry).
    address internal rollupManager;
    /// A rollup that exists (evidence must name one).
    uint256 internal rid;

    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        _stake(alice, op1, 90_000 ether); // op1 pool: 100k
        rollupManager = address(rollups);
        rid = _createRollup(op1);
    }

    function _evidence(uint256 key)
        internal
        view
        returns (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb)
    {
        a = _commitment(rid, 42, keccak256("root-a"), uint64(block.timestamp));
        b = _commitment(rid, 42, keccak256("root-b"), uint64(block.timestamp));
        sa = _signCommitment(key, a);
        sb = _signCommitment(key, b);
    }

    // ---------------------------------------------------------------- equivocation

    function test_slashEquivocation_slashesJailsAndPaysReporter() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _evidence(OP1_KEY);
        vm.expectEmit(address(slasher));
        emit ISlasher.OperatorSlashed(
            op1, ISlasher.SlashKind.Equivocation, rid, 42, 10_000 ether, bob, 100 ether, 9900 ether
        );
        vm.prank(bob);
        uint256 amount = slasher.slashEquivocation(a, sa, b, sb);
        vm.assertEq(amount, 10_000 ether); // 10% of 100k
        // The reporter earns 10% of what op1's own 10k stake lost (1,000), not of alice's loss.
        vm.assertEq(token.balanceOf(bob), 1_000_000_000 ether + 100 ether);
        vm.assertEq(token.balanceOf(treasury), 9900 ether);
        vm.assertTrue(staking.isJailed(op1));
        vm.assertTrue(slasher.isSlashed(op1, ISlasher.SlashKind.Equivocation, rid, 42));
        vm.assertFalse(slasher.isSlashed(op1, ISlasher.SlashKind.FraudProof, rid, 42));
        vm.assertEq(staking.stakeOf(alice, op1), 81_000 ether);
    }

    function test_RevertWhen_slashEquivocation_sameBatchTwice() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _evidence(OP1_KEY);
        slasher.slashEquivocation(a, sa, b, sb);
        // A third conflicting root for the same batch is still the same offence.
        ISlasher.BatchCommitment memory c = _commitment(rid, 42, keccak256("root-c"), uint64(block.timestamp));
        bytes memory sc = _signCommitment(OP1_KEY, c);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherAlreadySlashed.selector, op1, rid, 42));
        slasher.slashEquivocation(a, sa, c, sc);
    }

    function test_RevertWhen_slashEquivocation_sameRoot() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa,,) = _evidence(OP1_KEY);
        vm.expectRevert(ISlasher.SlasherNotConflicting.selector);
        slasher.slashEquivocation(a, sa, a, sa);
    }

    function test_RevertWhen_slashEquivocation_differentBatch() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa,,) = _evidence(OP1_KEY);
        ISlasher.BatchCommitment memory b = _commitment(rid, 43, keccak256("root-b"), uint64(block.timestamp));
        bytes memory sb = _signCommitment(OP1_KEY, b);
        vm.expectRevert(ISlasher.SlasherNotConflicting.selector);
        slasher.slashEquivocation(a, sa, b, sb);
    }

    function test_RevertWhen_slashEquivocation_differentSigners() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b,) = _evidence(OP1_KEY);
        bytes memory sb = _signCommitment(OP2_KEY, b);
        vm.expectRevert(ISlasher.SlasherInvalidSignature.selector);
        slasher.slashEquivocation(a, sa, b, sb);
    }

    function test_RevertWhen_slashEquivocation_unknownKey() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _evidence(0xBAD);
        vm.expectRevert(ISlasher.SlasherInvalidSignature.selector);
        slasher.slashEquivocation(a, sa, b, sb);
    }

    function test_RevertWhen_slashEquivocation_malformedSignature() public {
        (ISlasher.BatchCommitment memory a,, ISlasher.BatchCommitment memory b, bytes memory sb) = _evidence(OP1_KEY);
        vm.expectRevert(abi.encodeWithSelector(ECDSA.ECDSAInvalidSignatureLength.selector, 3));
        slasher.slashEquivocation(a, hex"010203", b, sb);
    }

    function test_RevertWhen_slashEquivocation_evidenceExpired() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _evidence(OP1_KEY);
        _skip(21 days + 1);
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherEvidenceExpired.selector, a.signedAt, block.timestamp - 21 days)
        );
        slasher.slashEquivocation(a, sa, b, sb);
    }

    function test_slashEquivocation_evidenceAtUnbondingBoundary() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _evidence(OP1_KEY);
        _skip(21 days);
        vm.assertGt(slasher.slashEquivocation(a, sa, b, sb), 0);
    }

    /// Known attack: evidence signed for another chain id must not verify here.
    function test_RevertWhen_slashEquivocation_replayedFromOtherChain() public {
        uint256 home = block.chainid;
        vm.chainId(home + 1);
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _evidence(OP1_KEY);
        vm.chainId(home);
        // The signatures recover to some unrelated key on this chain's domain.
        vm.expectRevert(ISlasher.SlasherInvalidSignature.selector);
        slasher.slashEquivocation(a, sa, b, sb);
    }

    /// Known attack: evidence signed for another Slasher deployment must not verify here.
    function test_RevertWhen_slashEquivocation_replayedFromOtherContract() public {
        Slasher other = new Slasher(IStaking(address(staking)), token, address(this), treasury);
        ISlasher.BatchCommitment memory a = _commitment(rid, 42, keccak256("root-a"), uint64(block.timestamp));
        ISlasher.BatchCommitment memory b = _commitment(rid, 42, keccak256("root-b"), uint64(block.timestamp));
        (uint8 v1, bytes32 r1, bytes32 s1) = vm.sign(OP1_KEY, other.commitmentDigest(a));
        (uint8 v2, bytes32 r2, bytes32 s2) = vm.sign(OP1_KEY, other.commitmentDigest(b));
        vm.expectRevert(ISlasher.SlasherInvalidSignature.selector);
        slasher.slashEquivocation(a, abi.encodePacked(r1, s1, v1), b, abi.encodePacked(r2, s2, v2));
    }

    /// Known attack: queuing an unstake after the offence does not escape the pending slash.
    function test_slashEquivocation_hitsStakeQueuedAfterOffence() public {
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _evidence(OP1_KEY);
        vm.prank(alice);
        staking.requestUnstake(op1, 90_000 ether);
        _skip(1 days);
        slasher.slashEquivocation(a, sa, b, sb);
        vm.assertEq(staking.requestValue(alice, 0), 81_000 ether);
        _skip(21 days);
        vm.prank(alice);
        vm.assertEq(staking.withdraw(1), 81_000 ether);
    }

    // ---------------------------------------------------------------- fraud proofs

    function test_slashForFraud_byRollupManager() public {
        uint256 before = token.balanceOf(carol);
        vm.prank(rollupManager);
        uint256 amount = slasher.slashForFraud(op1, 3, 9, uint64(block.timestamp), carol);
        vm.assertEq(amount, 10_000 ether);
        vm.assertEq(token.balanceOf(carol), before + 100 ether);
        vm.assertTrue(staking.isJailed(op1));
        vm.prank(rollupManager);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherAlreadySlashed.selector, op1, 3, 9));
        slasher.slashForFraud(op1, 3, 9, uint64(block.timestamp), carol);
    }

    function test_RevertWhen_slashForFraud_unauthorised() public {
        vm.prank(alice);
        vm.expectRevert(ISlasher.SlasherUnauthorized.selector);
        slasher.slashForFraud(op1, 3, 9, uint64(block.timestamp), alice);
    }

    // ---------------------------------------------------------------- governance slashing

    function test_governanceSlash_executesAfterVetoWindow() public {
        vm.prank(address(timelock));
        uint256 id = slasher.requestSlash(op1, 2000, "downtime");
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherRequestNotExecutable.selector, id));
        slasher.executeSlash(id);
        _skip(7 days);
        uint256 amount = slasher.executeSlash(id);
        vm.assertEq(amount, 20_000 ether);
        vm.assertFalse(staking.isJailed(op1), "governance slashes do not jail");
        vm.assertTrue(slasher.slashRequest(id).executed);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherRequestNotExecutable.selector, id));
        slasher.executeSlash(id);
    }

    function test_governanceSlash_vetoed() public {
        vm.prank(address(timelock));
        uint256 id = slasher.requestSlash(op1, 2000, "downtime");
        vm.prank(vetoer);
        slasher.vetoSlash(id);
        _skip(7 days);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherRequestNotExecutable.selector, id));
        slasher.executeSlash(id);
    }

    function test_RevertWhen_governanceSlash_expired() public {
        vm.prank(address(timelock));
        uint256 id = slasher.requestSlash(op1, 2000, "downtime");
        _skip(21 days);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherRequestNotExecutable.selector, id));
        slasher.executeSlash(id);
    }

    function test_RevertWhen_requestSlash_notGovernance() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        slasher.requestSlash(op1, 100, "x");
    }

    function test_RevertWhen_requestSlash_badInput() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("bips"), 0));
        slasher.requestSlash(op1, 0, "x");
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("operator"), uint160(alice))
        );
        slasher.requestSlash(alice, 100, "x");
        vm.stopPrank();
    }

    /// Veto window + voting delay + voting period + late-quorum extension + timelock delay must
    /// stay below unbonding from either side (3 + 1 + 5 + 1 + 2 = 12 days by default), so stake
    /// queued when a slash proposal becomes public is still slashable when it executes.
    function test_RevertWhen_unbondingOrVetoWindowLetsQueuedStakeEscapeAGovernanceSlash() public {
        vm.assertEq(slasher.slashLatency(), 12 days);
        vm.startPrank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.StakingInvalidParameter.selector, bytes32("unbondingPeriod"), 12 days)
        );
        staking.setUnbondingPeriod(12 days);
        staking.setUnbondingPeriod(13 days);
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("vetoWindow"), 4 days)
        );
        slasher.setVetoWindow(4 days);
        slasher.setVetoWindow(2 days);
        vm.assertEq(slasher.slashLatency(), 11 days);
        vm.stopPrank();
    }

    function test_RevertWhen_vetoSlash_notVetoer() public {
        vm.prank(address(timelock));
        uint256 id = slasher.requestSlash(op1, 2000, "downtime");
        vm.expectRevert(ISlasher.SlasherUnauthorized.selector);
        slasher.vetoSlash(id);
    }

    function test_RevertWhen_vetoSlash_unknownOrTwice() public {
        vm.startPrank(vetoer);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherRequestNotExecutable.selector, 5));
        slasher.vetoSlash(5);
        vm.stopPrank();
        vm.prank(address(timelock));
        uint256 id = slasher.requestSlash(op1, 2000, "downtime");
        vm.startPrank(vetoer);
        slasher.vetoSlash(id);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherRequestNotExecutable.selector, id));
        slasher.vetoSlash(id);
        vm.stopPrank();
    }

    function test_RevertWhen_executeSlash_unknown() public {
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherRequestNotExecutable.selector, 0));
        slasher.executeSlash(0);
    }

    // ---------------------------------------------------------------- parameters

    function test_setters_byTimelock() public {
        vm.startPrank(address(timelock));
        slasher.setEquivocationBips(500);
        slasher.setFraudBips(2500);
        slasher.setReporterBips(0);
        slasher.setJailDuration(1 days);
        slasher.setVetoWindow(3 days);
        slasher.setTreasury(carol);
        slasher.setVetoer(bob);
        vm.stopPrank();
        (uint16 eq, uint16 fr, uint16 rep, uint64 jail, uint64 veto, address tr, address vt, address fp) =
            slasher.parameters();
        vm.assertEq(eq, 500);
        vm.assertEq(fr, 2500);
        vm.assertEq(rep, 0);
        vm.assertEq(jail, 1 days);
        vm.assertEq(veto, 3 days);
        vm.assertEq(tr, carol);
        vm.assertEq(vt, bob);
        vm.assertEq(fp, address(rollups));
    }

    function test_RevertWhen_setVetoWindow_notShorterThanUnbonding() public {
        vm.prank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("vetoWindow"), 21 days)
        );
        slasher.setVetoWindow(21 days);
    }

    function test_RevertWhen_setters_outOfBounds() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("equivocationBips"), 0)
        );
        slasher.setEquivocationBips(0);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("fraudBips"), 10_001));
        slasher.setFraudBips(10_001);
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("reporterBips"), 10_001)
        );
        slasher.setReporterBips(10_001);
        vm.expectRevert(
            abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("jailDuration"), 366 days)
        );
        slasher.setJailDuration(366 days);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherInvalidParameter.selector, bytes32("treasury"), 0));
        slasher.setTreasury(address(0));
        vm.stopPrank();
    }

    function test_RevertWhen_setters_notGovernance() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        slasher.setFraudProver(address(this));
    }

    function test_domainSeparatorIsChainAndContractBound() public view {
        bytes32 expected = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("ALT Slasher"),
                keccak256("1"),
                block.chainid,
                address(slasher)
            )
        );
        vm.assertEq(slasher.domainSeparator(), expected);
        vm.assertEq(slasher.slashRequestCount(), 0);
    }
}

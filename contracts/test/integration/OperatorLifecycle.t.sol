// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {ISlasher} from "../../src/interfaces/ISlasher.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {Staking} from "../../src/staking/Staking.sol";
import {Deployers} from "../utils/Deployers.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";

/// Issue 10, points 4 and 6: a fully slashed operator does not brick its stakers, and operator
/// keys are proven on registration and rotate with a delay.
contract FullySlashedOperatorTest is Deployers {
    uint256 internal constant BIPS = 10_000;

    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        vm.prank(alice);
        staking.stake(op1, 400_000 ether);
        vm.prank(bob);
        staking.stake(op1, 600_000 ether);
        vm.prank(alice);
        staking.stake(op2, 1000 ether);
        vm.warp(block.timestamp + 1);
    }

    function _slash(address op, uint256 bips) internal {
        vm.startPrank(address(slasher));
        staking.slash(op, bips, address(0), 0, treasury);
        staking.jail(op, uint64(block.timestamp + 7 days));
        vm.stopPrank();
    }

    function _listed(address staker, address op) internal view returns (bool) {
        address[] memory ops = staking.operatorsOf(staker);
        for (uint256 i; i < ops.length; ++i) {
            if (ops[i] == op) return true;
        }
        return false;
    }

    /// Before: after a 100% slash the pool's rate stayed 0 forever, nobody could stake to it, the
    /// operator could not come back, and every delegator had lost one of its 16 slots for good.
    function test_fullySlashedOperator_stakersLeave_slotsFree_operatorRecovers() public {
        _slash(op1, BIPS);
        vm.assertEq(staking.exchangeRate(op1), 0);
        vm.assertEq(staking.stakeOf(alice, op1), 0);

        // Nothing to unstake: the position is worthless, so it is released instead.
        uint256 aliceShares = staking.sharesOf(alice, op1);
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingZeroAmount.selector);
        staking.requestUnstake(op1, aliceShares);

        // The staker releases its own position: shares burned and the slot freed.
        uint256 poolSharesBefore;
        (, poolSharesBefore) = staking.pool(op1);
        vm.expectEmit(address(staking));
        emit IStaking.PositionReleased(alice, op1, aliceShares, true, 0, poolSharesBefore - aliceShares);
        vm.prank(alice);
        staking.releasePosition(alice, op1);
        vm.assertEq(staking.sharesOf(alice, op1), 0);
        vm.assertFalse(_listed(alice, op1));
        vm.assertTrue(_listed(alice, op2));

        // Bob is gone: anyone (here the operator) may burn his worthless shares so the pool can
        // empty, but only Bob frees his own slot (his list is where his past votes are read).
        vm.prank(op1);
        staking.releasePosition(bob, op1);
        vm.assertEq(staking.sharesOf(bob, op1), 0);
        vm.assertTrue(_listed(bob, op1));
        vm.prank(bob);
        staking.releasePosition(bob, op1);
        vm.assertFalse(_listed(bob, op1));
        // Nothing is left to release.
        vm.prank(bob);
        vm.expectRevert(IStaking.StakingNoPosition.selector);
        staking.releasePosition(bob, op1);

        // The operator's own position goes the same way; the pool is now empty.
        vm.prank(op1);
        staking.releasePosition(op1, op1);
        (uint256 tokens, uint256 shares) = staking.pool(op1);
        vm.assertEq(tokens, 0);
        vm.assertEq(shares, 0);

        // Jailed, the operator may still stake to itself (a delegator may not): the pool starts
        // again at one token per share, and after the jail time it unjails.
        vm.prank(alice);
        vm.expectRevert();
        staking.stake(op1, 1 ether);
        vm.prank(op1);
        staking.stake(op1, MIN_SELF);
        vm.assertEq(staking.exchangeRate(op1), staking.RATE_SCALE());
        vm.assertEq(staking.stakeOf(op1, op1), MIN_SELF);
        vm.warp(block.timestamp + 7 days);
        vm.prank(op1);
        staking.unjail();
        vm.assertTrue(staking.isActive(op1));

        // Alice comes back: listed again, her stake worth what she paid.
        vm.prank(alice);
        staking.stake(op1, 5000 ether);
        vm.assertTrue(_listed(alice, op1));
        vm.assertEq(staking.stakeOf(alice, op1), 5000 ether);
        vm.assertEq(staking.operatorsOf(alice).length, 2);
    }

    /// The slot is worth having back: a staker at the 16-operator limit stakes to a new operator
    /// after releasing a dead position.
    function test_releasedSlot_letsAStakerAtTheLimitStakeElsewhere() public {
        uint256 n = staking.MAX_OPERATORS_PER_STAKER();
        for (uint256 i = 2; i < n; ++i) {
            address op = makeAddr(string(abi.encode("op", i)));
            _fund(op, MIN_SELF);
            _register(op, 0x5000 + i, 0, MIN_SELF);
            vm.prank(alice);
            staking.stake(op, 1 ether);
        }
        vm.assertEq(staking.operatorsOf(alice).length, n);
        address late = makeAddr("late");
        _fund(late, MIN_SELF);
        _register(late, 0x6000, 0, MIN_SELF);
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingTooManyOperators.selector);
        staking.stake(late, 1 ether);

        _slash(op1, BIPS);
        vm.prank(alice);
        staking.releasePosition(alice, op1);
        vm.prank(alice);
        staking.stake(late, 1 ether);
        vm.assertEq(staking.operatorsOf(alice).length, n);
    }

    /// A position with value is unstaked, never released; a third party may only release a pool
    /// slashed to nothing.
    function test_RevertWhen_releasingAPositionWorthSomething() public {
        uint256 value = staking.stakeOf(alice, op1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingPositionNotWorthless.selector, value));
        staking.releasePosition(alice, op1);

        _slash(op1, BIPS - 1);
        value = staking.stakeOf(bob, op1);
        vm.assertGt(value, 0);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingPositionNotWorthless.selector, value));
        staking.releasePosition(bob, op1);
        vm.prank(carol);
        vm.expectRevert(IStaking.StakingNoPosition.selector);
        staking.releasePosition(carol, op1);
    }

    /// A staker that unstaked everything frees its slot too (zero shares, nothing to burn).
    function test_releasePosition_afterFullUnstake_freesSlot_andRestakeRelists() public {
        uint256 shares = staking.sharesOf(alice, op2);
        vm.prank(alice);
        staking.requestUnstake(op2, shares);
        vm.prank(alice);
        staking.releasePosition(alice, op2);
        vm.assertFalse(_listed(alice, op2));
        // Past voting power through op2 is gone with the slot: the staker's choice.
        vm.prank(alice);
        staking.stake(op2, 10 ether);
        vm.assertTrue(_listed(alice, op2));
        vm.assertEq(staking.operatorsOf(alice).length, 2);
        // Staking again after a plain full unstake (still listed) does not list twice.
        shares = staking.sharesOf(alice, op2);
        vm.prank(alice);
        staking.requestUnstake(op2, shares);
        vm.prank(alice);
        staking.stake(op2, 10 ether);
        vm.assertEq(staking.operatorsOf(alice).length, 2);
    }

    /// A slash that leaves the operator below the minimum no longer locks it out: jailed, it tops
    /// up its own stake and unjails. Delegators still cannot stake to a jailed operator.
    function test_jailedOperator_topsUpItsOwnStake_andUnjails() public {
        _slash(op1, 5000);
        vm.assertLt(staking.stakeOf(op1, op1), MIN_SELF);
        vm.warp(block.timestamp + 7 days);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingSelfStakeTooLow.selector, MIN_SELF / 2, MIN_SELF));
        staking.unjail();
        vm.prank(op1);
        staking.stake(op1, MIN_SELF);
        vm.prank(op1);
        staking.unjail();
        vm.assertTrue(staking.isActive(op1));
    }

    /// Deregistration: out for good, still slashable; delegators unstake as usual.
    function test_deregister_leavesForGood_butStaysSlashable() public {
        vm.expectEmit(address(staking));
        emit IStaking.OperatorDeregistered(op1);
        vm.prank(op1);
        staking.deregisterOperator();
        vm.assertTrue(staking.isDeregistered(op1));
        vm.assertFalse(staking.isActive(op1));
        vm.prank(op1);
        vm.expectRevert(IStaking.StakingOperatorDeregistered.selector);
        staking.deregisterOperator();

        // No new stake, not even its own; no unjail, ever.
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingOperatorJailed.selector, type(uint64).max));
        staking.stake(op1, 1 ether);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingOperatorJailed.selector, type(uint64).max));
        staking.stake(op1, 1 ether);
        vm.warp(block.timestamp + 365 days);
        vm.prank(op1);
        vm.expectRevert(IStaking.StakingNotJailable.selector);
        staking.unjail();

        // Its key still answers for what it signed: equivocation evidence slashes it.
        uint256 rid = _createRollup(op2);
        ISlasher.BatchCommitment memory a = _commitment(rid, 1, bytes32("a"), uint64(block.timestamp));
        ISlasher.BatchCommitment memory b = _commitment(rid, 1, bytes32("b"), uint64(block.timestamp));
        uint256 before = staking.stakeOf(bob, op1);
        slasher.slashEquivocation(a, _signCommitment(OP1_KEY, a), b, _signCommitment(OP1_KEY, b));
        vm.assertLt(staking.stakeOf(bob, op1), before);

        // Delegators leave as usual.
        uint256 shares = staking.sharesOf(bob, op1);
        vm.prank(bob);
        staking.requestUnstake(op1, shares);
        vm.warp(block.timestamp + staking.unbondingPeriod());
        vm.prank(bob);
        vm.assertGt(staking.withdraw(type(uint256).max), 0);
    }
}

contract OperatorKeysTest is Deployers {
    uint256 internal constant NEW_KEY = 0xC0FFEE;
    uint256 internal rid;

    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        rid = _createRollup(op2);
        vm.warp(block.timestamp + 1);
    }

    /// Before: anyone could register another operator's key (or a key it does not hold) and take
    /// it for good. Now the key must sign the registrant's address for this chain and contract.
    function test_RevertWhen_registeringAKeyWithoutItsProof() public {
        address squatter = makeAddr("squatter");
        _fund(squatter, MIN_SELF);
        uint256 victimKey = 0xBEEF;

        // Signed by the squatter's own key, not the one it names.
        bytes memory wrong = _keyProof(0x5117, squatter);
        vm.prank(squatter);
        vm.expectRevert(IStaking.StakingInvalidKeyProof.selector);
        staking.registerOperator(vm.addr(victimKey), 0, MIN_SELF, wrong);

        // The victim's real proof, made for the victim: useless to anyone else.
        bytes memory victims = _keyProof(victimKey, makeAddr("victim"));
        vm.prank(squatter);
        vm.expectRevert(IStaking.StakingInvalidKeyProof.selector);
        staking.registerOperator(vm.addr(victimKey), 0, MIN_SELF, victims);

        // A proof for another chain or another Staking contract does not carry over.
        uint256 chain = block.chainid;
        vm.chainId(chain + 1);
        bytes memory otherChain = _keyProof(victimKey, squatter);
        vm.chainId(chain);
        vm.prank(squatter);
        vm.expectRevert(IStaking.StakingInvalidKeyProof.selector);
        staking.registerOperator(vm.addr(victimKey), 0, MIN_SELF, otherChain);
        Staking other = new Staking(token, deployer, MIN_SELF);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(victimKey, other.keyOwnershipDigest(squatter));
        vm.prank(squatter);
        vm.expectRevert(IStaking.StakingInvalidKeyProof.selector);
        staking.registerOperator(vm.addr(victimKey), 0, MIN_SELF, abi.encodePacked(r, s, v));

        // Malformed proofs are refused, not reverted on.
        vm.prank(squatter);
        vm.expectRevert(IStaking.StakingInvalidKeyProof.selector);
        staking.registerOperator(vm.addr(victimKey), 0, MIN_SELF, hex"1234");

        // The right proof works.
        _register(squatter, victimKey, 0, MIN_SELF);
        vm.assertEq(staking.operatorOfSigningKey(vm.addr(victimKey)), squatter);
    }

    function test_rotateSigningKey_appliesAfterTheDelay() public {
        address oldKey = vm.addr(OP1_KEY);
        address newKey = vm.addr(NEW_KEY);
        uint64 effectiveAt = uint64(block.timestamp) + staking.keyRotationDelay();
        bytes memory proof = _keyProof(NEW_KEY, op1);
        vm.expectEmit(address(staking));
        emit IStaking.SigningKeyRotationScheduled(op1, oldKey, newKey, effectiveAt);
        vm.prank(op1);
        staking.rotateSigningKey(newKey, proof);

        // Waiting: the old key signs, the new one is reserved to op1 but not yet current.
        vm.assertEq(staking.signingKeyOf(op1), oldKey);
        vm.assertEq(staking.operatorOfActiveKey(oldKey), op1);
        vm.assertEq(staking.operatorOfActiveKey(newKey), address(0));
        vm.assertEq(staking.operatorOfSigningKey(newKey), op1);
        (address pending, uint64 at) = staking.pendingKeyRotation(op1);
        vm.assertEq(pending, newKey);
        vm.assertEq(at, effectiveAt);
        // Nobody else can take the reserved key.
        bytes memory another = _keyProof(0xD00D, op1);
        bytes memory op2Proof = _keyProof(NEW_KEY, op2);
        vm.prank(op2);
        vm.expectRevert(IStaking.StakingInvalidSigningKey.selector);
        staking.rotateSigningKey(newKey, op2Proof);

        vm.warp(effectiveAt);
        vm.assertEq(staking.signingKeyOf(op1), newKey);
        vm.assertEq(staking.operatorInfo(op1).signingKey, newKey);
        vm.assertEq(staking.operatorOfActiveKey(newKey), op1);
        vm.assertEq(staking.operatorOfActiveKey(oldKey), address(0));
        vm.assertEq(staking.keyRetiredAt(oldKey), effectiveAt);
        vm.assertEq(staking.keyRetiredAt(newKey), 0);

        // The next rotation records the previous one and retires the key it replaces.
        vm.prank(op1);
        staking.rotateSigningKey(vm.addr(0xD00D), another);
        vm.assertEq(staking.keyRetiredAt(oldKey), effectiveAt);
        vm.warp(block.timestamp + staking.keyRotationDelay());
        vm.assertEq(staking.signingKeyOf(op1), vm.addr(0xD00D));
        vm.assertEq(staking.keyRetiredAt(newKey), block.timestamp);
        // A retired key never comes back, to anyone.
        bytes memory back = _keyProof(OP1_KEY, op1);
        vm.prank(op1);
        vm.expectRevert(IStaking.StakingInvalidSigningKey.selector);
        staking.rotateSigningKey(oldKey, back);
    }

    /// A rotation still waiting can be replaced (its key leaked, say): the waiting key never
    /// signs, the current one signs until the replacement applies.
    function test_rotateSigningKey_replacesAWaitingRotation() public {
        address oldKey = vm.addr(OP1_KEY);
        bytes memory proof = _keyProof(NEW_KEY, op1);
        vm.prank(op1);
        staking.rotateSigningKey(vm.addr(NEW_KEY), proof);
        uint256 firstAt = block.timestamp + staking.keyRotationDelay();
        _skip(1 hours);
        bytes memory replacement = _keyProof(0xD00D, op1);
        vm.prank(op1);
        staking.rotateSigningKey(vm.addr(0xD00D), replacement);
        uint256 secondAt = block.timestamp + staking.keyRotationDelay();

        vm.warp(firstAt);
        vm.assertEq(staking.operatorOfActiveKey(vm.addr(NEW_KEY)), address(0), "the replaced key never signs");
        vm.assertEq(staking.operatorOfActiveKey(oldKey), op1, "the current key still signs");
        vm.assertEq(staking.signingKeyOf(op1), oldKey);
        vm.warp(secondAt);
        vm.assertEq(staking.operatorOfActiveKey(vm.addr(0xD00D)), op1);
        vm.assertEq(staking.operatorOfActiveKey(oldKey), address(0));
        vm.assertEq(staking.signingKeyOf(op1), vm.addr(0xD00D));
        vm.assertEq(staking.keyRetiredAt(oldKey), secondAt);
        vm.assertEq(staking.keyRetiredAt(vm.addr(NEW_KEY)), firstAt);
        vm.assertEq(staking.operatorOfSigningKey(vm.addr(NEW_KEY)), op1, "still answers for what it signed");
    }

    /// Evidence signed by a rotated-out key slashes its operator for one unbonding period after
    /// the key retired, whatever `signedAt` it carries; after that the key answers for nothing.
    function test_retiredKey_staysSlashableForTheUnbondingPeriod() public {
        bytes memory proof = _keyProof(NEW_KEY, op1);
        vm.prank(op1);
        staking.rotateSigningKey(vm.addr(NEW_KEY), proof);
        uint256 retired = block.timestamp + staking.keyRotationDelay();
        uint256 period = staking.unbondingPeriod();

        vm.warp(retired + period);
        (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb) =
            _conflict(OP1_KEY, 1);
        uint256 before = staking.stakeOf(op1, op1);
        slasher.slashEquivocation(a, sa, b, sb);
        vm.assertLt(staking.stakeOf(op1, op1), before);

        vm.warp(retired + period + 1);
        (a, sa, b, sb) = _conflict(OP1_KEY, 2);
        vm.expectRevert(abi.encodeWithSelector(ISlasher.SlasherEvidenceExpired.selector, retired, retired + 1));
        slasher.slashEquivocation(a, sa, b, sb);
    }

    function _conflict(uint256 key, uint256 batch)
        internal
        view
        returns (ISlasher.BatchCommitment memory a, bytes memory sa, ISlasher.BatchCommitment memory b, bytes memory sb)
    {
        a = _commitment(rid, batch, keccak256(abi.encode("a", batch)), uint64(block.timestamp));
        b = _commitment(rid, batch, keccak256(abi.encode("b", batch)), uint64(block.timestamp));
        sa = _signCommitment(key, a);
        sb = _signCommitment(key, b);
    }
}

contract RotatedKeyRollupTest is RollupFixture {
    uint256 internal constant NEW_KEY = 0xC0FFEE;

    /// After a rotation applies the rollups take only the new key: a header signed by the
    /// retired key is refused, one signed by the new key is accepted.
    function test_rotatedOutKey_cannotSignForTheRollup() public {
        rid = _create(IRollupManagerTypes.Sequencing.Single, op1, 0);
        _optInAll(rid);
        bytes memory proof = _keyProof(NEW_KEY, op1);
        vm.prank(op1);
        staking.rotateSigningKey(vm.addr(NEW_KEY), proof);
        vm.warp(block.timestamp + staking.keyRotationDelay());

        _depositAndInclude(user, 1 ether);
        IRollupManagerTypes.BatchPost memory p = _build(new bytes32[](0), OP1_KEY);
        vm.expectRevert(abi.encodeWithSelector(IRollupManagerTypes.RollupNotLeader.selector, address(0), op1));
        rollups.postBatch(p);

        p.signature = _signHeader(NEW_KEY, rid, 0, 0, p.header, p.signedAt);
        rollups.postBatch(p);
        vm.assertEq(rollups.rollup(rid).batchCount, 1);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {RollupFixture} from "../utils/RollupFixture.sol";

/// @notice Issue 11, point 6: fees and work go to who did the work.
contract FeeAttributionTest is RollupFixture {
    uint256 internal constant MALLORY_KEY = 0xBAD;
    address internal mallory = makeAddr("mallory");

    /// The junk-batch attack: work credit was free, so a rollup with a zero fee, a 1-wei budget
    /// and its owner's operator as the only verifier posted no-op batches and took most of the
    /// global fee pool, which honest rollups' users had paid. Now each rollup's fees go to its own
    /// workers: the attacker gains nothing, and the honest operators lose nothing.
    function test_junkBatches_earnNothingFromOtherRollupsFees() public {
        // An honest rollup whose users pay fees.
        _setUpSquad();
        uint256 honest = rid;
        _depositAndInclude(user, 100 ether);
        _transfer(USER_KEY, user2, 10 ether, 2 ether);
        _transfer(USER_KEY, user2, 10 ether, 3 ether);
        uint256 b = _post();
        rollups.confirmBatch(honest, b, _attest(b, _keys(OP1_KEY, OP2_KEY, OP3_KEY)));
        uint256 paid = 5 ether + rollups.batch(honest, b).storageFee;

        // The attacker: an operator with as much stake as all four honest ones together, and a
        // rollup of its own that charges nothing, with a 1-wei budget and itself as everything.
        _fund(mallory, 1_000_000 ether);
        _register(mallory, MALLORY_KEY, 5000, 40_000 ether);
        keyOf[mallory] = MALLORY_KEY;
        IRollupManagerTypes.Params memory p = _params();
        p.feePerByte = 0;
        vm.startPrank(mallory);
        token.approve(address(rollups), type(uint256).max);
        uint256 junk = rollups.createRollup("junk", IRollupManagerTypes.Sequencing.Single, mallory, p, 0, 1);
        rollups.optIn(junk, true, true);
        vm.stopPrank();
        _switchTo(junk);
        _skip(1);
        for (uint256 i; i < 20; ++i) {
            _transfer(USER2_KEY, user, 1 ether, 0); // user2 has nothing here: a no-op
            uint256 jb = _post();
            rollups.confirmBatch(junk, jb, _attest(jb, _keys(MALLORY_KEY)));
            _skip(1);
        }

        // Everything final and distributed, the epoch closed, rewards settled.
        _closeEpoch();
        _skip(WINDOW);
        rollups.finalize(honest, 10);
        rollups.finalize(junk, 50);
        rollups.distributeFees(honest, 10);
        rollups.distributeFees(junk, 50);
        vm.assertEq(rollups.rollup(junk).distributedCount, 20, "20 junk batches reported");
        _closeEpoch();

        vm.assertEq(fees.commissionClaimable(mallory), 0, "the attacker's commission: nothing");
        vm.assertEq(fees.claimable(mallory, mallory), 0, "the attacker's stake: nothing");
        uint256 honestEarned;
        for (uint256 i; i < 4; ++i) {
            honestEarned += fees.commissionClaimable(ops[i]) + fees.claimable(ops[i], ops[i]);
        }
        // Every wei the honest rollup paid reached its operators, less the treasury's 10% (and
        // at most a few wei of rounding per share).
        vm.assertApproxEqAbs(honestEarned, paid * 9 / 10, 20, "the honest operators lose nothing");
    }

    /// @dev Points the model and the batch builder at rollup `id` (a fresh L2 state).
    function _switchTo(uint256 id) internal {
        rid = id;
        delete mAcct;
        delete mBal;
        delete mNonce;
        delete wKeys;
        delete wLeaves;
        depositsNext = 0;
    }
}

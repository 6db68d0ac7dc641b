// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title AltToken
/// @notice The ALT token: a fixed supply of 10,000,000,000 ALT minted once at deployment.
/// @dev No owner, no pause, no mint after construction. Votes are timestamp-based so that the
///      governor, the staking checkpoints and the token share one clock.
contract AltToken is ERC20, ERC20Permit, ERC20Votes {
    /// @notice The whole supply, minted at deployment.
    uint256 public constant TOTAL_SUPPLY = 10_000_000_000 ether;

    /// @param recipient receives the entire supply.
    constructor(address recipient) ERC20("AltLayer Token", "ALT") ERC20Permit("AltLayer Token") {
        _mint(recipient, TOTAL_SUPPLY);
    }

    /// @notice The token's clock: block timestamps, shared with the governor and staking.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice Describes the clock for EIP-6372 consumers.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice The permit (and delegateBySig) nonce of `owner`.
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}

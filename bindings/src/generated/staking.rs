///Module containing a contract's types and functions.
/**

```solidity
library IStaking {
    struct Operator { address signingKey; uint16 commissionBips; uint16 pendingCommissionBips; uint64 commissionEffectiveAt; bool registered; uint64 jailedUntil; uint32 id; uint152 selfShares; }
    struct UnstakeRequest { address operator; uint64 completableAt; uint32 era; uint256 unbondingShares; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IStaking {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Operator { address signingKey; uint16 commissionBips; uint16 pendingCommissionBips; uint64 commissionEffectiveAt; bool registered; uint64 jailedUntil; uint32 id; uint152 selfShares; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Operator {
        #[allow(missing_docs)]
        pub signingKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub commissionBips: u16,
        #[allow(missing_docs)]
        pub pendingCommissionBips: u16,
        #[allow(missing_docs)]
        pub commissionEffectiveAt: u64,
        #[allow(missing_docs)]
        pub registered: bool,
        #[allow(missing_docs)]
        pub jailedUntil: u64,
        #[allow(missing_docs)]
        pub id: u32,
        #[allow(missing_docs)]
        pub selfShares: alloy::sol_types::private::primitives::aliases::U152,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<152>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u16,
            u16,
            u64,
            bool,
            u64,
            u32,
            alloy::sol_types::private::primitives::aliases::U152,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Operator> for UnderlyingRustTuple<'_> {
            fn from(value: Operator) -> Self {
                (
                    value.signingKey,
                    value.commissionBips,
                    value.pendingCommissionBips,
                    value.commissionEffectiveAt,
                    value.registered,
                    value.jailedUntil,
                    value.id,
                    value.selfShares,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Operator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    signingKey: tuple.0,
                    commissionBips: tuple.1,
                    pendingCommissionBips: tuple.2,
                    commissionEffectiveAt: tuple.3,
                    registered: tuple.4,
                    jailedUntil: tuple.5,
                    id: tuple.6,
                    selfShares: tuple.7,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Operator {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Operator {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signingKey,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionBips),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.pendingCommissionBips,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.commissionEffectiveAt,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.registered,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.jailedUntil),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        152,
                    > as alloy_sol_types::SolType>::tokenize(&self.selfShares),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Operator {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Operator {
            const NAME: &'static str = "Operator";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Operator(address signingKey,uint16 commissionBips,uint16 pendingCommissionBips,uint64 commissionEffectiveAt,bool registered,uint64 jailedUntil,uint32 id,uint152 selfShares)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.signingKey,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.commissionBips,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pendingCommissionBips,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.commissionEffectiveAt,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.registered,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.jailedUntil)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.id)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        152,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.selfShares)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Operator {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signingKey,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commissionBips,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pendingCommissionBips,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commissionEffectiveAt,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.registered,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.jailedUntil,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.id)
                    + <alloy::sol_types::sol_data::Uint<
                        152,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.selfShares,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signingKey,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commissionBips,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pendingCommissionBips,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commissionEffectiveAt,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.registered,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.jailedUntil,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.id, out);
                <alloy::sol_types::sol_data::Uint<
                    152,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.selfShares,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct UnstakeRequest { address operator; uint64 completableAt; uint32 era; uint256 unbondingShares; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnstakeRequest {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub completableAt: u64,
        #[allow(missing_docs)]
        pub era: u32,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u64,
            u32,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnstakeRequest> for UnderlyingRustTuple<'_> {
            fn from(value: UnstakeRequest) -> Self {
                (value.operator, value.completableAt, value.era, value.unbondingShares)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnstakeRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    operator: tuple.0,
                    completableAt: tuple.1,
                    era: tuple.2,
                    unbondingShares: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for UnstakeRequest {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for UnstakeRequest {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.completableAt),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.era),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for UnstakeRequest {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for UnstakeRequest {
            const NAME: &'static str = "UnstakeRequest";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "UnstakeRequest(address operator,uint64 completableAt,uint32 era,uint256 unbondingShares)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.operator,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.completableAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.era)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingShares,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for UnstakeRequest {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.operator,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.completableAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.era)
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingShares,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.operator,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.completableAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.era, out);
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingShares,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IStaking`](self) contract instance.

See the [wrapper's documentation](`IStakingInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IStakingInstance<P, N> {
        IStakingInstance::<P, N>::new(address, __provider)
    }
    /**A [`IStaking`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IStaking`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IStakingInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IStakingInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IStakingInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IStakingInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IStaking`](self) contract instance.

See the [wrapper's documentation](`IStakingInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IStakingInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IStakingInstance<P, N> {
            IStakingInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IStakingInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IStakingInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IStaking {
    struct Operator {
        address signingKey;
        uint16 commissionBips;
        uint16 pendingCommissionBips;
        uint64 commissionEffectiveAt;
        bool registered;
        uint64 jailedUntil;
        uint32 id;
        uint152 selfShares;
    }
    struct UnstakeRequest {
        address operator;
        uint64 completableAt;
        uint32 era;
        uint256 unbondingShares;
    }
}

interface Staking {
    error CheckpointUnorderedInsertion();
    error OwnableInvalidOwner(address owner);
    error OwnableUnauthorizedAccount(address account);
    error ReentrancyGuardReentrantCall();
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);
    error StakingAlreadyRegistered();
    error StakingCommissionTooHigh(uint256 bips, uint256 max);
    error StakingFutureLookup(uint256 timepoint, uint48 clock);
    error StakingInsufficientShares(uint256 have, uint256 want);
    error StakingInvalidParameter(bytes32 name, uint256 value);
    error StakingInvalidSigningKey();
    error StakingNotJailable();
    error StakingNotOperator();
    error StakingNothingToWithdraw();
    error StakingOperatorInactive();
    error StakingOperatorJailed(uint64 until);
    error StakingPoolDepleted();
    error StakingPoolSharesOverflow(uint256 shares, uint256 max);
    error StakingSelfStakeTooLow(uint256 value, uint256 min);
    error StakingTooManyOperators();
    error StakingTooManyRequests();
    error StakingUnauthorized();
    error StakingZeroAmount();

    event AddressUpdated(bytes32 indexed name, address oldValue, address newValue);
    event CommissionChangeScheduled(address indexed operator, uint16 commissionBips, uint64 effectiveAt);
    event Jailed(address indexed operator, uint64 until);
    event OperatorRegistered(address indexed operator, address indexed signingKey, uint16 commissionBips);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
    event Slashed(address indexed operator, uint256 bips, uint256 activeSlashed, uint256 unbondingSlashed, uint256 poolTokens, uint256 unbondingTokens, uint256 rate);
    event Staked(address indexed staker, address indexed operator, uint256 amount, uint256 shares, uint256 stakerShares, uint256 poolTokens, uint256 poolShares);
    event Unjailed(address indexed operator);
    event UnstakeRequested(address indexed staker, address indexed operator, uint256 indexed requestId, uint256 shares, uint256 amount, uint256 unbondingShares, uint64 completableAt, uint256 stakerShares, uint256 poolTokens, uint256 poolShares);
    event Withdrawn(address indexed staker, address indexed operator, uint256 indexed requestId, uint256 amount);

    constructor(address token_, address owner_, uint256 minSelfStake_);

    function BIPS() external view returns (uint256);
    function CLOCK_MODE() external pure returns (string memory);
    function MAX_COMMISSION_DELAY() external view returns (uint64);
    function MAX_OPERATORS_PER_STAKER() external view returns (uint256);
    function MAX_PENDING_REQUESTS() external view returns (uint256);
    function MAX_POOL_SHARES() external view returns (uint256);
    function MAX_UNBONDING() external view returns (uint64);
    function MIN_UNBONDING() external view returns (uint64);
    function RATE_SCALE() external view returns (uint256);
    function clock() external view returns (uint48);
    function commissionDelay() external view returns (uint64);
    function commissionOf(address operator) external view returns (uint16);
    function dutyStakesAt(address[] memory operators, uint256 timepoint) external view returns (uint256[] memory stakes, uint256 total);
    function exchangeRate(address operator) external view returns (uint256);
    function getPastStakedVotes(address account, uint256 timepoint) external view returns (uint256 votes);
    function getStakedVotes(address account) external view returns (uint256 votes);
    function isActive(address operator) external view returns (bool);
    function isJailed(address operator) external view returns (bool);
    function jail(address operator, uint64 until) external;
    function maxCommissionBips() external view returns (uint16);
    function minSelfStake() external view returns (uint256);
    function operatorById(uint32 id) external view returns (address);
    function operatorInfo(address operator) external view returns (IStaking.Operator memory);
    function operatorOfSigningKey(address key) external view returns (address);
    function operatorsOf(address staker) external view returns (address[] memory);
    function owner() external view returns (address);
    function pendingRequests(address staker) external view returns (uint256 firstId, IStaking.UnstakeRequest[] memory reqs);
    function pool(address operator) external view returns (uint256 tokens, uint256 shares);
    function poolValue(address operator) external view returns (uint256);
    function registerOperator(address signingKey, uint16 commissionBips, uint256 selfStake) external;
    function renounceOwnership() external;
    function requestUnstake(address operator, uint256 shares) external returns (uint256 requestId, uint256 amount);
    function requestValue(address staker, uint256 requestId) external view returns (uint256);
    function scheduleCommission(uint16 commissionBips) external;
    function setCommissionDelay(uint64 delay) external;
    function setMaxCommission(uint16 bips) external;
    function setMinSelfStake(uint256 amount) external;
    function setSlasher(address slasher_) external;
    function setStakeHook(address hook) external;
    function setUnbondingPeriod(uint64 period) external;
    function sharesOf(address staker, address operator) external view returns (uint256);
    function slash(address operator, uint256 bips, address rewardRecipient, uint256 rewardBips, address remainderRecipient) external returns (uint256 amount, uint256 reward);
    function slasher() external view returns (address);
    function stake(address operator, uint256 amount) external returns (uint256);
    function stakeAt(address operator, uint256 timepoint) external view returns (uint256);
    function stakeHook() external view returns (address);
    function stakeOf(address staker, address operator) external view returns (uint256);
    function stakeWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external returns (uint256);
    function token() external view returns (address);
    function totalStaked() external view returns (uint256);
    function transferOwnership(address newOwner) external;
    function unbondingPeriod() external view returns (uint64);
    function unbondingPool(address operator) external view returns (uint256 tokens, uint256 shares);
    function unjail() external;
    function withdraw(uint256 maxRequests) external returns (uint256 amount);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "owner_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "minSelfStake_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "BIPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "CLOCK_MODE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "MAX_COMMISSION_DELAY",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_OPERATORS_PER_STAKER",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_PENDING_REQUESTS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_POOL_SHARES",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_UNBONDING",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_UNBONDING",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "RATE_SCALE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "clock",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "commissionDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "commissionOf",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "dutyStakesAt",
    "inputs": [
      {
        "name": "operators",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "stakes",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "total",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "exchangeRate",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getPastStakedVotes",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "votes",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getStakedVotes",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "votes",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isActive",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isJailed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "jail",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "until",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "maxCommissionBips",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minSelfStake",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "operatorById",
    "inputs": [
      {
        "name": "id",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "operatorInfo",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IStaking.Operator",
        "components": [
          {
            "name": "signingKey",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "commissionBips",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "pendingCommissionBips",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "commissionEffectiveAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "registered",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "jailedUntil",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "id",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "selfShares",
            "type": "uint152",
            "internalType": "uint152"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "operatorOfSigningKey",
    "inputs": [
      {
        "name": "key",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "operatorsOf",
    "inputs": [
      {
        "name": "staker",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "owner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pendingRequests",
    "inputs": [
      {
        "name": "staker",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "firstId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reqs",
        "type": "tuple[]",
        "internalType": "struct IStaking.UnstakeRequest[]",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "completableAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "era",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "unbondingShares",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "tokens",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "poolValue",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "registerOperator",
    "inputs": [
      {
        "name": "signingKey",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "commissionBips",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "selfStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestUnstake",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestValue",
    "inputs": [
      {
        "name": "staker",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "scheduleCommission",
    "inputs": [
      {
        "name": "commissionBips",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setCommissionDelay",
    "inputs": [
      {
        "name": "delay",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMaxCommission",
    "inputs": [
      {
        "name": "bips",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMinSelfStake",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setSlasher",
    "inputs": [
      {
        "name": "slasher_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setStakeHook",
    "inputs": [
      {
        "name": "hook",
        "type": "address",
        "internalType": "contract IStakeHook"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setUnbondingPeriod",
    "inputs": [
      {
        "name": "period",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "sharesOf",
    "inputs": [
      {
        "name": "staker",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slash",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "bips",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "rewardRecipient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "rewardBips",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "remainderRecipient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reward",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slasher",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "stake",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "stakeAt",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "stakeHook",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "stakeOf",
    "inputs": [
      {
        "name": "staker",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "stakeWithPermit",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "v",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "r",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalStaked",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferOwnership",
    "inputs": [
      {
        "name": "newOwner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unbondingPeriod",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unbondingPool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "tokens",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unjail",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "withdraw",
    "inputs": [
      {
        "name": "maxRequests",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AddressUpdated",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "oldValue",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "newValue",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CommissionChangeScheduled",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "commissionBips",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "effectiveAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Jailed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "until",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OperatorRegistered",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "signingKey",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "commissionBips",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferred",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParameterUpdated",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "oldValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Slashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bips",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "activeSlashed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingSlashed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "poolTokens",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingTokens",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "rate",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Staked",
    "inputs": [
      {
        "name": "staker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "stakerShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "poolTokens",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "poolShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Unjailed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UnstakeRequested",
    "inputs": [
      {
        "name": "staker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "completableAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "stakerShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "poolTokens",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "poolShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Withdrawn",
    "inputs": [
      {
        "name": "staker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "CheckpointUnorderedInsertion",
    "inputs": []
  },
  {
    "type": "error",
    "name": "OwnableInvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OwnableUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "StakingAlreadyRegistered",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingCommissionTooHigh",
    "inputs": [
      {
        "name": "bips",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "StakingFutureLookup",
    "inputs": [
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "clock",
        "type": "uint48",
        "internalType": "uint48"
      }
    ]
  },
  {
    "type": "error",
    "name": "StakingInsufficientShares",
    "inputs": [
      {
        "name": "have",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "want",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "StakingInvalidParameter",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "StakingInvalidSigningKey",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingNotJailable",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingNotOperator",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingNothingToWithdraw",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingOperatorInactive",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingOperatorJailed",
    "inputs": [
      {
        "name": "until",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "StakingPoolDepleted",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingPoolSharesOverflow",
    "inputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "StakingSelfStakeTooLow",
    "inputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "StakingTooManyOperators",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingTooManyRequests",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingUnauthorized",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StakingZeroAmount",
    "inputs": []
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod Staking {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a060405260028054600160601b600160f01b0319167d13880000000000093a8000000000001baf80000000000000000000000000179055348015610042575f5ffd5b5060405161467d38038061467d83398101604081905261006191610176565b816001600160a01b03811661009057604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610099816100d9565b506001600160a01b0383166080526100b081610128565b600280546001600160601b0319166001600160601b0392909216919091179055506101b6915050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6001600160601b0382111561015b576040516306dfcc6560e41b81526060600482015260248101839052604401610087565b5090565b6001600160a01b0381168114610173575f5ffd5b50565b5f5f5f60608486031215610188575f5ffd5b83516101938161015f565b60208501519093506101a48161015f565b80925050604084015190509250925092565b60805161448c6101f15f395f818161099b01528181610d6e0152818161163201528181612576015281816125bd015261325a015261448c5ff3fe608060405234801561000f575f5ffd5b506004361061034d575f3560e01c80638da5cb5b116101c9578063c8bd72a8116100fe578063f2fde38b1161009e578063fabdd64811610079578063fabdd64814610962578063fb22e65114610975578063fc0c546a14610996578063feb54c47146109bd575f5ffd5b8063f2fde38b1461093e578063f679d30514610951578063f705003114610959575f5ffd5b8063d75629cf116100d9578063d75629cf146108e4578063dc3b7c8b146108f7578063f10d1de11461090a578063f24422461461091d575f5ffd5b8063c8bd72a814610859578063ce4cb8761461086a578063d5faf17a1461087d575f5ffd5b8063a8a08cf811610169578063b134427111610144578063b13442711461080f578063b534fbb614610820578063b8fad3f714610840578063c5f530af14610848575f5ffd5b8063a8a08cf8146107d6578063aabc2496146107e9578063adc9772e146107fc575f5ffd5b8063997db02d116101a4578063997db02d146107935780639f8a13d7146107a6578063a0238b1e146107b9578063a2a9b1ae146107cc575f5ffd5b80638da5cb5b1461076357806391ddadf414610773578063996b2c2e14610789575f5ffd5b80636007aad51161029f57806373d6a8891161023f578063817b1cd21161021a578063817b1cd2146106fa5780638332d85114610712578063868966411461072557806389ca417914610738575f5ffd5b806373d6a889146106c257806376dc3f30146106d557806379e071af146106e8575f5ffd5b80636944f4a61161027a5780636944f4a61461067c5780636cf6d6751461068f578063710ba631146106a7578063715018a6146106ba575f5ffd5b80636007aad51461063d57806365e56d1e14610647578063661f479214610669575f5ffd5b8063363c6b811161030a5780634bf5d7e9116102e55780634bf5d7e9146104db57806350c246d61461050b578063593be57a1461061757806359f061f41461062a575f5ffd5b8063363c6b81146104925780633f4be2481461049a5780634966f9fb146104af575f5ffd5b80630a7292f51461035157806314bfb52714610377578063156522a8146103c25780631b6942851461042b57806321653096146104715780632e1a7d4d1461047f575b5f5ffd5b61036461035f366004613e07565b6109d0565b6040519081526020015b60405180910390f35b6103b2610385366004613e3e565b6001600160a01b03165f9081526004602052604090206001015461010090046001600160401b0316151590565b604051901515815260200161036e565b6104166103d0366004613e3e565b6001600160a01b039081165f908152600760209081526040918290208251808401909352546001600160601b038116808452600160601b90910490931691018190529091565b6040805192835260208301919091520161036e565b610459610439366004613e59565b63ffffffff165f908152600d60205260409020546001600160a01b031690565b6040516001600160a01b03909116815260200161036e565b6103646001600160701b0381565b61036461048d366004613e7c565b610a11565b610364602081565b6104ad6104a8366004613ea9565b610da6565b005b600254600160a01b90046001600160401b03165b6040516001600160401b03909116815260200161036e565b604080518082018252600e81526d06d6f64653d74696d657374616d760941b6020820152905161036e9190613ec2565b61060a610519366004613e3e565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152506001600160a01b039081165f90815260046020908152604091829020825161010080820185528254958616825261ffff600160a01b8704811694830194909452600160b01b8604909316938101939093526001600160401b03600160c01b909404841660608401526001015460ff81161515608084015290810490921660a082015263ffffffff600160481b83041660c08201526001600160981b03600160681b9092049190911660e082015290565b60405161036e9190613ef7565b610364610625366004613e3e565b610e82565b610364610638366004613faa565b610ed8565b6104c362278d0081565b600254600160e01b900461ffff165b60405161ffff909116815260200161036e565b610656610677366004613e3e565b611061565b6104ad61068a366004613fd4565b611081565b600254600160601b90046001600160401b03166104c3565b6104166106b5366004613faa565b611174565b6104ad6115d6565b6103646106d0366004614007565b6115e9565b6104ad6106e3366004614075565b6116ac565b610364676765c793fa10079d601b1b81565b600154600160a01b90046001600160601b0316610364565b6104ad610720366004613e3e565b611900565b6104ad6107333660046140b1565b61197f565b610459610746366004613e3e565b6001600160a01b039081165f908152600560205260409020541690565b5f546001600160a01b0316610459565b60405165ffffffffffff4216815260200161036e565b6104c36201518081565b6103646107a1366004613faa565b611ab3565b6103b26107b4366004613e3e565b611b24565b6103646107c7366004613e3e565b611b9c565b6104c36276a70081565b6103646107e4366004613faa565b611c62565b6104ad6107f7366004613e3e565b611d6e565b61036461080a366004613faa565b611deb565b6003546001600160a01b0316610459565b61083361082e366004613e3e565b611e09565b60405161036e91906140ca565b610364601081565b6002546001600160601b0316610364565b6001546001600160a01b0316610459565b610364610878366004613e07565b611e7c565b61041661088b366004613e3e565b6001600160a01b03165f90815260066020908152604091829020825160608101845290546001600160701b03808216808452600160701b8304909116938301849052600160e01b90910463ffffffff1691909301529091565b6104ad6108f2366004613e7c565b611e8e565b610364610905366004613e3e565b611f0b565b6104ad610918366004613ea9565b611f3a565b61093061092b366004614115565b6120ef565b60405161036e929190614188565b6104ad61094c366004613e3e565b61226c565b6104ad6122a9565b61036461271081565b6104166109703660046141d4565b6123c4565b610988610983366004613e3e565b6125f9565b60405161036e92919061422f565b6104597f000000000000000000000000000000000000000000000000000000000000000081565b6104ad6109cb3660046140b1565b612794565b6001600160a01b038083165f908152600a6020908152604080832093851683529290529081206109ff9061284c565b6001600160d01b031690505b92915050565b5f610a1a612890565b335f908152600c60209081526040808320600f909252822054815491929091610a449083906142cb565b851015610a5a57610a5585836142de565b610a5d565b82545b9050815b81811015610cdf575f848281548110610a7c57610a7c6142f1565b5f91825260209182902060408051608081018252929091015463ffffffff8082168452640100000000820464ffffffffff16948401859052600160481b82041691830191909152600160681b90046001600160801b031660608201529150421015610ae75750610cdf565b805163ffffffff9081165f908152600d60209081526040808320546001600160a01b031680845260068352818420825160608101845290546001600160701b038082168352600160701b82041694820194909452600160e01b909304851683830181905291860151909492939216148015610b6e575060208201516001600160701b031615155b15610c4c57610ba484606001516001600160801b0316835f01516001600160701b031684602001516001600160701b03166128c5565b905080825f01818151610bb79190614305565b6001600160701b03169052506060840151602083018051610bd9908390614305565b6001600160701b039081169091526001600160a01b0385165f9081526006602090815260409182902086518154928801519388015163ffffffff16600160e01b026001600160e01b03948616600160701b026001600160e01b031990941691909516179190911791909116919091179055505b878581548110610c5e57610c5e6142f1565b5f91825260209091200180546001600160e81b0319169055610c80818a6142de565b985084836001600160a01b0316336001600160a01b03167f91fb9d98b786c57d74c099ccd2beca1739e9f6a81fb49001ca465c4b7591bbe284604051610cc891815260200190565b60405180910390a450505050806001019050610a61565b828111610cff576040516330136a8160e21b815260040160405180910390fd5b335f908152600f6020526040902081905560018054869190601490610d35908490600160a01b90046001600160601b0316614324565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505f851115610d9557610d956001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163387612975565b50505050610da16129aa565b919050565b610dae6129d4565b8062278d006001600160401b0382161115610e05576040516342a7185760e01b81526e636f6d6d697373696f6e44656c617960881b60048201526001600160401b0390911660248201526044015b60405180910390fd5b5060025460408051600160a01b9092046001600160401b039081168352831660208301526e636f6d6d697373696f6e44656c617960881b915f5160206144605f395f51905f52910160405180910390a2600280546001600160401b03909216600160a01b0267ffffffffffffffff60a01b19909216919091179055565b6001600160a01b038082165f90815260076020908152604080832054600890925282209192610a0b92600160601b9092041690610ebe9061284c565b6001600160d01b0316676765c793fa10079d601b1b6128c5565b6001600160a01b0382165f908152600f6020526040812054821080610f1457506001600160a01b0383165f908152600c60205260409020548210155b15610f2057505f610a0b565b6001600160a01b0383165f908152600c60205260408120805484908110610f4957610f496142f1565b5f918252602080832060408051608081018252939091015463ffffffff808216808652640100000000830464ffffffffff1686860152600160481b83048216868501908152600160681b9093046001600160801b0316606080880191909152908752600d8552838720546001600160a01b03168752600685529583902083519687018452546001600160701b038082168852600160701b82041694870194909452600160e01b9093048316918501829052519294509116141580611018575060208101516001600160701b0316155b15611027575f92505050610a0b565b61105882606001516001600160801b0316825f01516001600160701b031683602001516001600160701b03166128c5565b95945050505050565b6001600160a01b0381165f908152600460205260408120610a0b90612a00565b6003546001600160a01b031633146110ac576040516327c898ff60e21b815260040160405180910390fd5b6001600160a01b0382165f908152600460205260409020600181015460ff166110e857604051635d30ba3760e01b815260040160405180910390fd5b60018101546001600160401b036101009091048116908316111561116f5760018101805468ffffffffffffffff0019166101006001600160401b038516908102919091179091556040519081526001600160a01b038416907f3070ea7dc648d7f0fea8e6140fbb72243f7fce077d0c7bd9856075ec037b3aa1906020015b60405180910390a25b505050565b5f5f61117e612890565b5f831161119e57604051636207797760e11b815260040160405180910390fd5b335f908152600a602090815260408083206001600160a01b038816845290915281206111c99061284c565b6001600160d01b03169050808480821015611200576040516350017a6560e11b815260048101929092526024820152604401610dfc565b5050335f908152600f6020908152604080832054600c8352922054945061122782866142cb565b1061124557604051634b1afef960e11b815260040160405180910390fd5b6001600160a01b0386165f9081526008602052604081206112659061284c565b6001600160d01b031690506112868682676765c793fa10079d601b1b6128c5565b93505f84116112a857604051636207797760e11b815260040160405180910390fd5b5f6112b387856142cb565b90506001600160a01b0388163303611378575f6112dc8284676765c793fa10079d601b1b6128c5565b90508115806112f657506002546001600160601b03168110155b60025482916001600160601b0390911690611336576040516366906fdf60e11b815260048101929092526001600160601b03166024820152604401610dfc565b5050506001600160a01b0388165f90815260046020526040902060010180546cffffffffffffffffffffffffff16600160681b6001600160981b038416021790555b6001546001600160a01b0316156113f15760015460405163b40d7e3360e01b81526001600160a01b038a81166004830152336024830152604482018a90529091169063b40d7e33906064015f604051808303815f87803b1580156113da575f5ffd5b505af11580156113ec573d5f5f3e3d5ffd5b505050505b6001600160a01b038089165f908152600760209081526040918290208251808401909352546001600160601b038116808452600160601b909104909316908201529086908290611442908390614324565b6001600160601b0316905250602081018051899190611462908390614343565b6001600160a01b039081169091528a81165f908152600760209081526040909120845191850151909216600160601b026001600160601b03909116179055506114d46114ab4290565b82516001600160a01b038c165f90815260096020526040902091906001600160601b0316612a6a565b50506115096114e04290565b335f908152600a602090815260408083206001600160a01b038f16845290915290209084612a6a565b50505f5f6115178b89612a84565b91509150888b6001600160a01b0316336001600160a01b03167f0aad1587fbc21d7e594d1d63dda6ccb208a12384e9c760e4f36c962f30c7c8c38d8c87878b8b5f01518c602001516040516115b89796959493929190968752602087019590955260408601939093526001600160401b0391909116606085015260808401526001600160601b031660a08301526001600160a01b031660c082015260e00190565b60405180910390a4505050505050506115cf6129aa565b9250929050565b6115de6129d4565b6115e75f612d40565b565b5f6115f2612890565b60405163d505accf60e01b8152336004820152306024820152604481018790526064810186905260ff8516608482015260a4810184905260c481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b15801561167b575f5ffd5b505af192505050801561168c575060015b50611698338888612d8f565b90506116a26129aa565b9695505050505050565b6116b4612890565b335f908152600460205260409020600181015460ff16156116e857604051637e99d8cf60e11b815260040160405180910390fd5b6001600160a01b0384161580159061171757506001600160a01b038481165f9081526005602052604090205416155b61173457604051635bfdedcf60e01b815260040160405180910390fd5b600254839061ffff600160e01b9091048116908216811015611777576040516357c6444360e11b815261ffff928316600482015291166024820152604401610dfc565b50506002546001600160601b0316821080159061179357505f82115b60025483916001600160601b03909116906117d3576040516366906fdf60e11b815260048101929092526001600160601b03166024820152604401610dfc565b50506001818101805460ff19169091179055600e80545f919082906117fd9063ffffffff16614362565b82546101009290920a63ffffffff81810219909316928216908102929092179092556001840180546cffffffff0000000000000000001916600160481b83021790555f908152600d602090815260408083208054336001600160a01b0319918216811790925587546001600160a01b038c166001600160b01b03199091168117600160a01b61ffff8d169081029190911761ffff60b01b1916600160b01b8202178a55818752600586529584902080549092168317909155915193845293945092917f7f4f51dc6b3efe7329cd47805a0c35108c9f18a8f187812c023091019022598a910160405180910390a36118f5333385612d8f565b50505061116f6129aa565b6119086129d4565b600154604080516001600160a01b0392831681529183166020830152687374616b65486f6f6b60b81b917fcdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1910160405180910390a2600180546001600160a01b0319166001600160a01b0392909216919091179055565b335f908152600460205260409020600181015460ff166119b257604051635d30ba3760e01b815260040160405180910390fd5b600254829061ffff600160e01b90910481169082168110156119f5576040516357c6444360e11b815261ffff928316600482015291166024820152604401610dfc565b5050611a0081612a00565b815463ffffffff60a01b1916600160a01b61ffff928316810261ffff60b01b191691909117600160b01b928516929092029190911782556002545f91611a5091046001600160401b031642614386565b82546001600160c01b0316600160c01b6001600160401b0383169081029190911784556040805161ffff87168152602081019290925291925033917f785c7ba6c854120c3c3f34d233f5372308f4bae496f6ccbd26e6de40b02e8b149101611166565b5f42828165ffffffffffff81168210611af0576040516335ec1c8b60e21b8152600481019290925265ffffffffffff166024820152604401610dfc565b50506001600160a01b0384165f908152600960205260409020611b1390846132fd565b6001600160d01b0316949350505050565b6001600160a01b0381165f908152600460205260408120600181015460ff161580611b605750600181015461010090046001600160401b031615155b15611b6d57505f92915050565b5f611b7882856133a0565b90505f81118015611b9457506002546001600160601b03168110155b949350505050565b6001600160a01b0381165f908152600b60205260408120815b8154811015611c5b576001600160a01b0384165f908152600a602052604081208354611c1891908390869086908110611bf057611bf06142f1565b5f9182526020808320909101546001600160a01b03168352820192909252604001902061284c565b6001600160d01b031690508015611c5257611c4581610ebe60085f878781548110611bf057611bf06142f1565b611c4f90856142de565b93505b50600101611bb5565b5050919050565b5f42828165ffffffffffff81168210611c9f576040516335ec1c8b60e21b8152600481019290925265ffffffffffff166024820152604401610dfc565b50506001600160a01b0384165f908152600b6020526040812084915b8154811015611d64576001600160a01b0387165f908152600a602052604081208354611d209186918490879087908110611cf757611cf76142f1565b5f9182526020808320909101546001600160a01b031683528201929092526040019020906132fd565b6001600160d01b031690508015611d5b57611d4e81610ebe8660085f888881548110611cf757611cf76142f1565b611d5890876142de565b95505b50600101611cbb565b5050505092915050565b611d766129d4565b600354604080516001600160a01b03928316815291831660208301526639b630b9b432b960c91b917fcdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1910160405180910390a2600380546001600160a01b0319166001600160a01b0392909216919091179055565b5f611df4612890565b611dff338484612d8f565b9050610a0b6129aa565b6001600160a01b0381165f908152600b6020908152604091829020805483518184028101840190945280845260609392830182828015611e7057602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611e52575b50505050509050919050565b5f611e8783836133dd565b9392505050565b611e966129d4565b600254604080516001600160601b039092168252602082018390526b6d696e53656c665374616b6560a01b915f5160206144605f395f51905f52910160405180910390a2611ee381613444565b600280546bffffffffffffffffffffffff19166001600160601b039290921691909117905550565b6001600160a01b0381165f908152600860205260408120611f2b9061284c565b6001600160d01b031692915050565b611f426129d4565b620151806001600160401b03821610801590611f6a57506276a7006001600160401b03821611155b8190611fad576040516342a7185760e01b81526e1d5b989bdb991a5b99d4195c9a5bd9608a1b60048201526001600160401b039091166024820152604401610dfc565b506003546001600160a01b031680158061202e5750816001600160401b0316816001600160a01b031663673b24f26040518163ffffffff1660e01b8152600401602060405180830381865afa158015612008573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061202c91906143a5565b105b8290612071576040516342a7185760e01b81526e1d5b989bdb991a5b99d4195c9a5bd9608a1b60048201526001600160401b039091166024820152604401610dfc565b5060025460408051600160601b9092046001600160401b039081168352841660208301526e1d5b989bdb991a5b99d4195c9a5bd9608a1b915f5160206144605f395f51905f52910160405180910390a250600280546001600160401b03909216600160601b0267ffffffffffffffff60601b19909216919091179055565b60605f42838165ffffffffffff8116821061212e576040516335ec1c8b60e21b8152600481019290925265ffffffffffff166024820152604401610dfc565b508590506001600160401b03811115612149576121496143bc565b604051908082528060200260200182016040528015612172578160200160208202803683370190505b5092505f5b85811015612262575f878783818110612192576121926142f1565b90506020020160208101906121a79190613e3e565b6001600160a01b0381165f90815260046020526040902060018101549192509061010090046001600160401b03161515806121f457506001810154600160681b90046001600160981b0316155b1561220057505061225a565b6001600160a01b0382165f90815260096020526040812061222190896132fd565b6001600160d01b031690508087858151811061223f5761223f6142f1565b602090810291909101015261225481876142de565b95505050505b600101612177565b5050935093915050565b6122746129d4565b6001600160a01b03811661229d57604051631e4fbdf760e01b81525f6004820152602401610dfc565b6122a681612d40565b50565b335f908152600460205260409020600181015460ff1680156122dc5750600181015461010090046001600160401b031615155b80156122fb57506001810154426101009091046001600160401b031611155b61231857604051635009e1a160e11b815260040160405180910390fd5b5f61232382336133a0565b6002549091506001600160601b0316811080159061234057505f81115b60025482916001600160601b0390911690612380576040516366906fdf60e11b815260048101929092526001600160601b03166024820152604401610dfc565b505060018201805468ffffffffffffffff001916905560405133907ffa5039497ad9ba11f0eb5239b2614e925541bbcc0cf3476dd68e1927c86d33ff905f90a25050565b6003545f9081906001600160a01b031633146123f3576040516327c898ff60e21b815260040160405180910390fd5b6123fb612890565b6001600160a01b0387165f908152600460205260409020600181015460ff1661243757604051635d30ba3760e01b815260040160405180910390fd5b5f8711801561244857506127108711155b879061247d576040516342a7185760e01b815268736c6173684269707360b81b60048201526024810191909152604401610dfc565b5060018101546001600160a01b0389165f90815260086020526040812090916124bb91600160681b9091046001600160981b031690610ebe9061284c565b90505f6124c88a8a61347b565b90955090506001600160a01b03881615612563575f61251584600101600d9054906101000a90046001600160981b03166001600160981b031683676765c793fa10079d601b1b6001613560565b90505f818411612525575f61252f565b61252f82856142cb565b90506127106125408a6127106135a2565b61254a89846135a2565b61255491906143d0565b61255e91906143fb565b955050505b831561259d5761259d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168986612975565b838511156125e4576125e4866125b386886142cb565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190612975565b5050506125ef6129aa565b9550959350505050565b6001600160a01b0381165f908152600f6020908152604080832054600c90925290912080546060919061262d9084906142cb565b6001600160401b03811115612644576126446143bc565b60405190808252806020026020018201604052801561269457816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816126625790505b5091505f5b825181101561278d575f826126ae83876142de565b815481106126be576126be6142f1565b5f91825260208083206040805160808082018352929094015463ffffffff808216865264ffffffffff64010000000083048116878701908152600160481b840483168886019081526001600160801b03600160681b90950485166060808b01918252875198890188528a5186168c52600d8a529a879020546001600160a01b031688529151909216968601969096525116918301919091529151909116928101929092528551909250859084908110612779576127796142f1565b602090810291909101015250600101612699565b5050915091565b61279c6129d4565b8061271061ffff821611156127e1576040516342a7185760e01b81526c36b0bc21b7b6b6b4b9b9b4b7b760991b600482015261ffff9091166024820152604401610dfc565b5060025460408051600160e01b90920461ffff9081168352831660208301526c36b0bc21b7b6b6b4b9b9b4b7b760991b915f5160206144605f395f51905f52910160405180910390a26002805461ffff909216600160e01b0261ffff60e01b19909216919091179055565b80545f90801561288857612872836128656001846142cb565b5f91825260209091200190565b54600160301b90046001600160d01b0316611e87565b5f9392505050565b6128986135b1565b6115e760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906135f1565b5f5f5f6128d286866135f8565b91509150815f036128f6578381816128ec576128ec6143e7565b0492505050611e87565b81841161290d5761290d6003851502601118613614565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6129828383836001613625565b61116f57604051635274afe760e01b81526001600160a01b0384166004820152602401610dfc565b6115e75f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006128bf565b5f546001600160a01b031633146115e75760405163118cdaa760e01b8152336004820152602401610dfc565b80545f90600160c01b90046001600160401b0316421015612a2d578154600160a01b900461ffff16612a3b565b8154600160b01b900461ffff165b60025490915061ffff600160e01b90910481169082161115610da1575050600254600160e01b900461ffff1690565b5f80612a77858585613687565b915091505b935093915050565b6001600160a01b0382165f908152600660209081526040808320815160608101835290546001600160701b038082168352600160701b820416938201849052600160e01b900463ffffffff1691810191909152829115612b0757612b028482602001516001600160701b0316835f01516001600160701b03166128c5565b612b09565b835b9250612b2b84825f01516001600160701b0316612b2691906142de565b6137d7565b6001600160701b0390811682526020820151612b4d91612b26918691166142de565b6001600160701b0390811660208084019182526001600160a01b0388165f90815260069091526040908190208451815493519286015163ffffffff16600160e01b026001600160e01b03938616600160701b026001600160e01b031990951691909516179290921716919091179055600254612bda906001600160401b03600160601b9091041642614386565b9150600c5f336001600160a01b03166001600160a01b031681526020019081526020015f20604051806080016040528060045f896001600160a01b03166001600160a01b031681526020019081526020015f2060010160099054906101000a900463ffffffff1663ffffffff1681526020018464ffffffffff168152602001836040015163ffffffff168152602001856001600160801b0316815250908060018154018082558091505060019003905f5260205f20015f909190919091505f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160096101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01600d6101000a8154816001600160801b0302191690836001600160801b031602179055505050509250929050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f8211612db057604051636207797760e11b815260040160405180910390fd5b6001600160a01b0383165f908152600460205260409020600181015460ff16612dec57604051635d30ba3760e01b815260040160405180910390fd5b600181015461010090046001600160401b03168015612e2a5760405163447e241960e11b81526001600160401b039091166004820152602401610dfc565b50836001600160a01b0316856001600160a01b031614612ebc5760018101546001600160a01b0385165f9081526008602052604081209091612e8191600160681b9091046001600160981b031690610ebe9061284c565b90505f81118015612e9d57506002546001600160601b03168110155b612eba57604051631f8604bf60e31b815260040160405180910390fd5b505b6001600160a01b038085165f8181526007602090815260408083208151808301835290546001600160601b0381168252600160601b90049095168583015292825260089052908120612f0d9061284c565b6001600160d01b0316905081602001516001600160a01b03165f148015612f3f5750676765c793fa10079d601b1b8114155b15612f765750676765c793fa10079d601b1b612f73426001600160a01b0388165f9081526008602052604090209083612a6a565b50505b5f8111612f9657604051630ee08d3360e41b815260040160405180910390fd5b612fac85676765c793fa10079d601b1b836128c5565b93505f8483602001516001600160a01b0316612fc891906142de565b9050806001600160701b0380821115612ffd57604051630f87c9ad60e01b815260048101929092526024820152604401610dfc565b50506001600160a01b038881165f908152600a60209081526040808320938b1683529290522080545f036130a1576001600160a01b0389165f908152600b6020526040902054601011613063576040516317fd71ef60e01b815260040160405180910390fd5b6001600160a01b038981165f908152600b602090815260408220805460018101825590835291200180546001600160a01b031916918a169190911790555b6001546001600160a01b03161561311c576001546040516309d2366b60e11b81526001600160a01b038a811660048301528b8116602483015260448201899052909116906313a46cd6906064015f604051808303815f87803b158015613105575f5ffd5b505af1158015613117573d5f5f3e3d5ffd5b505050505b835161313b906131369089906001600160601b03166142de565b613444565b6001600160601b0390811685526001600160a01b0383811660208088019182528b83165f9081526007825260408082208a519451909516600160601b029390951692831790935560099052919020613194914290612a6a565b50505f866131a18361284c565b6001600160d01b03166131b491906142de565b90506131c1824283612a6a565b5050886001600160a01b03168a6001600160a01b03160361320e576131e58161380a565b86600101600d6101000a8154816001600160981b0302191690836001600160981b031602179055505b60015461323090613136908a90600160a01b90046001600160601b03166142de565b600180546001600160601b0392909216600160a01b026001600160a01b03928316179055613282907f0000000000000000000000000000000000000000000000000000000000000000168b308b61383d565b8451602080870151604080518c81529283018b905282018490526001600160601b0390921660608201526001600160a01b039182166080820152818b16918c16907fbacd36622e1941346c1191d039c1e7bd8e6a32c477242d72945bd05b7a4da55d9060a00160405180910390a35050505050509392505050565b81545f9081816005811115613359575f61331684613879565b61332090856142cb565b5f8881526020902090915081015465ffffffffffff908116908716101561334957809150613357565b6133548160016142de565b92505b505b5f613366878785856139d1565b905080156133935761337d876128656001846142cb565b54600160301b90046001600160d01b0316613395565b5f5b979650505050505050565b60018201546001600160a01b0382165f9081526008602052604081209091611e8791600160681b9091046001600160981b031690610ebe9061284c565b6001600160a01b038083165f908152600a602090815260408083209385168352929052908120611e87906134109061284c565b6001600160d01b0316610ebe60085f866001600160a01b03166001600160a01b031681526020019081526020015f2061284c565b5f6001600160601b03821115613477576040516306dfcc6560e41b81526060600482015260248101839052604401610dfc565b5090565b5f5f5f5f6134898686613a27565b945090925090505f8061349c8888613c07565b90925090506134ab82856142de565b955085600160148282829054906101000a90046001600160601b03166134d19190614324565b82546001600160601b039182166101009390930a9283029190920219909116179055506040805188815260208101869052908101839052606081018490526080810182905260a081018690526001600160a01b038916907f086f0ce99d2c428e6953d44f528c3d079f03583b3cd40af2687f505b221a402e9060c00160405180910390a2505050509250929050565b5f61358d61356d83613d4b565b801561358857505f8480613583576135836143e7565b868809115b151590565b6135988686866128c5565b61105891906142de565b5f828218828410028218611e87565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156115e757604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661367b57838315161561366f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b82545f908190801561377d575f6136a3876128656001856142cb565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156136e657604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361371f57825465ffffffffffff16600160301b6001600160d01b0389160217835561376f565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612a7c92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612a7c565b5f6001600160701b03821115613477576040516306dfcc6560e41b81526070600482015260248101839052604401610dfc565b5f6001600160981b03821115613477576040516306dfcc6560e41b81526098600482015260248101839052604401610dfc565b61384b848484846001613d77565b61387357604051635274afe760e01b81526001600160a01b0385166004820152602401610dfc565b50505050565b5f60018211613886575090565b816001600160801b821061389f5760809190911c9060401b5b6801000000000000000082106138ba5760409190911c9060201b5b64010000000082106138d15760209190911c9060101b5b6201000082106138e65760109190911c9060081b5b61010082106138fa5760089190911c9060041b5b6010821061390d5760049190911c9060021b5b600482106139195760011b5b600302600190811c90818581613931576139316143e7565b048201901c90506001818581613949576139496143e7565b048201901c90506001818581613961576139616143e7565b048201901c90506001818581613979576139796143e7565b048201901c90506001818581613991576139916143e7565b048201901c905060018185816139a9576139a96143e7565b048201901c90506139c88185816139c2576139c26143e7565b04821190565b90039392505050565b5f5b81831015613a1f575f85815260209020838316600285851804019081015465ffffffffffff86811691161115613a0b57809250613a19565b613a168160016142de565b93505b506139d3565b509392505050565b6001600160a01b038083165f8181526007602090815260408083208151808301835290546001600160601b0381168252600160601b9004909516858301529282526008905290812090918291829190613aa090613a839061284c565b6001600160d01b0316613a98876127106142cb565b6127106128c5565b91505f613ac682602001516001600160a01b031684676765c793fa10079d601b1b6128c5565b90505f613aee83602001516001600160a01b031685676765c793fa10079d601b1b6001613560565b9050613b3d613b09845f01516001600160601b0316836135a2565b8451613b1e91906001600160601b03166142cb565b8451613b38906001600160601b03168a6127106001613560565b613de4565b9550613b608683855f01516001600160601b0316613b5b91906142cb565b6135a2565b8351909650613b799087906001600160601b03166142cb565b6001600160601b0381811685526001600160a01b038a81165f9081526007602090815260408083208951838b0151909516600160601b02949095169384179094556009905291909120919650613bd191904290612a6a565b5050613bfb613bdd4290565b6001600160a01b038a165f9081526008602052604090209086612a6a565b50505050509250925092565b6001600160a01b0382165f908152600660209081526040808320815160608101835290546001600160701b03808216808452600160701b830490911694830194909452600160e01b900463ffffffff16918101919091528291613c6f90856127106001613560565b925082815f01818151613c829190614305565b6001600160701b039081169091528251161590508015613cae575060208101516001600160701b031615155b15613cd8575f602082015260408101805160019190613cce90839061440e565b63ffffffff169052505b6001600160a01b039094165f908152600660209081526040918290208651815492880151939097015163ffffffff16600160e01b026001600160e01b036001600160701b03948516600160701b026001600160e01b03199094169490981693841792909217969096161790945550929050565b5f6002826003811115613d6057613d6061442a565b613d6a919061443e565b60ff166001149050919050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316613dd3578383151615613dc7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f828218828411028218611e87565b6001600160a01b03811681146122a6575f5ffd5b5f5f60408385031215613e18575f5ffd5b8235613e2381613df3565b91506020830135613e3381613df3565b809150509250929050565b5f60208284031215613e4e575f5ffd5b8135611e8781613df3565b5f60208284031215613e69575f5ffd5b813563ffffffff81168114611e87575f5ffd5b5f60208284031215613e8c575f5ffd5b5035919050565b80356001600160401b0381168114610da1575f5ffd5b5f60208284031215613eb9575f5ffd5b611e8782613e93565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f6101008201905060018060a01b03835116825261ffff602084015116602083015261ffff60408401511660408301526060830151613f4160608401826001600160401b03169052565b506080830151613f55608084018215159052565b5060a0830151613f7060a08401826001600160401b03169052565b5060c0830151613f8860c084018263ffffffff169052565b5060e0830151613fa360e08401826001600160981b03169052565b5092915050565b5f5f60408385031215613fbb575f5ffd5b8235613fc681613df3565b946020939093013593505050565b5f5f60408385031215613fe5575f5ffd5b8235613ff081613df3565b9150613ffe60208401613e93565b90509250929050565b5f5f5f5f5f5f60c0878903121561401c575f5ffd5b863561402781613df3565b95506020870135945060408701359350606087013560ff8116811461404a575f5ffd5b9598949750929560808101359460a0909101359350915050565b803561ffff81168114610da1575f5ffd5b5f5f5f60608486031215614087575f5ffd5b833561409281613df3565b92506140a060208501614064565b929592945050506040919091013590565b5f602082840312156140c1575f5ffd5b611e8782614064565b602080825282518282018190525f918401906040840190835b8181101561410a5783516001600160a01b03168352602093840193909201916001016140e3565b509095945050505050565b5f5f5f60408486031215614127575f5ffd5b83356001600160401b0381111561413c575f5ffd5b8401601f8101861361414c575f5ffd5b80356001600160401b03811115614161575f5ffd5b8660208260051b8401011115614175575f5ffd5b6020918201979096509401359392505050565b604080825283519082018190525f9060208501906060840190835b818110156141c15783518352602093840193909201916001016141a3565b5050602093909301939093525092915050565b5f5f5f5f5f60a086880312156141e8575f5ffd5b85356141f381613df3565b945060208601359350604086013561420a81613df3565b925060608601359150608086013561422181613df3565b809150509295509295909350565b5f60408201848352604060208401528084518083526060850191506020860192505f5b818110156142ab57835180516001600160a01b031684526020808201516001600160401b03168186015260408083015163ffffffff16908601526060918201519185019190915290930192608090920191600101614252565b50909695505050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610a0b57610a0b6142b7565b80820180821115610a0b57610a0b6142b7565b634e487b7160e01b5f52603260045260245ffd5b6001600160701b038281168282160390811115610a0b57610a0b6142b7565b6001600160601b038281168282160390811115610a0b57610a0b6142b7565b6001600160a01b038281168282160390811115610a0b57610a0b6142b7565b5f63ffffffff821663ffffffff810361437d5761437d6142b7565b60010192915050565b6001600160401b038181168382160190811115610a0b57610a0b6142b7565b5f602082840312156143b5575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b8082028115828204841417610a0b57610a0b6142b7565b634e487b7160e01b5f52601260045260245ffd5b5f82614409576144096143e7565b500490565b63ffffffff8181168382160190811115610a0b57610a0b6142b7565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680614450576144506143e7565b8060ff8416069150509291505056fe181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fda164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R`\x02\x80T`\x01``\x1B`\x01`\xF0\x1B\x03\x19\x16}\x13\x88\0\0\0\0\0\t:\x80\0\0\0\0\0\x1B\xAF\x80\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U4\x80\x15a\0BW__\xFD[P`@QaF}8\x03\x80aF}\x839\x81\x01`@\x81\x90Ra\0a\x91a\x01vV[\x81`\x01`\x01`\xA0\x1B\x03\x81\x16a\0\x90W`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\0\x99\x81a\0\xD9V[P`\x01`\x01`\xA0\x1B\x03\x83\x16`\x80Ra\0\xB0\x81a\x01(V[`\x02\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UPa\x01\xB6\x91PPV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[_`\x01`\x01``\x1B\x03\x82\x11\x15a\x01[W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\0\x87V[P\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01sW__\xFD[PV[___``\x84\x86\x03\x12\x15a\x01\x88W__\xFD[\x83Qa\x01\x93\x81a\x01_V[` \x85\x01Q\x90\x93Pa\x01\xA4\x81a\x01_V[\x80\x92PP`@\x84\x01Q\x90P\x92P\x92P\x92V[`\x80QaD\x8Ca\x01\xF1_9_\x81\x81a\t\x9B\x01R\x81\x81a\rn\x01R\x81\x81a\x162\x01R\x81\x81a%v\x01R\x81\x81a%\xBD\x01Ra2Z\x01RaD\x8C_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x03MW_5`\xE0\x1C\x80c\x8D\xA5\xCB[\x11a\x01\xC9W\x80c\xC8\xBDr\xA8\x11a\0\xFEW\x80c\xF2\xFD\xE3\x8B\x11a\0\x9EW\x80c\xFA\xBD\xD6H\x11a\0yW\x80c\xFA\xBD\xD6H\x14a\tbW\x80c\xFB\"\xE6Q\x14a\tuW\x80c\xFC\x0CTj\x14a\t\x96W\x80c\xFE\xB5LG\x14a\t\xBDW__\xFD[\x80c\xF2\xFD\xE3\x8B\x14a\t>W\x80c\xF6y\xD3\x05\x14a\tQW\x80c\xF7\x05\x001\x14a\tYW__\xFD[\x80c\xD7V)\xCF\x11a\0\xD9W\x80c\xD7V)\xCF\x14a\x08\xE4W\x80c\xDC;|\x8B\x14a\x08\xF7W\x80c\xF1\r\x1D\xE1\x14a\t\nW\x80c\xF2D\"F\x14a\t\x1DW__\xFD[\x80c\xC8\xBDr\xA8\x14a\x08YW\x80c\xCEL\xB8v\x14a\x08jW\x80c\xD5\xFA\xF1z\x14a\x08}W__\xFD[\x80c\xA8\xA0\x8C\xF8\x11a\x01iW\x80c\xB14Bq\x11a\x01DW\x80c\xB14Bq\x14a\x08\x0FW\x80c\xB54\xFB\xB6\x14a\x08 W\x80c\xB8\xFA\xD3\xF7\x14a\x08@W\x80c\xC5\xF50\xAF\x14a\x08HW__\xFD[\x80c\xA8\xA0\x8C\xF8\x14a\x07\xD6W\x80c\xAA\xBC$\x96\x14a\x07\xE9W\x80c\xAD\xC9w.\x14a\x07\xFCW__\xFD[\x80c\x99}\xB0-\x11a\x01\xA4W\x80c\x99}\xB0-\x14a\x07\x93W\x80c\x9F\x8A\x13\xD7\x14a\x07\xA6W\x80c\xA0#\x8B\x1E\x14a\x07\xB9W\x80c\xA2\xA9\xB1\xAE\x14a\x07\xCCW__\xFD[\x80c\x8D\xA5\xCB[\x14a\x07cW\x80c\x91\xDD\xAD\xF4\x14a\x07sW\x80c\x99k,.\x14a\x07\x89W__\xFD[\x80c`\x07\xAA\xD5\x11a\x02\x9FW\x80cs\xD6\xA8\x89\x11a\x02?W\x80c\x81{\x1C\xD2\x11a\x02\x1AW\x80c\x81{\x1C\xD2\x14a\x06\xFAW\x80c\x832\xD8Q\x14a\x07\x12W\x80c\x86\x89fA\x14a\x07%W\x80c\x89\xCAAy\x14a\x078W__\xFD[\x80cs\xD6\xA8\x89\x14a\x06\xC2W\x80cv\xDC?0\x14a\x06\xD5W\x80cy\xE0q\xAF\x14a\x06\xE8W__\xFD[\x80ciD\xF4\xA6\x11a\x02zW\x80ciD\xF4\xA6\x14a\x06|W\x80cl\xF6\xD6u\x14a\x06\x8FW\x80cq\x0B\xA61\x14a\x06\xA7W\x80cqP\x18\xA6\x14a\x06\xBAW__\xFD[\x80c`\x07\xAA\xD5\x14a\x06=W\x80ce\xE5m\x1E\x14a\x06GW\x80cf\x1FG\x92\x14a\x06iW__\xFD[\x80c6<k\x81\x11a\x03\nW\x80cK\xF5\xD7\xE9\x11a\x02\xE5W\x80cK\xF5\xD7\xE9\x14a\x04\xDBW\x80cP\xC2F\xD6\x14a\x05\x0BW\x80cY;\xE5z\x14a\x06\x17W\x80cY\xF0a\xF4\x14a\x06*W__\xFD[\x80c6<k\x81\x14a\x04\x92W\x80c?K\xE2H\x14a\x04\x9AW\x80cIf\xF9\xFB\x14a\x04\xAFW__\xFD[\x80c\nr\x92\xF5\x14a\x03QW\x80c\x14\xBF\xB5'\x14a\x03wW\x80c\x15e\"\xA8\x14a\x03\xC2W\x80c\x1BiB\x85\x14a\x04+W\x80c!e0\x96\x14a\x04qW\x80c.\x1A}M\x14a\x04\x7FW[__\xFD[a\x03da\x03_6`\x04a>\x07V[a\t\xD0V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x03\xB2a\x03\x856`\x04a>>V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x04` R`@\x90 `\x01\x01Ta\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x15\x15\x90V[`@Q\x90\x15\x15\x81R` \x01a\x03nV[a\x04\x16a\x03\xD06`\x04a>>V[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01``\x1B\x03\x81\x16\x80\x84R`\x01``\x1B\x90\x91\x04\x90\x93\x16\x91\x01\x81\x90R\x90\x91V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x03nV[a\x04Ya\x0496`\x04a>YV[c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\r` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03nV[a\x03d`\x01`\x01`p\x1B\x03\x81V[a\x03da\x04\x8D6`\x04a>|V[a\n\x11V[a\x03d` \x81V[a\x04\xADa\x04\xA86`\x04a>\xA9V[a\r\xA6V[\0[`\x02T`\x01`\xA0\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16[`@Q`\x01`\x01`@\x1B\x03\x90\x91\x16\x81R` \x01a\x03nV[`@\x80Q\x80\x82\x01\x82R`\x0E\x81Rm\x06\xD6\xF6FS\xD7F\x96\xD6W7F\x16\xD7`\x94\x1B` \x82\x01R\x90Qa\x03n\x91\x90a>\xC2V[a\x06\na\x05\x196`\x04a>>V[`@\x80Qa\x01\0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x91\x90\x91RP`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Qa\x01\0\x80\x82\x01\x85R\x82T\x95\x86\x16\x82Ra\xFF\xFF`\x01`\xA0\x1B\x87\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xB0\x1B\x86\x04\x90\x93\x16\x93\x81\x01\x93\x90\x93R`\x01`\x01`@\x1B\x03`\x01`\xC0\x1B\x90\x94\x04\x84\x16``\x84\x01R`\x01\x01T`\xFF\x81\x16\x15\x15`\x80\x84\x01R\x90\x81\x04\x90\x92\x16`\xA0\x82\x01Rc\xFF\xFF\xFF\xFF`\x01`H\x1B\x83\x04\x16`\xC0\x82\x01R`\x01`\x01`\x98\x1B\x03`\x01`h\x1B\x90\x92\x04\x91\x90\x91\x16`\xE0\x82\x01R\x90V[`@Qa\x03n\x91\x90a>\xF7V[a\x03da\x06%6`\x04a>>V[a\x0E\x82V[a\x03da\x0686`\x04a?\xAAV[a\x0E\xD8V[a\x04\xC3b'\x8D\0\x81V[`\x02T`\x01`\xE0\x1B\x90\x04a\xFF\xFF\x16[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x03nV[a\x06Va\x06w6`\x04a>>V[a\x10aV[a\x04\xADa\x06\x8A6`\x04a?\xD4V[a\x10\x81V[`\x02T`\x01``\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16a\x04\xC3V[a\x04\x16a\x06\xB56`\x04a?\xAAV[a\x11tV[a\x04\xADa\x15\xD6V[a\x03da\x06\xD06`\x04a@\x07V[a\x15\xE9V[a\x04\xADa\x06\xE36`\x04a@uV[a\x16\xACV[a\x03dgge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B\x81V[`\x01T`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16a\x03dV[a\x04\xADa\x07 6`\x04a>>V[a\x19\0V[a\x04\xADa\x0736`\x04a@\xB1V[a\x19\x7FV[a\x04Ya\x07F6`\x04a>>V[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R`\x05` R`@\x90 T\x16\x90V[_T`\x01`\x01`\xA0\x1B\x03\x16a\x04YV[`@Qe\xFF\xFF\xFF\xFF\xFF\xFFB\x16\x81R` \x01a\x03nV[a\x04\xC3b\x01Q\x80\x81V[a\x03da\x07\xA16`\x04a?\xAAV[a\x1A\xB3V[a\x03\xB2a\x07\xB46`\x04a>>V[a\x1B$V[a\x03da\x07\xC76`\x04a>>V[a\x1B\x9CV[a\x04\xC3bv\xA7\0\x81V[a\x03da\x07\xE46`\x04a?\xAAV[a\x1CbV[a\x04\xADa\x07\xF76`\x04a>>V[a\x1DnV[a\x03da\x08\n6`\x04a?\xAAV[a\x1D\xEBV[`\x03T`\x01`\x01`\xA0\x1B\x03\x16a\x04YV[a\x083a\x08.6`\x04a>>V[a\x1E\tV[`@Qa\x03n\x91\x90a@\xCAV[a\x03d`\x10\x81V[`\x02T`\x01`\x01``\x1B\x03\x16a\x03dV[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x04YV[a\x03da\x08x6`\x04a>\x07V[a\x1E|V[a\x04\x16a\x08\x8B6`\x04a>>V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x82Q``\x81\x01\x84R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x80\x84R`\x01`p\x1B\x83\x04\x90\x91\x16\x93\x83\x01\x84\x90R`\x01`\xE0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x91\x90\x93\x01R\x90\x91V[a\x04\xADa\x08\xF26`\x04a>|V[a\x1E\x8EV[a\x03da\t\x056`\x04a>>V[a\x1F\x0BV[a\x04\xADa\t\x186`\x04a>\xA9V[a\x1F:V[a\t0a\t+6`\x04aA\x15V[a \xEFV[`@Qa\x03n\x92\x91\x90aA\x88V[a\x04\xADa\tL6`\x04a>>V[a\"lV[a\x04\xADa\"\xA9V[a\x03da'\x10\x81V[a\x04\x16a\tp6`\x04aA\xD4V[a#\xC4V[a\t\x88a\t\x836`\x04a>>V[a%\xF9V[`@Qa\x03n\x92\x91\x90aB/V[a\x04Y\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x04\xADa\t\xCB6`\x04a@\xB1V[a'\x94V[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x90R\x90\x81 a\t\xFF\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90P[\x92\x91PPV[_a\n\x1Aa(\x90V[3_\x90\x81R`\x0C` \x90\x81R`@\x80\x83 `\x0F\x90\x92R\x82 T\x81T\x91\x92\x90\x91a\nD\x90\x83\x90aB\xCBV[\x85\x10\x15a\nZWa\nU\x85\x83aB\xDEV[a\n]V[\x82T[\x90P\x81[\x81\x81\x10\x15a\x0C\xDFW_\x84\x82\x81T\x81\x10a\n|Wa\n|aB\xF1V[_\x91\x82R` \x91\x82\x90 `@\x80Q`\x80\x81\x01\x82R\x92\x90\x91\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x84Rd\x01\0\0\0\0\x82\x04d\xFF\xFF\xFF\xFF\xFF\x16\x94\x84\x01\x85\x90R`\x01`H\x1B\x82\x04\x16\x91\x83\x01\x91\x90\x91R`\x01`h\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16``\x82\x01R\x91PB\x10\x15a\n\xE7WPa\x0C\xDFV[\x80Qc\xFF\xFF\xFF\xFF\x90\x81\x16_\x90\x81R`\r` \x90\x81R`@\x80\x83 T`\x01`\x01`\xA0\x1B\x03\x16\x80\x84R`\x06\x83R\x81\x84 \x82Q``\x81\x01\x84R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x94\x82\x01\x94\x90\x94R`\x01`\xE0\x1B\x90\x93\x04\x85\x16\x83\x83\x01\x81\x90R\x91\x86\x01Q\x90\x94\x92\x93\x92\x16\x14\x80\x15a\x0BnWP` \x82\x01Q`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a\x0CLWa\x0B\xA4\x84``\x01Q`\x01`\x01`\x80\x1B\x03\x16\x83_\x01Q`\x01`\x01`p\x1B\x03\x16\x84` \x01Q`\x01`\x01`p\x1B\x03\x16a(\xC5V[\x90P\x80\x82_\x01\x81\x81Qa\x0B\xB7\x91\x90aC\x05V[`\x01`\x01`p\x1B\x03\x16\x90RP``\x84\x01Q` \x83\x01\x80Qa\x0B\xD9\x90\x83\x90aC\x05V[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91R`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x86Q\x81T\x92\x88\x01Q\x93\x88\x01Qc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x94\x86\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x94\x16\x91\x90\x95\x16\x17\x91\x90\x91\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90UP[\x87\x85\x81T\x81\x10a\x0C^Wa\x0C^aB\xF1V[_\x91\x82R` \x90\x91 \x01\x80T`\x01`\x01`\xE8\x1B\x03\x19\x16\x90Ua\x0C\x80\x81\x8AaB\xDEV[\x98P\x84\x83`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x7F\x91\xFB\x9D\x98\xB7\x86\xC5}t\xC0\x99\xCC\xD2\xBE\xCA\x179\xE9\xF6\xA8\x1F\xB4\x90\x01\xCAF\\Ku\x91\xBB\xE2\x84`@Qa\x0C\xC8\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4PPPP\x80`\x01\x01\x90Pa\naV[\x82\x81\x11a\x0C\xFFW`@Qc0\x13j\x81`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x0F` R`@\x90 \x81\x90U`\x01\x80T\x86\x91\x90`\x14\x90a\r5\x90\x84\x90`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16aC$V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP_\x85\x11\x15a\r\x95Wa\r\x95`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x87a)uV[PPPPa\r\xA1a)\xAAV[\x91\x90PV[a\r\xAEa)\xD4V[\x80b'\x8D\0`\x01`\x01`@\x1B\x03\x82\x16\x11\x15a\x0E\x05W`@QcB\xA7\x18W`\xE0\x1B\x81RncommissionDelay`\x88\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[P`\x02T`@\x80Q`\x01`\xA0\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x83\x16` \x83\x01RncommissionDelay`\x88\x1B\x91_Q` aD`_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x02\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01`\xA0\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x01`\x01`\xA0\x1B\x03\x80\x82\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 T`\x08\x90\x92R\x82 \x91\x92a\n\x0B\x92`\x01``\x1B\x90\x92\x04\x16\x90a\x0E\xBE\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba(\xC5V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x0F` R`@\x81 T\x82\x10\x80a\x0F\x14WP`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x0C` R`@\x90 T\x82\x10\x15[\x15a\x0F WP_a\n\x0BV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x0C` R`@\x81 \x80T\x84\x90\x81\x10a\x0FIWa\x0FIaB\xF1V[_\x91\x82R` \x80\x83 `@\x80Q`\x80\x81\x01\x82R\x93\x90\x91\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x86Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x86\x86\x01R`\x01`H\x1B\x83\x04\x82\x16\x86\x85\x01\x90\x81R`\x01`h\x1B\x90\x93\x04`\x01`\x01`\x80\x1B\x03\x16``\x80\x88\x01\x91\x90\x91R\x90\x87R`\r\x85R\x83\x87 T`\x01`\x01`\xA0\x1B\x03\x16\x87R`\x06\x85R\x95\x83\x90 \x83Q\x96\x87\x01\x84RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x88R`\x01`p\x1B\x82\x04\x16\x94\x87\x01\x94\x90\x94R`\x01`\xE0\x1B\x90\x93\x04\x83\x16\x91\x85\x01\x82\x90RQ\x92\x94P\x91\x16\x14\x15\x80a\x10\x18WP` \x81\x01Q`\x01`\x01`p\x1B\x03\x16\x15[\x15a\x10'W_\x92PPPa\n\x0BV[a\x10X\x82``\x01Q`\x01`\x01`\x80\x1B\x03\x16\x82_\x01Q`\x01`\x01`p\x1B\x03\x16\x83` \x01Q`\x01`\x01`p\x1B\x03\x16a(\xC5V[\x95\x94PPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x81 a\n\x0B\x90a*\0V[`\x03T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x10\xACW`@Qc'\xC8\x98\xFF`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16a\x10\xE8W`@Qc]0\xBA7`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x81\x01T`\x01`\x01`@\x1B\x03a\x01\0\x90\x91\x04\x81\x16\x90\x83\x16\x11\x15a\x11oW`\x01\x81\x01\x80Th\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x19\x16a\x01\0`\x01`\x01`@\x1B\x03\x85\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x7F0p\xEA}\xC6H\xD7\xF0\xFE\xA8\xE6\x14\x0F\xBBr$?\x7F\xCE\x07}\x0C{\xD9\x85`u\xEC\x03{:\xA1\x90` \x01[`@Q\x80\x91\x03\x90\xA2[PPPV[__a\x11~a(\x90V[_\x83\x11a\x11\x9EW`@Qcb\x07yw`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x81 a\x11\xC9\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x80\x84\x80\x82\x10\x15a\x12\0W`@QcP\x01ze`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\r\xFCV[PP3_\x90\x81R`\x0F` \x90\x81R`@\x80\x83 T`\x0C\x83R\x92 T\x94Pa\x12'\x82\x86aB\xCBV[\x10a\x12EW`@QcK\x1A\xFE\xF9`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\x08` R`@\x81 a\x12e\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90Pa\x12\x86\x86\x82gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba(\xC5V[\x93P_\x84\x11a\x12\xA8W`@Qcb\x07yw`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12\xB3\x87\x85aB\xCBV[\x90P`\x01`\x01`\xA0\x1B\x03\x88\x163\x03a\x13xW_a\x12\xDC\x82\x84gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba(\xC5V[\x90P\x81\x15\x80a\x12\xF6WP`\x02T`\x01`\x01``\x1B\x03\x16\x81\x10\x15[`\x02T\x82\x91`\x01`\x01``\x1B\x03\x90\x91\x16\x90a\x136W`@Qcf\x90o\xDF`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01``\x1B\x03\x16`$\x82\x01R`D\x01a\r\xFCV[PPP`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x04` R`@\x90 `\x01\x01\x80Tl\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`h\x1B`\x01`\x01`\x98\x1B\x03\x84\x16\x02\x17\x90U[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x15a\x13\xF1W`\x01T`@Qc\xB4\r~3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R3`$\x83\x01R`D\x82\x01\x8A\x90R\x90\x91\x16\x90c\xB4\r~3\x90`d\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x13\xDAW__\xFD[PZ\xF1\x15\x80\x15a\x13\xECW=__>=_\xFD[PPPP[`\x01`\x01`\xA0\x1B\x03\x80\x89\x16_\x90\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01``\x1B\x03\x81\x16\x80\x84R`\x01``\x1B\x90\x91\x04\x90\x93\x16\x90\x82\x01R\x90\x86\x90\x82\x90a\x14B\x90\x83\x90aC$V[`\x01`\x01``\x1B\x03\x16\x90RP` \x81\x01\x80Q\x89\x91\x90a\x14b\x90\x83\x90aCCV[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90\x91R\x8A\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x90\x91 \x84Q\x91\x85\x01Q\x90\x92\x16`\x01``\x1B\x02`\x01`\x01``\x1B\x03\x90\x91\x16\x17\x90UPa\x14\xD4a\x14\xABB\x90V[\x82Q`\x01`\x01`\xA0\x1B\x03\x8C\x16_\x90\x81R`\t` R`@\x90 \x91\x90`\x01`\x01``\x1B\x03\x16a*jV[PPa\x15\ta\x14\xE0B\x90V[3_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8F\x16\x84R\x90\x91R\x90 \x90\x84a*jV[PP__a\x15\x17\x8B\x89a*\x84V[\x91P\x91P\x88\x8B`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x7F\n\xAD\x15\x87\xFB\xC2\x1D~YM\x1Dc\xDD\xA6\xCC\xB2\x08\xA1#\x84\xE9\xC7`\xE4\xF3l\x96/0\xC7\xC8\xC3\x8D\x8C\x87\x87\x8B\x8B_\x01Q\x8C` \x01Q`@Qa\x15\xB8\x97\x96\x95\x94\x93\x92\x91\x90\x96\x87R` \x87\x01\x95\x90\x95R`@\x86\x01\x93\x90\x93R`\x01`\x01`@\x1B\x03\x91\x90\x91\x16``\x85\x01R`\x80\x84\x01R`\x01`\x01``\x1B\x03\x16`\xA0\x83\x01R`\x01`\x01`\xA0\x1B\x03\x16`\xC0\x82\x01R`\xE0\x01\x90V[`@Q\x80\x91\x03\x90\xA4PPPPPPPa\x15\xCFa)\xAAV[\x92P\x92\x90PV[a\x15\xDEa)\xD4V[a\x15\xE7_a-@V[V[_a\x15\xF2a(\x90V[`@Qc\xD5\x05\xAC\xCF`\xE0\x1B\x81R3`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x87\x90R`d\x81\x01\x86\x90R`\xFF\x85\x16`\x84\x82\x01R`\xA4\x81\x01\x84\x90R`\xC4\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xD5\x05\xAC\xCF\x90`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x16{W__\xFD[PZ\xF1\x92PPP\x80\x15a\x16\x8CWP`\x01[Pa\x16\x983\x88\x88a-\x8FV[\x90Pa\x16\xA2a)\xAAV[\x96\x95PPPPPPV[a\x16\xB4a(\x90V[3_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16\x15a\x16\xE8W`@Qc~\x99\xD8\xCF`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80\x15\x90a\x17\x17WP`\x01`\x01`\xA0\x1B\x03\x84\x81\x16_\x90\x81R`\x05` R`@\x90 T\x16\x15[a\x174W`@Qc[\xFD\xED\xCF`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02T\x83\x90a\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x81\x10\x15a\x17wW`@QcW\xC6DC`\xE1\x1B\x81Ra\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x02T`\x01`\x01``\x1B\x03\x16\x82\x10\x80\x15\x90a\x17\x93WP_\x82\x11[`\x02T\x83\x91`\x01`\x01``\x1B\x03\x90\x91\x16\x90a\x17\xD3W`@Qcf\x90o\xDF`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01``\x1B\x03\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x01\x81\x81\x01\x80T`\xFF\x19\x16\x90\x91\x17\x90U`\x0E\x80T_\x91\x90\x82\x90a\x17\xFD\x90c\xFF\xFF\xFF\xFF\x16aCbV[\x82Ta\x01\0\x92\x90\x92\nc\xFF\xFF\xFF\xFF\x81\x81\x02\x19\x90\x93\x16\x92\x82\x16\x90\x81\x02\x92\x90\x92\x17\x90\x92U`\x01\x84\x01\x80Tl\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x19\x16`\x01`H\x1B\x83\x02\x17\x90U_\x90\x81R`\r` \x90\x81R`@\x80\x83 \x80T3`\x01`\x01`\xA0\x1B\x03\x19\x91\x82\x16\x81\x17\x90\x92U\x87T`\x01`\x01`\xA0\x1B\x03\x8C\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x91\x16\x81\x17`\x01`\xA0\x1Ba\xFF\xFF\x8D\x16\x90\x81\x02\x91\x90\x91\x17a\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x82\x02\x17\x8AU\x81\x87R`\x05\x86R\x95\x84\x90 \x80T\x90\x92\x16\x83\x17\x90\x91U\x91Q\x93\x84R\x93\x94P\x92\x91\x7F\x7FOQ\xDCk>\xFEs)\xCDG\x80Z\x0C5\x10\x8C\x9F\x18\xA8\xF1\x87\x81,\x020\x91\x01\x90\"Y\x8A\x91\x01`@Q\x80\x91\x03\x90\xA3a\x18\xF533\x85a-\x8FV[PPPa\x11oa)\xAAV[a\x19\x08a)\xD4V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01RhstakeHook`\xB8\x1B\x91\x7F\xCD\xF1\xE7\xEA\xC5yN\xCC\x1D\x1B\xDB\xAB\xF5f\xF6#\xCB\xF8\xCBYK\xFC\xD3\"\xAF\xF6\xBE/\x9E\xE8\xE5\xB1\x91\x01`@Q\x80\x91\x03\x90\xA2`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[3_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16a\x19\xB2W`@Qc]0\xBA7`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02T\x82\x90a\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x81\x10\x15a\x19\xF5W`@QcW\xC6DC`\xE1\x1B\x81Ra\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\r\xFCV[PPa\x1A\0\x81a*\0V[\x81Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x92\x83\x16\x81\x02a\xFF\xFF`\xB0\x1B\x19\x16\x91\x90\x91\x17`\x01`\xB0\x1B\x92\x85\x16\x92\x90\x92\x02\x91\x90\x91\x17\x82U`\x02T_\x91a\x1AP\x91\x04`\x01`\x01`@\x1B\x03\x16BaC\x86V[\x82T`\x01`\x01`\xC0\x1B\x03\x16`\x01`\xC0\x1B`\x01`\x01`@\x1B\x03\x83\x16\x90\x81\x02\x91\x90\x91\x17\x84U`@\x80Qa\xFF\xFF\x87\x16\x81R` \x81\x01\x92\x90\x92R\x91\x92P3\x91\x7Fx\\{\xA6\xC8T\x12\x0C<?4\xD23\xF57#\x08\xF4\xBA\xE4\x96\xF6\xCC\xBD&\xE6\xDE@\xB0.\x8B\x14\x91\x01a\x11fV[_B\x82\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x10a\x1A\xF0W`@Qc5\xEC\x1C\x8B`\xE2\x1B\x81R`\x04\x81\x01\x92\x90\x92Re\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t` R`@\x90 a\x1B\x13\x90\x84a2\xFDV[`\x01`\x01`\xD0\x1B\x03\x16\x94\x93PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x81 `\x01\x81\x01T`\xFF\x16\x15\x80a\x1B`WP`\x01\x81\x01Ta\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x15\x15[\x15a\x1BmWP_\x92\x91PPV[_a\x1Bx\x82\x85a3\xA0V[\x90P_\x81\x11\x80\x15a\x1B\x94WP`\x02T`\x01`\x01``\x1B\x03\x16\x81\x10\x15[\x94\x93PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` R`@\x81 \x81[\x81T\x81\x10\x15a\x1C[W`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n` R`@\x81 \x83Ta\x1C\x18\x91\x90\x83\x90\x86\x90\x86\x90\x81\x10a\x1B\xF0Wa\x1B\xF0aB\xF1V[_\x91\x82R` \x80\x83 \x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x16\x83R\x82\x01\x92\x90\x92R`@\x01\x90 a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x80\x15a\x1CRWa\x1CE\x81a\x0E\xBE`\x08_\x87\x87\x81T\x81\x10a\x1B\xF0Wa\x1B\xF0aB\xF1V[a\x1CO\x90\x85aB\xDEV[\x93P[P`\x01\x01a\x1B\xB5V[PP\x91\x90PV[_B\x82\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x10a\x1C\x9FW`@Qc5\xEC\x1C\x8B`\xE2\x1B\x81R`\x04\x81\x01\x92\x90\x92Re\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x0B` R`@\x81 \x84\x91[\x81T\x81\x10\x15a\x1DdW`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\n` R`@\x81 \x83Ta\x1D \x91\x86\x91\x84\x90\x87\x90\x87\x90\x81\x10a\x1C\xF7Wa\x1C\xF7aB\xF1V[_\x91\x82R` \x80\x83 \x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x16\x83R\x82\x01\x92\x90\x92R`@\x01\x90 \x90a2\xFDV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x80\x15a\x1D[Wa\x1DN\x81a\x0E\xBE\x86`\x08_\x88\x88\x81T\x81\x10a\x1C\xF7Wa\x1C\xF7aB\xF1V[a\x1DX\x90\x87aB\xDEV[\x95P[P`\x01\x01a\x1C\xBBV[PPPP\x92\x91PPV[a\x1Dva)\xD4V[`\x03T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rf9\xB60\xB9\xB42\xB9`\xC9\x1B\x91\x7F\xCD\xF1\xE7\xEA\xC5yN\xCC\x1D\x1B\xDB\xAB\xF5f\xF6#\xCB\xF8\xCBYK\xFC\xD3\"\xAF\xF6\xBE/\x9E\xE8\xE5\xB1\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x1D\xF4a(\x90V[a\x1D\xFF3\x84\x84a-\x8FV[\x90Pa\n\x0Ba)\xAAV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x91\x82\x90 \x80T\x83Q\x81\x84\x02\x81\x01\x84\x01\x90\x94R\x80\x84R``\x93\x92\x83\x01\x82\x82\x80\x15a\x1EpW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\x1ERW[PPPPP\x90P\x91\x90PV[_a\x1E\x87\x83\x83a3\xDDV[\x93\x92PPPV[a\x1E\x96a)\xD4V[`\x02T`@\x80Q`\x01`\x01``\x1B\x03\x90\x92\x16\x82R` \x82\x01\x83\x90RkminSelfStake`\xA0\x1B\x91_Q` aD`_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2a\x1E\xE3\x81a4DV[`\x02\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 a\x1F+\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x92\x91PPV[a\x1FBa)\xD4V[b\x01Q\x80`\x01`\x01`@\x1B\x03\x82\x16\x10\x80\x15\x90a\x1FjWPbv\xA7\0`\x01`\x01`@\x1B\x03\x82\x16\x11\x15[\x81\x90a\x1F\xADW`@QcB\xA7\x18W`\xE0\x1B\x81Rn\x1D[\x98\x9B\xDB\x99\x1A[\x99\xD4\x19\\\x9A[\xD9`\x8A\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\r\xFCV[P`\x03T`\x01`\x01`\xA0\x1B\x03\x16\x80\x15\x80a .WP\x81`\x01`\x01`@\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16cg;$\xF2`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a \x08W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a ,\x91\x90aC\xA5V[\x10[\x82\x90a qW`@QcB\xA7\x18W`\xE0\x1B\x81Rn\x1D[\x98\x9B\xDB\x99\x1A[\x99\xD4\x19\\\x9A[\xD9`\x8A\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\r\xFCV[P`\x02T`@\x80Q`\x01``\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x84\x16` \x83\x01Rn\x1D[\x98\x9B\xDB\x99\x1A[\x99\xD4\x19\\\x9A[\xD9`\x8A\x1B\x91_Q` aD`_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2P`\x02\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01``\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[``_B\x83\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x10a!.W`@Qc5\xEC\x1C\x8B`\xE2\x1B\x81R`\x04\x81\x01\x92\x90\x92Re\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\r\xFCV[P\x85\x90P`\x01`\x01`@\x1B\x03\x81\x11\x15a!IWa!IaC\xBCV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a!rW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x92P_[\x85\x81\x10\x15a\"bW_\x87\x87\x83\x81\x81\x10a!\x92Wa!\x92aB\xF1V[\x90P` \x02\x01` \x81\x01\x90a!\xA7\x91\x90a>>V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T\x91\x92P\x90a\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x15\x15\x80a!\xF4WP`\x01\x81\x01T`\x01`h\x1B\x90\x04`\x01`\x01`\x98\x1B\x03\x16\x15[\x15a\"\0WPPa\"ZV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\t` R`@\x81 a\"!\x90\x89a2\xFDV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x80\x87\x85\x81Q\x81\x10a\"?Wa\"?aB\xF1V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\"T\x81\x87aB\xDEV[\x95PPPP[`\x01\x01a!wV[PP\x93P\x93\x91PPV[a\"ta)\xD4V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\"\x9DW`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\r\xFCV[a\"\xA6\x81a-@V[PV[3_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16\x80\x15a\"\xDCWP`\x01\x81\x01Ta\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x15\x15[\x80\x15a\"\xFBWP`\x01\x81\x01TBa\x01\0\x90\x91\x04`\x01`\x01`@\x1B\x03\x16\x11\x15[a#\x18W`@QcP\t\xE1\xA1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a##\x823a3\xA0V[`\x02T\x90\x91P`\x01`\x01``\x1B\x03\x16\x81\x10\x80\x15\x90a#@WP_\x81\x11[`\x02T\x82\x91`\x01`\x01``\x1B\x03\x90\x91\x16\x90a#\x80W`@Qcf\x90o\xDF`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01``\x1B\x03\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x01\x82\x01\x80Th\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x19\x16\x90U`@Q3\x90\x7F\xFAP9Iz\xD9\xBA\x11\xF0\xEBR9\xB2aN\x92UA\xBB\xCC\x0C\xF3Gm\xD6\x8E\x19'\xC8m3\xFF\x90_\x90\xA2PPV[`\x03T_\x90\x81\x90`\x01`\x01`\xA0\x1B\x03\x163\x14a#\xF3W`@Qc'\xC8\x98\xFF`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a#\xFBa(\x90V[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16a$7W`@Qc]0\xBA7`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x87\x11\x80\x15a$HWPa'\x10\x87\x11\x15[\x87\x90a$}W`@QcB\xA7\x18W`\xE0\x1B\x81RhslashBips`\xB8\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\r\xFCV[P`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x08` R`@\x81 \x90\x91a$\xBB\x91`\x01`h\x1B\x90\x91\x04`\x01`\x01`\x98\x1B\x03\x16\x90a\x0E\xBE\x90a(LV[\x90P_a$\xC8\x8A\x8Aa4{V[\x90\x95P\x90P`\x01`\x01`\xA0\x1B\x03\x88\x16\x15a%cW_a%\x15\x84`\x01\x01`\r\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x98\x1B\x03\x16`\x01`\x01`\x98\x1B\x03\x16\x83gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B`\x01a5`V[\x90P_\x81\x84\x11a%%W_a%/V[a%/\x82\x85aB\xCBV[\x90Pa'\x10a%@\x8Aa'\x10a5\xA2V[a%J\x89\x84a5\xA2V[a%T\x91\x90aC\xD0V[a%^\x91\x90aC\xFBV[\x95PPP[\x83\x15a%\x9DWa%\x9D`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x89\x86a)uV[\x83\x85\x11\x15a%\xE4Wa%\xE4\x86a%\xB3\x86\x88aB\xCBV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90a)uV[PPPa%\xEFa)\xAAV[\x95P\x95\x93PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0F` \x90\x81R`@\x80\x83 T`\x0C\x90\x92R\x90\x91 \x80T``\x91\x90a&-\x90\x84\x90aB\xCBV[`\x01`\x01`@\x1B\x03\x81\x11\x15a&DWa&DaC\xBCV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a&\x94W\x81` \x01[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x80\x83\x01\x82\x90R\x92\x82\x01\x81\x90R``\x82\x01R\x82R_\x19\x90\x92\x01\x91\x01\x81a&bW\x90P[P\x91P_[\x82Q\x81\x10\x15a'\x8DW_\x82a&\xAE\x83\x87aB\xDEV[\x81T\x81\x10a&\xBEWa&\xBEaB\xF1V[_\x91\x82R` \x80\x83 `@\x80Q`\x80\x80\x82\x01\x83R\x92\x90\x94\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x86Rd\xFF\xFF\xFF\xFF\xFFd\x01\0\0\0\0\x83\x04\x81\x16\x87\x87\x01\x90\x81R`\x01`H\x1B\x84\x04\x83\x16\x88\x86\x01\x90\x81R`\x01`\x01`\x80\x1B\x03`\x01`h\x1B\x90\x95\x04\x85\x16``\x80\x8B\x01\x91\x82R\x87Q\x98\x89\x01\x88R\x8AQ\x86\x16\x8CR`\r\x8AR\x9A\x87\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x88R\x91Q\x90\x92\x16\x96\x86\x01\x96\x90\x96RQ\x16\x91\x83\x01\x91\x90\x91R\x91Q\x90\x91\x16\x92\x81\x01\x92\x90\x92R\x85Q\x90\x92P\x85\x90\x84\x90\x81\x10a'yWa'yaB\xF1V[` \x90\x81\x02\x91\x90\x91\x01\x01RP`\x01\x01a&\x99V[PP\x91P\x91V[a'\x9Ca)\xD4V[\x80a'\x10a\xFF\xFF\x82\x16\x11\x15a'\xE1W`@QcB\xA7\x18W`\xE0\x1B\x81Rl6\xB0\xBC!\xB7\xB6\xB6\xB4\xB9\xB9\xB4\xB7\xB7`\x99\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\r\xFCV[P`\x02T`@\x80Q`\x01`\xE0\x1B\x90\x92\x04a\xFF\xFF\x90\x81\x16\x83R\x83\x16` \x83\x01Rl6\xB0\xBC!\xB7\xB6\xB6\xB4\xB9\xB9\xB4\xB7\xB7`\x99\x1B\x91_Q` aD`_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x02\x80Ta\xFF\xFF\x90\x92\x16`\x01`\xE0\x1B\x02a\xFF\xFF`\xE0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80T_\x90\x80\x15a(\x88Wa(r\x83a(e`\x01\x84aB\xCBV[_\x91\x82R` \x90\x91 \x01\x90V[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x1E\x87V[_\x93\x92PPPV[a(\x98a5\xB1V[a\x15\xE7`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a5\xF1V[___a(\xD2\x86\x86a5\xF8V[\x91P\x91P\x81_\x03a(\xF6W\x83\x81\x81a(\xECWa(\xECaC\xE7V[\x04\x92PPPa\x1E\x87V[\x81\x84\x11a)\rWa)\r`\x03\x85\x15\x02`\x11\x18a6\x14V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[a)\x82\x83\x83\x83`\x01a6%V[a\x11oW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\r\xFCV[a\x15\xE7_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a(\xBFV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x15\xE7W`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\r\xFCV[\x80T_\x90`\x01`\xC0\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16B\x10\x15a*-W\x81T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16a*;V[\x81T`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16[`\x02T\x90\x91Pa\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x11\x15a\r\xA1WPP`\x02T`\x01`\xE0\x1B\x90\x04a\xFF\xFF\x16\x90V[_\x80a*w\x85\x85\x85a6\x87V[\x91P\x91P[\x93P\x93\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x06` \x90\x81R`@\x80\x83 \x81Q``\x81\x01\x83R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x93\x82\x01\x84\x90R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91R\x82\x91\x15a+\x07Wa+\x02\x84\x82` \x01Q`\x01`\x01`p\x1B\x03\x16\x83_\x01Q`\x01`\x01`p\x1B\x03\x16a(\xC5V[a+\tV[\x83[\x92Pa++\x84\x82_\x01Q`\x01`\x01`p\x1B\x03\x16a+&\x91\x90aB\xDEV[a7\xD7V[`\x01`\x01`p\x1B\x03\x90\x81\x16\x82R` \x82\x01Qa+M\x91a+&\x91\x86\x91\x16aB\xDEV[`\x01`\x01`p\x1B\x03\x90\x81\x16` \x80\x84\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x06\x90\x91R`@\x90\x81\x90 \x84Q\x81T\x93Q\x92\x86\x01Qc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x93\x86\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x95\x16\x91\x90\x95\x16\x17\x92\x90\x92\x17\x16\x91\x90\x91\x17\x90U`\x02Ta+\xDA\x90`\x01`\x01`@\x1B\x03`\x01``\x1B\x90\x91\x04\x16BaC\x86V[\x91P`\x0C_3`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\x80\x01`@R\x80`\x04_\x89`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ `\x01\x01`\t\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x85`\x01`\x01`\x80\x1B\x03\x16\x81RP\x90\x80`\x01\x81T\x01\x80\x82U\x80\x91PP`\x01\x90\x03\x90_R` _ \x01_\x90\x91\x90\x91\x90\x91P_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x04a\x01\0\n\x81T\x81d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83d\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\ta\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\ra\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPP\x92P\x92\x90PV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[__\x82\x11a-\xB0W`@Qcb\x07yw`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16a-\xECW`@Qc]0\xBA7`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x81\x01Ta\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x80\x15a.*W`@QcD~$\x19`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\r\xFCV[P\x83`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x14a.\xBCW`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x08` R`@\x81 \x90\x91a.\x81\x91`\x01`h\x1B\x90\x91\x04`\x01`\x01`\x98\x1B\x03\x16\x90a\x0E\xBE\x90a(LV[\x90P_\x81\x11\x80\x15a.\x9DWP`\x02T`\x01`\x01``\x1B\x03\x16\x81\x10\x15[a.\xBAW`@Qc\x1F\x86\x04\xBF`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\x07` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82R`\x01``\x1B\x90\x04\x90\x95\x16\x85\x83\x01R\x92\x82R`\x08\x90R\x90\x81 a/\r\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x81` \x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x14\x80\x15a/?WPgge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B\x81\x14\x15[\x15a/vWPgge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba/sB`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x08` R`@\x90 \x90\x83a*jV[PP[_\x81\x11a/\x96W`@Qc\x0E\xE0\x8D3`\xE4\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a/\xAC\x85gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B\x83a(\xC5V[\x93P_\x84\x83` \x01Q`\x01`\x01`\xA0\x1B\x03\x16a/\xC8\x91\x90aB\xDEV[\x90P\x80`\x01`\x01`p\x1B\x03\x80\x82\x11\x15a/\xFDW`@Qc\x0F\x87\xC9\xAD`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\r\xFCV[PP`\x01`\x01`\xA0\x1B\x03\x88\x81\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x93\x8B\x16\x83R\x92\x90R \x80T_\x03a0\xA1W`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x0B` R`@\x90 T`\x10\x11a0cW`@Qc\x17\xFDq\xEF`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x89\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x82 \x80T`\x01\x81\x01\x82U\x90\x83R\x91 \x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x91\x8A\x16\x91\x90\x91\x17\x90U[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x15a1\x1CW`\x01T`@Qc\t\xD26k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x8B\x81\x16`$\x83\x01R`D\x82\x01\x89\x90R\x90\x91\x16\x90c\x13\xA4l\xD6\x90`d\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a1\x05W__\xFD[PZ\xF1\x15\x80\x15a1\x17W=__>=_\xFD[PPPP[\x83Qa1;\x90a16\x90\x89\x90`\x01`\x01``\x1B\x03\x16aB\xDEV[a4DV[`\x01`\x01``\x1B\x03\x90\x81\x16\x85R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16` \x80\x88\x01\x91\x82R\x8B\x83\x16_\x90\x81R`\x07\x82R`@\x80\x82 \x8AQ\x94Q\x90\x95\x16`\x01``\x1B\x02\x93\x90\x95\x16\x92\x83\x17\x90\x93U`\t\x90R\x91\x90 a1\x94\x91B\x90a*jV[PP_\x86a1\xA1\x83a(LV[`\x01`\x01`\xD0\x1B\x03\x16a1\xB4\x91\x90aB\xDEV[\x90Pa1\xC1\x82B\x83a*jV[PP\x88`\x01`\x01`\xA0\x1B\x03\x16\x8A`\x01`\x01`\xA0\x1B\x03\x16\x03a2\x0EWa1\xE5\x81a8\nV[\x86`\x01\x01`\ra\x01\0\n\x81T\x81`\x01`\x01`\x98\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x98\x1B\x03\x16\x02\x17\x90UP[`\x01Ta20\x90a16\x90\x8A\x90`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16aB\xDEV[`\x01\x80T`\x01`\x01``\x1B\x03\x92\x90\x92\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x17\x90Ua2\x82\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x8B0\x8Ba8=V[\x84Q` \x80\x87\x01Q`@\x80Q\x8C\x81R\x92\x83\x01\x8B\x90R\x82\x01\x84\x90R`\x01`\x01``\x1B\x03\x90\x92\x16``\x82\x01R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x80\x82\x01R\x81\x8B\x16\x91\x8C\x16\x90\x7F\xBA\xCD6b.\x19A4l\x11\x91\xD09\xC1\xE7\xBD\x8Ej2\xC4w$-r\x94[\xD0[zM\xA5]\x90`\xA0\x01`@Q\x80\x91\x03\x90\xA3PPPPPP\x93\x92PPPV[\x81T_\x90\x81\x81`\x05\x81\x11\x15a3YW_a3\x16\x84a8yV[a3 \x90\x85aB\xCBV[_\x88\x81R` \x90 \x90\x91P\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x87\x16\x10\x15a3IW\x80\x91Pa3WV[a3T\x81`\x01aB\xDEV[\x92P[P[_a3f\x87\x87\x85\x85a9\xD1V[\x90P\x80\x15a3\x93Wa3}\x87a(e`\x01\x84aB\xCBV[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a3\x95V[_[\x97\x96PPPPPPPV[`\x01\x82\x01T`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x08` R`@\x81 \x90\x91a\x1E\x87\x91`\x01`h\x1B\x90\x91\x04`\x01`\x01`\x98\x1B\x03\x16\x90a\x0E\xBE\x90a(LV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x90R\x90\x81 a\x1E\x87\x90a4\x10\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16a\x0E\xBE`\x08_\x86`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ a(LV[_`\x01`\x01``\x1B\x03\x82\x11\x15a4wW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\r\xFCV[P\x90V[____a4\x89\x86\x86a:'V[\x94P\x90\x92P\x90P_\x80a4\x9C\x88\x88a<\x07V[\x90\x92P\x90Pa4\xAB\x82\x85aB\xDEV[\x95P\x85`\x01`\x14\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16a4\xD1\x91\x90aC$V[\x82T`\x01`\x01``\x1B\x03\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90UP`@\x80Q\x88\x81R` \x81\x01\x86\x90R\x90\x81\x01\x83\x90R``\x81\x01\x84\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16\x90\x7F\x08o\x0C\xE9\x9D,B\x8EiS\xD4OR\x8C=\x07\x9F\x03X;<\xD4\n\xF2h\x7FP[\"\x1A@.\x90`\xC0\x01`@Q\x80\x91\x03\x90\xA2PPPP\x92P\x92\x90PV[_a5\x8Da5m\x83a=KV[\x80\x15a5\x88WP_\x84\x80a5\x83Wa5\x83aC\xE7V[\x86\x88\t\x11[\x15\x15\x90V[a5\x98\x86\x86\x86a(\xC5V[a\x10X\x91\x90aB\xDEV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x1E\x87V[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x15\xE7W`@Qc>\xE5\xAE\xB5`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a6{W\x83\x83\x15\x16\x15a6oW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[\x82T_\x90\x81\x90\x80\x15a7}W_a6\xA3\x87a(e`\x01\x85aB\xCBV[\x80T\x90\x91Pe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x91`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x90\x88\x16\x82\x11\x15a6\xE6W`@Qc% `\x1D`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x87e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a7\x1FW\x82Te\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`0\x1B`\x01`\x01`\xD0\x1B\x03\x89\x16\x02\x17\x83Ua7oV[`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8A\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x8A\x16` \x80\x85\x01\x91\x82R\x8DT`\x01\x81\x01\x8FU_\x8F\x81R\x91\x90\x91 \x94Q\x91Q\x90\x92\x16`\x01`0\x1B\x02\x92\x16\x91\x90\x91\x17\x91\x01U[\x94P\x85\x93Pa*|\x92PPPV[PP`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x85\x16` \x80\x85\x01\x91\x82R\x88T`\x01\x81\x01\x8AU_\x8A\x81R\x91\x82 \x95Q\x92Q\x90\x93\x16`\x01`0\x1B\x02\x91\x90\x93\x16\x17\x92\x01\x91\x90\x91U\x90P\x81a*|V[_`\x01`\x01`p\x1B\x03\x82\x11\x15a4wW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`p`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\r\xFCV[_`\x01`\x01`\x98\x1B\x03\x82\x11\x15a4wW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x98`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\r\xFCV[a8K\x84\x84\x84\x84`\x01a=wV[a8sW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\r\xFCV[PPPPV[_`\x01\x82\x11a8\x86WP\x90V[\x81`\x01`\x01`\x80\x1B\x82\x10a8\x9FW`\x80\x91\x90\x91\x1C\x90`@\x1B[h\x01\0\0\0\0\0\0\0\0\x82\x10a8\xBAW`@\x91\x90\x91\x1C\x90` \x1B[d\x01\0\0\0\0\x82\x10a8\xD1W` \x91\x90\x91\x1C\x90`\x10\x1B[b\x01\0\0\x82\x10a8\xE6W`\x10\x91\x90\x91\x1C\x90`\x08\x1B[a\x01\0\x82\x10a8\xFAW`\x08\x91\x90\x91\x1C\x90`\x04\x1B[`\x10\x82\x10a9\rW`\x04\x91\x90\x91\x1C\x90`\x02\x1B[`\x04\x82\x10a9\x19W`\x01\x1B[`\x03\x02`\x01\x90\x81\x1C\x90\x81\x85\x81a91Wa91aC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9IWa9IaC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9aWa9aaC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9yWa9yaC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9\x91Wa9\x91aC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9\xA9Wa9\xA9aC\xE7V[\x04\x82\x01\x90\x1C\x90Pa9\xC8\x81\x85\x81a9\xC2Wa9\xC2aC\xE7V[\x04\x82\x11\x90V[\x90\x03\x93\x92PPPV[_[\x81\x83\x10\x15a:\x1FW_\x85\x81R` \x90 \x83\x83\x16`\x02\x85\x85\x18\x04\x01\x90\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x16\x11\x15a:\x0BW\x80\x92Pa:\x19V[a:\x16\x81`\x01aB\xDEV[\x93P[Pa9\xD3V[P\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x81\x81R`\x07` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82R`\x01``\x1B\x90\x04\x90\x95\x16\x85\x83\x01R\x92\x82R`\x08\x90R\x90\x81 \x90\x91\x82\x91\x82\x91\x90a:\xA0\x90a:\x83\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16a:\x98\x87a'\x10aB\xCBV[a'\x10a(\xC5V[\x91P_a:\xC6\x82` \x01Q`\x01`\x01`\xA0\x1B\x03\x16\x84gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba(\xC5V[\x90P_a:\xEE\x83` \x01Q`\x01`\x01`\xA0\x1B\x03\x16\x85gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B`\x01a5`V[\x90Pa;=a;\t\x84_\x01Q`\x01`\x01``\x1B\x03\x16\x83a5\xA2V[\x84Qa;\x1E\x91\x90`\x01`\x01``\x1B\x03\x16aB\xCBV[\x84Qa;8\x90`\x01`\x01``\x1B\x03\x16\x8Aa'\x10`\x01a5`V[a=\xE4V[\x95Pa;`\x86\x83\x85_\x01Q`\x01`\x01``\x1B\x03\x16a;[\x91\x90aB\xCBV[a5\xA2V[\x83Q\x90\x96Pa;y\x90\x87\x90`\x01`\x01``\x1B\x03\x16aB\xCBV[`\x01`\x01``\x1B\x03\x81\x81\x16\x85R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x89Q\x83\x8B\x01Q\x90\x95\x16`\x01``\x1B\x02\x94\x90\x95\x16\x93\x84\x17\x90\x94U`\t\x90R\x91\x90\x91 \x91\x96Pa;\xD1\x91\x90B\x90a*jV[PPa;\xFBa;\xDDB\x90V[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x08` R`@\x90 \x90\x86a*jV[PPPPP\x92P\x92P\x92V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x06` \x90\x81R`@\x80\x83 \x81Q``\x81\x01\x83R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x80\x84R`\x01`p\x1B\x83\x04\x90\x91\x16\x94\x83\x01\x94\x90\x94R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91R\x82\x91a<o\x90\x85a'\x10`\x01a5`V[\x92P\x82\x81_\x01\x81\x81Qa<\x82\x91\x90aC\x05V[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91R\x82Q\x16\x15\x90P\x80\x15a<\xAEWP` \x81\x01Q`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a<\xD8W_` \x82\x01R`@\x81\x01\x80Q`\x01\x91\x90a<\xCE\x90\x83\x90aD\x0EV[c\xFF\xFF\xFF\xFF\x16\x90RP[`\x01`\x01`\xA0\x1B\x03\x90\x94\x16_\x90\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x86Q\x81T\x92\x88\x01Q\x93\x90\x97\x01Qc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03`\x01`\x01`p\x1B\x03\x94\x85\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x94\x16\x94\x90\x98\x16\x93\x84\x17\x92\x90\x92\x17\x96\x90\x96\x16\x17\x90\x94UP\x92\x90PV[_`\x02\x82`\x03\x81\x11\x15a=`Wa=`aD*V[a=j\x91\x90aD>V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a=\xD3W\x83\x83\x15\x16\x15a=\xC7W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_\x82\x82\x18\x82\x84\x11\x02\x82\x18a\x1E\x87V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\"\xA6W__\xFD[__`@\x83\x85\x03\x12\x15a>\x18W__\xFD[\x825a>#\x81a=\xF3V[\x91P` \x83\x015a>3\x81a=\xF3V[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a>NW__\xFD[\x815a\x1E\x87\x81a=\xF3V[_` \x82\x84\x03\x12\x15a>iW__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1E\x87W__\xFD[_` \x82\x84\x03\x12\x15a>\x8CW__\xFD[P5\x91\x90PV[\x805`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\r\xA1W__\xFD[_` \x82\x84\x03\x12\x15a>\xB9W__\xFD[a\x1E\x87\x82a>\x93V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[_a\x01\0\x82\x01\x90P`\x01\x80`\xA0\x1B\x03\x83Q\x16\x82Ra\xFF\xFF` \x84\x01Q\x16` \x83\x01Ra\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R``\x83\x01Qa?A``\x84\x01\x82`\x01`\x01`@\x1B\x03\x16\x90RV[P`\x80\x83\x01Qa?U`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01Qa?p`\xA0\x84\x01\x82`\x01`\x01`@\x1B\x03\x16\x90RV[P`\xC0\x83\x01Qa?\x88`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa?\xA3`\xE0\x84\x01\x82`\x01`\x01`\x98\x1B\x03\x16\x90RV[P\x92\x91PPV[__`@\x83\x85\x03\x12\x15a?\xBBW__\xFD[\x825a?\xC6\x81a=\xF3V[\x94` \x93\x90\x93\x015\x93PPPV[__`@\x83\x85\x03\x12\x15a?\xE5W__\xFD[\x825a?\xF0\x81a=\xF3V[\x91Pa?\xFE` \x84\x01a>\x93V[\x90P\x92P\x92\x90PV[______`\xC0\x87\x89\x03\x12\x15a@\x1CW__\xFD[\x865a@'\x81a=\xF3V[\x95P` \x87\x015\x94P`@\x87\x015\x93P``\x87\x015`\xFF\x81\x16\x81\x14a@JW__\xFD[\x95\x98\x94\x97P\x92\x95`\x80\x81\x015\x94`\xA0\x90\x91\x015\x93P\x91PPV[\x805a\xFF\xFF\x81\x16\x81\x14a\r\xA1W__\xFD[___``\x84\x86\x03\x12\x15a@\x87W__\xFD[\x835a@\x92\x81a=\xF3V[\x92Pa@\xA0` \x85\x01a@dV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a@\xC1W__\xFD[a\x1E\x87\x82a@dV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aA\nW\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a@\xE3V[P\x90\x95\x94PPPPPV[___`@\x84\x86\x03\x12\x15aA'W__\xFD[\x835`\x01`\x01`@\x1B\x03\x81\x11\x15aA<W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13aALW__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15aAaW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15aAuW__\xFD[` \x91\x82\x01\x97\x90\x96P\x94\x015\x93\x92PPPV[`@\x80\x82R\x83Q\x90\x82\x01\x81\x90R_\x90` \x85\x01\x90``\x84\x01\x90\x83[\x81\x81\x10\x15aA\xC1W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aA\xA3V[PP` \x93\x90\x93\x01\x93\x90\x93RP\x92\x91PPV[_____`\xA0\x86\x88\x03\x12\x15aA\xE8W__\xFD[\x855aA\xF3\x81a=\xF3V[\x94P` \x86\x015\x93P`@\x86\x015aB\n\x81a=\xF3V[\x92P``\x86\x015\x91P`\x80\x86\x015aB!\x81a=\xF3V[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[_`@\x82\x01\x84\x83R`@` \x84\x01R\x80\x84Q\x80\x83R``\x85\x01\x91P` \x86\x01\x92P_[\x81\x81\x10\x15aB\xABW\x83Q\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x84R` \x80\x82\x01Q`\x01`\x01`@\x1B\x03\x16\x81\x86\x01R`@\x80\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x86\x01R``\x91\x82\x01Q\x91\x85\x01\x91\x90\x91R\x90\x93\x01\x92`\x80\x90\x92\x01\x91`\x01\x01aBRV[P\x90\x96\x95PPPPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[\x80\x82\x01\x80\x82\x11\x15a\n\x0BWa\n\x0BaB\xB7V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[`\x01`\x01`p\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03aC}WaC}aB\xB7V[`\x01\x01\x92\x91PPV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[_` \x82\x84\x03\x12\x15aC\xB5W__\xFD[PQ\x91\x90PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\n\x0BWa\n\x0BaB\xB7V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aD\tWaD\taC\xE7V[P\x04\x90V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80aDPWaDPaC\xE7V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV\xFE\x18\x12P\xCD\x162\xD5j\xCCt{\x05\x93\xF3{J\xA0\x8E\xD7\x1D\xF6I(\xA8\xF3Y\x88\xDA\xCE\xA9\xF8\xFD\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061034d575f3560e01c80638da5cb5b116101c9578063c8bd72a8116100fe578063f2fde38b1161009e578063fabdd64811610079578063fabdd64814610962578063fb22e65114610975578063fc0c546a14610996578063feb54c47146109bd575f5ffd5b8063f2fde38b1461093e578063f679d30514610951578063f705003114610959575f5ffd5b8063d75629cf116100d9578063d75629cf146108e4578063dc3b7c8b146108f7578063f10d1de11461090a578063f24422461461091d575f5ffd5b8063c8bd72a814610859578063ce4cb8761461086a578063d5faf17a1461087d575f5ffd5b8063a8a08cf811610169578063b134427111610144578063b13442711461080f578063b534fbb614610820578063b8fad3f714610840578063c5f530af14610848575f5ffd5b8063a8a08cf8146107d6578063aabc2496146107e9578063adc9772e146107fc575f5ffd5b8063997db02d116101a4578063997db02d146107935780639f8a13d7146107a6578063a0238b1e146107b9578063a2a9b1ae146107cc575f5ffd5b80638da5cb5b1461076357806391ddadf414610773578063996b2c2e14610789575f5ffd5b80636007aad51161029f57806373d6a8891161023f578063817b1cd21161021a578063817b1cd2146106fa5780638332d85114610712578063868966411461072557806389ca417914610738575f5ffd5b806373d6a889146106c257806376dc3f30146106d557806379e071af146106e8575f5ffd5b80636944f4a61161027a5780636944f4a61461067c5780636cf6d6751461068f578063710ba631146106a7578063715018a6146106ba575f5ffd5b80636007aad51461063d57806365e56d1e14610647578063661f479214610669575f5ffd5b8063363c6b811161030a5780634bf5d7e9116102e55780634bf5d7e9146104db57806350c246d61461050b578063593be57a1461061757806359f061f41461062a575f5ffd5b8063363c6b81146104925780633f4be2481461049a5780634966f9fb146104af575f5ffd5b80630a7292f51461035157806314bfb52714610377578063156522a8146103c25780631b6942851461042b57806321653096146104715780632e1a7d4d1461047f575b5f5ffd5b61036461035f366004613e07565b6109d0565b6040519081526020015b60405180910390f35b6103b2610385366004613e3e565b6001600160a01b03165f9081526004602052604090206001015461010090046001600160401b0316151590565b604051901515815260200161036e565b6104166103d0366004613e3e565b6001600160a01b039081165f908152600760209081526040918290208251808401909352546001600160601b038116808452600160601b90910490931691018190529091565b6040805192835260208301919091520161036e565b610459610439366004613e59565b63ffffffff165f908152600d60205260409020546001600160a01b031690565b6040516001600160a01b03909116815260200161036e565b6103646001600160701b0381565b61036461048d366004613e7c565b610a11565b610364602081565b6104ad6104a8366004613ea9565b610da6565b005b600254600160a01b90046001600160401b03165b6040516001600160401b03909116815260200161036e565b604080518082018252600e81526d06d6f64653d74696d657374616d760941b6020820152905161036e9190613ec2565b61060a610519366004613e3e565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152506001600160a01b039081165f90815260046020908152604091829020825161010080820185528254958616825261ffff600160a01b8704811694830194909452600160b01b8604909316938101939093526001600160401b03600160c01b909404841660608401526001015460ff81161515608084015290810490921660a082015263ffffffff600160481b83041660c08201526001600160981b03600160681b9092049190911660e082015290565b60405161036e9190613ef7565b610364610625366004613e3e565b610e82565b610364610638366004613faa565b610ed8565b6104c362278d0081565b600254600160e01b900461ffff165b60405161ffff909116815260200161036e565b610656610677366004613e3e565b611061565b6104ad61068a366004613fd4565b611081565b600254600160601b90046001600160401b03166104c3565b6104166106b5366004613faa565b611174565b6104ad6115d6565b6103646106d0366004614007565b6115e9565b6104ad6106e3366004614075565b6116ac565b610364676765c793fa10079d601b1b81565b600154600160a01b90046001600160601b0316610364565b6104ad610720366004613e3e565b611900565b6104ad6107333660046140b1565b61197f565b610459610746366004613e3e565b6001600160a01b039081165f908152600560205260409020541690565b5f546001600160a01b0316610459565b60405165ffffffffffff4216815260200161036e565b6104c36201518081565b6103646107a1366004613faa565b611ab3565b6103b26107b4366004613e3e565b611b24565b6103646107c7366004613e3e565b611b9c565b6104c36276a70081565b6103646107e4366004613faa565b611c62565b6104ad6107f7366004613e3e565b611d6e565b61036461080a366004613faa565b611deb565b6003546001600160a01b0316610459565b61083361082e366004613e3e565b611e09565b60405161036e91906140ca565b610364601081565b6002546001600160601b0316610364565b6001546001600160a01b0316610459565b610364610878366004613e07565b611e7c565b61041661088b366004613e3e565b6001600160a01b03165f90815260066020908152604091829020825160608101845290546001600160701b03808216808452600160701b8304909116938301849052600160e01b90910463ffffffff1691909301529091565b6104ad6108f2366004613e7c565b611e8e565b610364610905366004613e3e565b611f0b565b6104ad610918366004613ea9565b611f3a565b61093061092b366004614115565b6120ef565b60405161036e929190614188565b6104ad61094c366004613e3e565b61226c565b6104ad6122a9565b61036461271081565b6104166109703660046141d4565b6123c4565b610988610983366004613e3e565b6125f9565b60405161036e92919061422f565b6104597f000000000000000000000000000000000000000000000000000000000000000081565b6104ad6109cb3660046140b1565b612794565b6001600160a01b038083165f908152600a6020908152604080832093851683529290529081206109ff9061284c565b6001600160d01b031690505b92915050565b5f610a1a612890565b335f908152600c60209081526040808320600f909252822054815491929091610a449083906142cb565b851015610a5a57610a5585836142de565b610a5d565b82545b9050815b81811015610cdf575f848281548110610a7c57610a7c6142f1565b5f91825260209182902060408051608081018252929091015463ffffffff8082168452640100000000820464ffffffffff16948401859052600160481b82041691830191909152600160681b90046001600160801b031660608201529150421015610ae75750610cdf565b805163ffffffff9081165f908152600d60209081526040808320546001600160a01b031680845260068352818420825160608101845290546001600160701b038082168352600160701b82041694820194909452600160e01b909304851683830181905291860151909492939216148015610b6e575060208201516001600160701b031615155b15610c4c57610ba484606001516001600160801b0316835f01516001600160701b031684602001516001600160701b03166128c5565b905080825f01818151610bb79190614305565b6001600160701b03169052506060840151602083018051610bd9908390614305565b6001600160701b039081169091526001600160a01b0385165f9081526006602090815260409182902086518154928801519388015163ffffffff16600160e01b026001600160e01b03948616600160701b026001600160e01b031990941691909516179190911791909116919091179055505b878581548110610c5e57610c5e6142f1565b5f91825260209091200180546001600160e81b0319169055610c80818a6142de565b985084836001600160a01b0316336001600160a01b03167f91fb9d98b786c57d74c099ccd2beca1739e9f6a81fb49001ca465c4b7591bbe284604051610cc891815260200190565b60405180910390a450505050806001019050610a61565b828111610cff576040516330136a8160e21b815260040160405180910390fd5b335f908152600f6020526040902081905560018054869190601490610d35908490600160a01b90046001600160601b0316614324565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505f851115610d9557610d956001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163387612975565b50505050610da16129aa565b919050565b610dae6129d4565b8062278d006001600160401b0382161115610e05576040516342a7185760e01b81526e636f6d6d697373696f6e44656c617960881b60048201526001600160401b0390911660248201526044015b60405180910390fd5b5060025460408051600160a01b9092046001600160401b039081168352831660208301526e636f6d6d697373696f6e44656c617960881b915f5160206144605f395f51905f52910160405180910390a2600280546001600160401b03909216600160a01b0267ffffffffffffffff60a01b19909216919091179055565b6001600160a01b038082165f90815260076020908152604080832054600890925282209192610a0b92600160601b9092041690610ebe9061284c565b6001600160d01b0316676765c793fa10079d601b1b6128c5565b6001600160a01b0382165f908152600f6020526040812054821080610f1457506001600160a01b0383165f908152600c60205260409020548210155b15610f2057505f610a0b565b6001600160a01b0383165f908152600c60205260408120805484908110610f4957610f496142f1565b5f918252602080832060408051608081018252939091015463ffffffff808216808652640100000000830464ffffffffff1686860152600160481b83048216868501908152600160681b9093046001600160801b0316606080880191909152908752600d8552838720546001600160a01b03168752600685529583902083519687018452546001600160701b038082168852600160701b82041694870194909452600160e01b9093048316918501829052519294509116141580611018575060208101516001600160701b0316155b15611027575f92505050610a0b565b61105882606001516001600160801b0316825f01516001600160701b031683602001516001600160701b03166128c5565b95945050505050565b6001600160a01b0381165f908152600460205260408120610a0b90612a00565b6003546001600160a01b031633146110ac576040516327c898ff60e21b815260040160405180910390fd5b6001600160a01b0382165f908152600460205260409020600181015460ff166110e857604051635d30ba3760e01b815260040160405180910390fd5b60018101546001600160401b036101009091048116908316111561116f5760018101805468ffffffffffffffff0019166101006001600160401b038516908102919091179091556040519081526001600160a01b038416907f3070ea7dc648d7f0fea8e6140fbb72243f7fce077d0c7bd9856075ec037b3aa1906020015b60405180910390a25b505050565b5f5f61117e612890565b5f831161119e57604051636207797760e11b815260040160405180910390fd5b335f908152600a602090815260408083206001600160a01b038816845290915281206111c99061284c565b6001600160d01b03169050808480821015611200576040516350017a6560e11b815260048101929092526024820152604401610dfc565b5050335f908152600f6020908152604080832054600c8352922054945061122782866142cb565b1061124557604051634b1afef960e11b815260040160405180910390fd5b6001600160a01b0386165f9081526008602052604081206112659061284c565b6001600160d01b031690506112868682676765c793fa10079d601b1b6128c5565b93505f84116112a857604051636207797760e11b815260040160405180910390fd5b5f6112b387856142cb565b90506001600160a01b0388163303611378575f6112dc8284676765c793fa10079d601b1b6128c5565b90508115806112f657506002546001600160601b03168110155b60025482916001600160601b0390911690611336576040516366906fdf60e11b815260048101929092526001600160601b03166024820152604401610dfc565b5050506001600160a01b0388165f90815260046020526040902060010180546cffffffffffffffffffffffffff16600160681b6001600160981b038416021790555b6001546001600160a01b0316156113f15760015460405163b40d7e3360e01b81526001600160a01b038a81166004830152336024830152604482018a90529091169063b40d7e33906064015f604051808303815f87803b1580156113da575f5ffd5b505af11580156113ec573d5f5f3e3d5ffd5b505050505b6001600160a01b038089165f908152600760209081526040918290208251808401909352546001600160601b038116808452600160601b909104909316908201529086908290611442908390614324565b6001600160601b0316905250602081018051899190611462908390614343565b6001600160a01b039081169091528a81165f908152600760209081526040909120845191850151909216600160601b026001600160601b03909116179055506114d46114ab4290565b82516001600160a01b038c165f90815260096020526040902091906001600160601b0316612a6a565b50506115096114e04290565b335f908152600a602090815260408083206001600160a01b038f16845290915290209084612a6a565b50505f5f6115178b89612a84565b91509150888b6001600160a01b0316336001600160a01b03167f0aad1587fbc21d7e594d1d63dda6ccb208a12384e9c760e4f36c962f30c7c8c38d8c87878b8b5f01518c602001516040516115b89796959493929190968752602087019590955260408601939093526001600160401b0391909116606085015260808401526001600160601b031660a08301526001600160a01b031660c082015260e00190565b60405180910390a4505050505050506115cf6129aa565b9250929050565b6115de6129d4565b6115e75f612d40565b565b5f6115f2612890565b60405163d505accf60e01b8152336004820152306024820152604481018790526064810186905260ff8516608482015260a4810184905260c481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b15801561167b575f5ffd5b505af192505050801561168c575060015b50611698338888612d8f565b90506116a26129aa565b9695505050505050565b6116b4612890565b335f908152600460205260409020600181015460ff16156116e857604051637e99d8cf60e11b815260040160405180910390fd5b6001600160a01b0384161580159061171757506001600160a01b038481165f9081526005602052604090205416155b61173457604051635bfdedcf60e01b815260040160405180910390fd5b600254839061ffff600160e01b9091048116908216811015611777576040516357c6444360e11b815261ffff928316600482015291166024820152604401610dfc565b50506002546001600160601b0316821080159061179357505f82115b60025483916001600160601b03909116906117d3576040516366906fdf60e11b815260048101929092526001600160601b03166024820152604401610dfc565b50506001818101805460ff19169091179055600e80545f919082906117fd9063ffffffff16614362565b82546101009290920a63ffffffff81810219909316928216908102929092179092556001840180546cffffffff0000000000000000001916600160481b83021790555f908152600d602090815260408083208054336001600160a01b0319918216811790925587546001600160a01b038c166001600160b01b03199091168117600160a01b61ffff8d169081029190911761ffff60b01b1916600160b01b8202178a55818752600586529584902080549092168317909155915193845293945092917f7f4f51dc6b3efe7329cd47805a0c35108c9f18a8f187812c023091019022598a910160405180910390a36118f5333385612d8f565b50505061116f6129aa565b6119086129d4565b600154604080516001600160a01b0392831681529183166020830152687374616b65486f6f6b60b81b917fcdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1910160405180910390a2600180546001600160a01b0319166001600160a01b0392909216919091179055565b335f908152600460205260409020600181015460ff166119b257604051635d30ba3760e01b815260040160405180910390fd5b600254829061ffff600160e01b90910481169082168110156119f5576040516357c6444360e11b815261ffff928316600482015291166024820152604401610dfc565b5050611a0081612a00565b815463ffffffff60a01b1916600160a01b61ffff928316810261ffff60b01b191691909117600160b01b928516929092029190911782556002545f91611a5091046001600160401b031642614386565b82546001600160c01b0316600160c01b6001600160401b0383169081029190911784556040805161ffff87168152602081019290925291925033917f785c7ba6c854120c3c3f34d233f5372308f4bae496f6ccbd26e6de40b02e8b149101611166565b5f42828165ffffffffffff81168210611af0576040516335ec1c8b60e21b8152600481019290925265ffffffffffff166024820152604401610dfc565b50506001600160a01b0384165f908152600960205260409020611b1390846132fd565b6001600160d01b0316949350505050565b6001600160a01b0381165f908152600460205260408120600181015460ff161580611b605750600181015461010090046001600160401b031615155b15611b6d57505f92915050565b5f611b7882856133a0565b90505f81118015611b9457506002546001600160601b03168110155b949350505050565b6001600160a01b0381165f908152600b60205260408120815b8154811015611c5b576001600160a01b0384165f908152600a602052604081208354611c1891908390869086908110611bf057611bf06142f1565b5f9182526020808320909101546001600160a01b03168352820192909252604001902061284c565b6001600160d01b031690508015611c5257611c4581610ebe60085f878781548110611bf057611bf06142f1565b611c4f90856142de565b93505b50600101611bb5565b5050919050565b5f42828165ffffffffffff81168210611c9f576040516335ec1c8b60e21b8152600481019290925265ffffffffffff166024820152604401610dfc565b50506001600160a01b0384165f908152600b6020526040812084915b8154811015611d64576001600160a01b0387165f908152600a602052604081208354611d209186918490879087908110611cf757611cf76142f1565b5f9182526020808320909101546001600160a01b031683528201929092526040019020906132fd565b6001600160d01b031690508015611d5b57611d4e81610ebe8660085f888881548110611cf757611cf76142f1565b611d5890876142de565b95505b50600101611cbb565b5050505092915050565b611d766129d4565b600354604080516001600160a01b03928316815291831660208301526639b630b9b432b960c91b917fcdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1910160405180910390a2600380546001600160a01b0319166001600160a01b0392909216919091179055565b5f611df4612890565b611dff338484612d8f565b9050610a0b6129aa565b6001600160a01b0381165f908152600b6020908152604091829020805483518184028101840190945280845260609392830182828015611e7057602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611e52575b50505050509050919050565b5f611e8783836133dd565b9392505050565b611e966129d4565b600254604080516001600160601b039092168252602082018390526b6d696e53656c665374616b6560a01b915f5160206144605f395f51905f52910160405180910390a2611ee381613444565b600280546bffffffffffffffffffffffff19166001600160601b039290921691909117905550565b6001600160a01b0381165f908152600860205260408120611f2b9061284c565b6001600160d01b031692915050565b611f426129d4565b620151806001600160401b03821610801590611f6a57506276a7006001600160401b03821611155b8190611fad576040516342a7185760e01b81526e1d5b989bdb991a5b99d4195c9a5bd9608a1b60048201526001600160401b039091166024820152604401610dfc565b506003546001600160a01b031680158061202e5750816001600160401b0316816001600160a01b031663673b24f26040518163ffffffff1660e01b8152600401602060405180830381865afa158015612008573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061202c91906143a5565b105b8290612071576040516342a7185760e01b81526e1d5b989bdb991a5b99d4195c9a5bd9608a1b60048201526001600160401b039091166024820152604401610dfc565b5060025460408051600160601b9092046001600160401b039081168352841660208301526e1d5b989bdb991a5b99d4195c9a5bd9608a1b915f5160206144605f395f51905f52910160405180910390a250600280546001600160401b03909216600160601b0267ffffffffffffffff60601b19909216919091179055565b60605f42838165ffffffffffff8116821061212e576040516335ec1c8b60e21b8152600481019290925265ffffffffffff166024820152604401610dfc565b508590506001600160401b03811115612149576121496143bc565b604051908082528060200260200182016040528015612172578160200160208202803683370190505b5092505f5b85811015612262575f878783818110612192576121926142f1565b90506020020160208101906121a79190613e3e565b6001600160a01b0381165f90815260046020526040902060018101549192509061010090046001600160401b03161515806121f457506001810154600160681b90046001600160981b0316155b1561220057505061225a565b6001600160a01b0382165f90815260096020526040812061222190896132fd565b6001600160d01b031690508087858151811061223f5761223f6142f1565b602090810291909101015261225481876142de565b95505050505b600101612177565b5050935093915050565b6122746129d4565b6001600160a01b03811661229d57604051631e4fbdf760e01b81525f6004820152602401610dfc565b6122a681612d40565b50565b335f908152600460205260409020600181015460ff1680156122dc5750600181015461010090046001600160401b031615155b80156122fb57506001810154426101009091046001600160401b031611155b61231857604051635009e1a160e11b815260040160405180910390fd5b5f61232382336133a0565b6002549091506001600160601b0316811080159061234057505f81115b60025482916001600160601b0390911690612380576040516366906fdf60e11b815260048101929092526001600160601b03166024820152604401610dfc565b505060018201805468ffffffffffffffff001916905560405133907ffa5039497ad9ba11f0eb5239b2614e925541bbcc0cf3476dd68e1927c86d33ff905f90a25050565b6003545f9081906001600160a01b031633146123f3576040516327c898ff60e21b815260040160405180910390fd5b6123fb612890565b6001600160a01b0387165f908152600460205260409020600181015460ff1661243757604051635d30ba3760e01b815260040160405180910390fd5b5f8711801561244857506127108711155b879061247d576040516342a7185760e01b815268736c6173684269707360b81b60048201526024810191909152604401610dfc565b5060018101546001600160a01b0389165f90815260086020526040812090916124bb91600160681b9091046001600160981b031690610ebe9061284c565b90505f6124c88a8a61347b565b90955090506001600160a01b03881615612563575f61251584600101600d9054906101000a90046001600160981b03166001600160981b031683676765c793fa10079d601b1b6001613560565b90505f818411612525575f61252f565b61252f82856142cb565b90506127106125408a6127106135a2565b61254a89846135a2565b61255491906143d0565b61255e91906143fb565b955050505b831561259d5761259d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168986612975565b838511156125e4576125e4866125b386886142cb565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190612975565b5050506125ef6129aa565b9550959350505050565b6001600160a01b0381165f908152600f6020908152604080832054600c90925290912080546060919061262d9084906142cb565b6001600160401b03811115612644576126446143bc565b60405190808252806020026020018201604052801561269457816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816126625790505b5091505f5b825181101561278d575f826126ae83876142de565b815481106126be576126be6142f1565b5f91825260208083206040805160808082018352929094015463ffffffff808216865264ffffffffff64010000000083048116878701908152600160481b840483168886019081526001600160801b03600160681b90950485166060808b01918252875198890188528a5186168c52600d8a529a879020546001600160a01b031688529151909216968601969096525116918301919091529151909116928101929092528551909250859084908110612779576127796142f1565b602090810291909101015250600101612699565b5050915091565b61279c6129d4565b8061271061ffff821611156127e1576040516342a7185760e01b81526c36b0bc21b7b6b6b4b9b9b4b7b760991b600482015261ffff9091166024820152604401610dfc565b5060025460408051600160e01b90920461ffff9081168352831660208301526c36b0bc21b7b6b6b4b9b9b4b7b760991b915f5160206144605f395f51905f52910160405180910390a26002805461ffff909216600160e01b0261ffff60e01b19909216919091179055565b80545f90801561288857612872836128656001846142cb565b5f91825260209091200190565b54600160301b90046001600160d01b0316611e87565b5f9392505050565b6128986135b1565b6115e760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906135f1565b5f5f5f6128d286866135f8565b91509150815f036128f6578381816128ec576128ec6143e7565b0492505050611e87565b81841161290d5761290d6003851502601118613614565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6129828383836001613625565b61116f57604051635274afe760e01b81526001600160a01b0384166004820152602401610dfc565b6115e75f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006128bf565b5f546001600160a01b031633146115e75760405163118cdaa760e01b8152336004820152602401610dfc565b80545f90600160c01b90046001600160401b0316421015612a2d578154600160a01b900461ffff16612a3b565b8154600160b01b900461ffff165b60025490915061ffff600160e01b90910481169082161115610da1575050600254600160e01b900461ffff1690565b5f80612a77858585613687565b915091505b935093915050565b6001600160a01b0382165f908152600660209081526040808320815160608101835290546001600160701b038082168352600160701b820416938201849052600160e01b900463ffffffff1691810191909152829115612b0757612b028482602001516001600160701b0316835f01516001600160701b03166128c5565b612b09565b835b9250612b2b84825f01516001600160701b0316612b2691906142de565b6137d7565b6001600160701b0390811682526020820151612b4d91612b26918691166142de565b6001600160701b0390811660208084019182526001600160a01b0388165f90815260069091526040908190208451815493519286015163ffffffff16600160e01b026001600160e01b03938616600160701b026001600160e01b031990951691909516179290921716919091179055600254612bda906001600160401b03600160601b9091041642614386565b9150600c5f336001600160a01b03166001600160a01b031681526020019081526020015f20604051806080016040528060045f896001600160a01b03166001600160a01b031681526020019081526020015f2060010160099054906101000a900463ffffffff1663ffffffff1681526020018464ffffffffff168152602001836040015163ffffffff168152602001856001600160801b0316815250908060018154018082558091505060019003905f5260205f20015f909190919091505f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160096101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01600d6101000a8154816001600160801b0302191690836001600160801b031602179055505050509250929050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f8211612db057604051636207797760e11b815260040160405180910390fd5b6001600160a01b0383165f908152600460205260409020600181015460ff16612dec57604051635d30ba3760e01b815260040160405180910390fd5b600181015461010090046001600160401b03168015612e2a5760405163447e241960e11b81526001600160401b039091166004820152602401610dfc565b50836001600160a01b0316856001600160a01b031614612ebc5760018101546001600160a01b0385165f9081526008602052604081209091612e8191600160681b9091046001600160981b031690610ebe9061284c565b90505f81118015612e9d57506002546001600160601b03168110155b612eba57604051631f8604bf60e31b815260040160405180910390fd5b505b6001600160a01b038085165f8181526007602090815260408083208151808301835290546001600160601b0381168252600160601b90049095168583015292825260089052908120612f0d9061284c565b6001600160d01b0316905081602001516001600160a01b03165f148015612f3f5750676765c793fa10079d601b1b8114155b15612f765750676765c793fa10079d601b1b612f73426001600160a01b0388165f9081526008602052604090209083612a6a565b50505b5f8111612f9657604051630ee08d3360e41b815260040160405180910390fd5b612fac85676765c793fa10079d601b1b836128c5565b93505f8483602001516001600160a01b0316612fc891906142de565b9050806001600160701b0380821115612ffd57604051630f87c9ad60e01b815260048101929092526024820152604401610dfc565b50506001600160a01b038881165f908152600a60209081526040808320938b1683529290522080545f036130a1576001600160a01b0389165f908152600b6020526040902054601011613063576040516317fd71ef60e01b815260040160405180910390fd5b6001600160a01b038981165f908152600b602090815260408220805460018101825590835291200180546001600160a01b031916918a169190911790555b6001546001600160a01b03161561311c576001546040516309d2366b60e11b81526001600160a01b038a811660048301528b8116602483015260448201899052909116906313a46cd6906064015f604051808303815f87803b158015613105575f5ffd5b505af1158015613117573d5f5f3e3d5ffd5b505050505b835161313b906131369089906001600160601b03166142de565b613444565b6001600160601b0390811685526001600160a01b0383811660208088019182528b83165f9081526007825260408082208a519451909516600160601b029390951692831790935560099052919020613194914290612a6a565b50505f866131a18361284c565b6001600160d01b03166131b491906142de565b90506131c1824283612a6a565b5050886001600160a01b03168a6001600160a01b03160361320e576131e58161380a565b86600101600d6101000a8154816001600160981b0302191690836001600160981b031602179055505b60015461323090613136908a90600160a01b90046001600160601b03166142de565b600180546001600160601b0392909216600160a01b026001600160a01b03928316179055613282907f0000000000000000000000000000000000000000000000000000000000000000168b308b61383d565b8451602080870151604080518c81529283018b905282018490526001600160601b0390921660608201526001600160a01b039182166080820152818b16918c16907fbacd36622e1941346c1191d039c1e7bd8e6a32c477242d72945bd05b7a4da55d9060a00160405180910390a35050505050509392505050565b81545f9081816005811115613359575f61331684613879565b61332090856142cb565b5f8881526020902090915081015465ffffffffffff908116908716101561334957809150613357565b6133548160016142de565b92505b505b5f613366878785856139d1565b905080156133935761337d876128656001846142cb565b54600160301b90046001600160d01b0316613395565b5f5b979650505050505050565b60018201546001600160a01b0382165f9081526008602052604081209091611e8791600160681b9091046001600160981b031690610ebe9061284c565b6001600160a01b038083165f908152600a602090815260408083209385168352929052908120611e87906134109061284c565b6001600160d01b0316610ebe60085f866001600160a01b03166001600160a01b031681526020019081526020015f2061284c565b5f6001600160601b03821115613477576040516306dfcc6560e41b81526060600482015260248101839052604401610dfc565b5090565b5f5f5f5f6134898686613a27565b945090925090505f8061349c8888613c07565b90925090506134ab82856142de565b955085600160148282829054906101000a90046001600160601b03166134d19190614324565b82546001600160601b039182166101009390930a9283029190920219909116179055506040805188815260208101869052908101839052606081018490526080810182905260a081018690526001600160a01b038916907f086f0ce99d2c428e6953d44f528c3d079f03583b3cd40af2687f505b221a402e9060c00160405180910390a2505050509250929050565b5f61358d61356d83613d4b565b801561358857505f8480613583576135836143e7565b868809115b151590565b6135988686866128c5565b61105891906142de565b5f828218828410028218611e87565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156115e757604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661367b57838315161561366f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b82545f908190801561377d575f6136a3876128656001856142cb565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156136e657604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361371f57825465ffffffffffff16600160301b6001600160d01b0389160217835561376f565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612a7c92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612a7c565b5f6001600160701b03821115613477576040516306dfcc6560e41b81526070600482015260248101839052604401610dfc565b5f6001600160981b03821115613477576040516306dfcc6560e41b81526098600482015260248101839052604401610dfc565b61384b848484846001613d77565b61387357604051635274afe760e01b81526001600160a01b0385166004820152602401610dfc565b50505050565b5f60018211613886575090565b816001600160801b821061389f5760809190911c9060401b5b6801000000000000000082106138ba5760409190911c9060201b5b64010000000082106138d15760209190911c9060101b5b6201000082106138e65760109190911c9060081b5b61010082106138fa5760089190911c9060041b5b6010821061390d5760049190911c9060021b5b600482106139195760011b5b600302600190811c90818581613931576139316143e7565b048201901c90506001818581613949576139496143e7565b048201901c90506001818581613961576139616143e7565b048201901c90506001818581613979576139796143e7565b048201901c90506001818581613991576139916143e7565b048201901c905060018185816139a9576139a96143e7565b048201901c90506139c88185816139c2576139c26143e7565b04821190565b90039392505050565b5f5b81831015613a1f575f85815260209020838316600285851804019081015465ffffffffffff86811691161115613a0b57809250613a19565b613a168160016142de565b93505b506139d3565b509392505050565b6001600160a01b038083165f8181526007602090815260408083208151808301835290546001600160601b0381168252600160601b9004909516858301529282526008905290812090918291829190613aa090613a839061284c565b6001600160d01b0316613a98876127106142cb565b6127106128c5565b91505f613ac682602001516001600160a01b031684676765c793fa10079d601b1b6128c5565b90505f613aee83602001516001600160a01b031685676765c793fa10079d601b1b6001613560565b9050613b3d613b09845f01516001600160601b0316836135a2565b8451613b1e91906001600160601b03166142cb565b8451613b38906001600160601b03168a6127106001613560565b613de4565b9550613b608683855f01516001600160601b0316613b5b91906142cb565b6135a2565b8351909650613b799087906001600160601b03166142cb565b6001600160601b0381811685526001600160a01b038a81165f9081526007602090815260408083208951838b0151909516600160601b02949095169384179094556009905291909120919650613bd191904290612a6a565b5050613bfb613bdd4290565b6001600160a01b038a165f9081526008602052604090209086612a6a565b50505050509250925092565b6001600160a01b0382165f908152600660209081526040808320815160608101835290546001600160701b03808216808452600160701b830490911694830194909452600160e01b900463ffffffff16918101919091528291613c6f90856127106001613560565b925082815f01818151613c829190614305565b6001600160701b039081169091528251161590508015613cae575060208101516001600160701b031615155b15613cd8575f602082015260408101805160019190613cce90839061440e565b63ffffffff169052505b6001600160a01b039094165f908152600660209081526040918290208651815492880151939097015163ffffffff16600160e01b026001600160e01b036001600160701b03948516600160701b026001600160e01b03199094169490981693841792909217969096161790945550929050565b5f6002826003811115613d6057613d6061442a565b613d6a919061443e565b60ff166001149050919050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316613dd3578383151615613dc7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f828218828411028218611e87565b6001600160a01b03811681146122a6575f5ffd5b5f5f60408385031215613e18575f5ffd5b8235613e2381613df3565b91506020830135613e3381613df3565b809150509250929050565b5f60208284031215613e4e575f5ffd5b8135611e8781613df3565b5f60208284031215613e69575f5ffd5b813563ffffffff81168114611e87575f5ffd5b5f60208284031215613e8c575f5ffd5b5035919050565b80356001600160401b0381168114610da1575f5ffd5b5f60208284031215613eb9575f5ffd5b611e8782613e93565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f6101008201905060018060a01b03835116825261ffff602084015116602083015261ffff60408401511660408301526060830151613f4160608401826001600160401b03169052565b506080830151613f55608084018215159052565b5060a0830151613f7060a08401826001600160401b03169052565b5060c0830151613f8860c084018263ffffffff169052565b5060e0830151613fa360e08401826001600160981b03169052565b5092915050565b5f5f60408385031215613fbb575f5ffd5b8235613fc681613df3565b946020939093013593505050565b5f5f60408385031215613fe5575f5ffd5b8235613ff081613df3565b9150613ffe60208401613e93565b90509250929050565b5f5f5f5f5f5f60c0878903121561401c575f5ffd5b863561402781613df3565b95506020870135945060408701359350606087013560ff8116811461404a575f5ffd5b9598949750929560808101359460a0909101359350915050565b803561ffff81168114610da1575f5ffd5b5f5f5f60608486031215614087575f5ffd5b833561409281613df3565b92506140a060208501614064565b929592945050506040919091013590565b5f602082840312156140c1575f5ffd5b611e8782614064565b602080825282518282018190525f918401906040840190835b8181101561410a5783516001600160a01b03168352602093840193909201916001016140e3565b509095945050505050565b5f5f5f60408486031215614127575f5ffd5b83356001600160401b0381111561413c575f5ffd5b8401601f8101861361414c575f5ffd5b80356001600160401b03811115614161575f5ffd5b8660208260051b8401011115614175575f5ffd5b6020918201979096509401359392505050565b604080825283519082018190525f9060208501906060840190835b818110156141c15783518352602093840193909201916001016141a3565b5050602093909301939093525092915050565b5f5f5f5f5f60a086880312156141e8575f5ffd5b85356141f381613df3565b945060208601359350604086013561420a81613df3565b925060608601359150608086013561422181613df3565b809150509295509295909350565b5f60408201848352604060208401528084518083526060850191506020860192505f5b818110156142ab57835180516001600160a01b031684526020808201516001600160401b03168186015260408083015163ffffffff16908601526060918201519185019190915290930192608090920191600101614252565b50909695505050505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610a0b57610a0b6142b7565b80820180821115610a0b57610a0b6142b7565b634e487b7160e01b5f52603260045260245ffd5b6001600160701b038281168282160390811115610a0b57610a0b6142b7565b6001600160601b038281168282160390811115610a0b57610a0b6142b7565b6001600160a01b038281168282160390811115610a0b57610a0b6142b7565b5f63ffffffff821663ffffffff810361437d5761437d6142b7565b60010192915050565b6001600160401b038181168382160190811115610a0b57610a0b6142b7565b5f602082840312156143b5575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b8082028115828204841417610a0b57610a0b6142b7565b634e487b7160e01b5f52601260045260245ffd5b5f82614409576144096143e7565b500490565b63ffffffff8181168382160190811115610a0b57610a0b6142b7565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680614450576144506143e7565b8060ff8416069150509291505056fe181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fda164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x03MW_5`\xE0\x1C\x80c\x8D\xA5\xCB[\x11a\x01\xC9W\x80c\xC8\xBDr\xA8\x11a\0\xFEW\x80c\xF2\xFD\xE3\x8B\x11a\0\x9EW\x80c\xFA\xBD\xD6H\x11a\0yW\x80c\xFA\xBD\xD6H\x14a\tbW\x80c\xFB\"\xE6Q\x14a\tuW\x80c\xFC\x0CTj\x14a\t\x96W\x80c\xFE\xB5LG\x14a\t\xBDW__\xFD[\x80c\xF2\xFD\xE3\x8B\x14a\t>W\x80c\xF6y\xD3\x05\x14a\tQW\x80c\xF7\x05\x001\x14a\tYW__\xFD[\x80c\xD7V)\xCF\x11a\0\xD9W\x80c\xD7V)\xCF\x14a\x08\xE4W\x80c\xDC;|\x8B\x14a\x08\xF7W\x80c\xF1\r\x1D\xE1\x14a\t\nW\x80c\xF2D\"F\x14a\t\x1DW__\xFD[\x80c\xC8\xBDr\xA8\x14a\x08YW\x80c\xCEL\xB8v\x14a\x08jW\x80c\xD5\xFA\xF1z\x14a\x08}W__\xFD[\x80c\xA8\xA0\x8C\xF8\x11a\x01iW\x80c\xB14Bq\x11a\x01DW\x80c\xB14Bq\x14a\x08\x0FW\x80c\xB54\xFB\xB6\x14a\x08 W\x80c\xB8\xFA\xD3\xF7\x14a\x08@W\x80c\xC5\xF50\xAF\x14a\x08HW__\xFD[\x80c\xA8\xA0\x8C\xF8\x14a\x07\xD6W\x80c\xAA\xBC$\x96\x14a\x07\xE9W\x80c\xAD\xC9w.\x14a\x07\xFCW__\xFD[\x80c\x99}\xB0-\x11a\x01\xA4W\x80c\x99}\xB0-\x14a\x07\x93W\x80c\x9F\x8A\x13\xD7\x14a\x07\xA6W\x80c\xA0#\x8B\x1E\x14a\x07\xB9W\x80c\xA2\xA9\xB1\xAE\x14a\x07\xCCW__\xFD[\x80c\x8D\xA5\xCB[\x14a\x07cW\x80c\x91\xDD\xAD\xF4\x14a\x07sW\x80c\x99k,.\x14a\x07\x89W__\xFD[\x80c`\x07\xAA\xD5\x11a\x02\x9FW\x80cs\xD6\xA8\x89\x11a\x02?W\x80c\x81{\x1C\xD2\x11a\x02\x1AW\x80c\x81{\x1C\xD2\x14a\x06\xFAW\x80c\x832\xD8Q\x14a\x07\x12W\x80c\x86\x89fA\x14a\x07%W\x80c\x89\xCAAy\x14a\x078W__\xFD[\x80cs\xD6\xA8\x89\x14a\x06\xC2W\x80cv\xDC?0\x14a\x06\xD5W\x80cy\xE0q\xAF\x14a\x06\xE8W__\xFD[\x80ciD\xF4\xA6\x11a\x02zW\x80ciD\xF4\xA6\x14a\x06|W\x80cl\xF6\xD6u\x14a\x06\x8FW\x80cq\x0B\xA61\x14a\x06\xA7W\x80cqP\x18\xA6\x14a\x06\xBAW__\xFD[\x80c`\x07\xAA\xD5\x14a\x06=W\x80ce\xE5m\x1E\x14a\x06GW\x80cf\x1FG\x92\x14a\x06iW__\xFD[\x80c6<k\x81\x11a\x03\nW\x80cK\xF5\xD7\xE9\x11a\x02\xE5W\x80cK\xF5\xD7\xE9\x14a\x04\xDBW\x80cP\xC2F\xD6\x14a\x05\x0BW\x80cY;\xE5z\x14a\x06\x17W\x80cY\xF0a\xF4\x14a\x06*W__\xFD[\x80c6<k\x81\x14a\x04\x92W\x80c?K\xE2H\x14a\x04\x9AW\x80cIf\xF9\xFB\x14a\x04\xAFW__\xFD[\x80c\nr\x92\xF5\x14a\x03QW\x80c\x14\xBF\xB5'\x14a\x03wW\x80c\x15e\"\xA8\x14a\x03\xC2W\x80c\x1BiB\x85\x14a\x04+W\x80c!e0\x96\x14a\x04qW\x80c.\x1A}M\x14a\x04\x7FW[__\xFD[a\x03da\x03_6`\x04a>\x07V[a\t\xD0V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x03\xB2a\x03\x856`\x04a>>V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x04` R`@\x90 `\x01\x01Ta\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x15\x15\x90V[`@Q\x90\x15\x15\x81R` \x01a\x03nV[a\x04\x16a\x03\xD06`\x04a>>V[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01``\x1B\x03\x81\x16\x80\x84R`\x01``\x1B\x90\x91\x04\x90\x93\x16\x91\x01\x81\x90R\x90\x91V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x03nV[a\x04Ya\x0496`\x04a>YV[c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\r` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03nV[a\x03d`\x01`\x01`p\x1B\x03\x81V[a\x03da\x04\x8D6`\x04a>|V[a\n\x11V[a\x03d` \x81V[a\x04\xADa\x04\xA86`\x04a>\xA9V[a\r\xA6V[\0[`\x02T`\x01`\xA0\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16[`@Q`\x01`\x01`@\x1B\x03\x90\x91\x16\x81R` \x01a\x03nV[`@\x80Q\x80\x82\x01\x82R`\x0E\x81Rm\x06\xD6\xF6FS\xD7F\x96\xD6W7F\x16\xD7`\x94\x1B` \x82\x01R\x90Qa\x03n\x91\x90a>\xC2V[a\x06\na\x05\x196`\x04a>>V[`@\x80Qa\x01\0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x91\x90\x91RP`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Qa\x01\0\x80\x82\x01\x85R\x82T\x95\x86\x16\x82Ra\xFF\xFF`\x01`\xA0\x1B\x87\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xB0\x1B\x86\x04\x90\x93\x16\x93\x81\x01\x93\x90\x93R`\x01`\x01`@\x1B\x03`\x01`\xC0\x1B\x90\x94\x04\x84\x16``\x84\x01R`\x01\x01T`\xFF\x81\x16\x15\x15`\x80\x84\x01R\x90\x81\x04\x90\x92\x16`\xA0\x82\x01Rc\xFF\xFF\xFF\xFF`\x01`H\x1B\x83\x04\x16`\xC0\x82\x01R`\x01`\x01`\x98\x1B\x03`\x01`h\x1B\x90\x92\x04\x91\x90\x91\x16`\xE0\x82\x01R\x90V[`@Qa\x03n\x91\x90a>\xF7V[a\x03da\x06%6`\x04a>>V[a\x0E\x82V[a\x03da\x0686`\x04a?\xAAV[a\x0E\xD8V[a\x04\xC3b'\x8D\0\x81V[`\x02T`\x01`\xE0\x1B\x90\x04a\xFF\xFF\x16[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x03nV[a\x06Va\x06w6`\x04a>>V[a\x10aV[a\x04\xADa\x06\x8A6`\x04a?\xD4V[a\x10\x81V[`\x02T`\x01``\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16a\x04\xC3V[a\x04\x16a\x06\xB56`\x04a?\xAAV[a\x11tV[a\x04\xADa\x15\xD6V[a\x03da\x06\xD06`\x04a@\x07V[a\x15\xE9V[a\x04\xADa\x06\xE36`\x04a@uV[a\x16\xACV[a\x03dgge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B\x81V[`\x01T`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16a\x03dV[a\x04\xADa\x07 6`\x04a>>V[a\x19\0V[a\x04\xADa\x0736`\x04a@\xB1V[a\x19\x7FV[a\x04Ya\x07F6`\x04a>>V[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R`\x05` R`@\x90 T\x16\x90V[_T`\x01`\x01`\xA0\x1B\x03\x16a\x04YV[`@Qe\xFF\xFF\xFF\xFF\xFF\xFFB\x16\x81R` \x01a\x03nV[a\x04\xC3b\x01Q\x80\x81V[a\x03da\x07\xA16`\x04a?\xAAV[a\x1A\xB3V[a\x03\xB2a\x07\xB46`\x04a>>V[a\x1B$V[a\x03da\x07\xC76`\x04a>>V[a\x1B\x9CV[a\x04\xC3bv\xA7\0\x81V[a\x03da\x07\xE46`\x04a?\xAAV[a\x1CbV[a\x04\xADa\x07\xF76`\x04a>>V[a\x1DnV[a\x03da\x08\n6`\x04a?\xAAV[a\x1D\xEBV[`\x03T`\x01`\x01`\xA0\x1B\x03\x16a\x04YV[a\x083a\x08.6`\x04a>>V[a\x1E\tV[`@Qa\x03n\x91\x90a@\xCAV[a\x03d`\x10\x81V[`\x02T`\x01`\x01``\x1B\x03\x16a\x03dV[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x04YV[a\x03da\x08x6`\x04a>\x07V[a\x1E|V[a\x04\x16a\x08\x8B6`\x04a>>V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x82Q``\x81\x01\x84R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x80\x84R`\x01`p\x1B\x83\x04\x90\x91\x16\x93\x83\x01\x84\x90R`\x01`\xE0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x91\x90\x93\x01R\x90\x91V[a\x04\xADa\x08\xF26`\x04a>|V[a\x1E\x8EV[a\x03da\t\x056`\x04a>>V[a\x1F\x0BV[a\x04\xADa\t\x186`\x04a>\xA9V[a\x1F:V[a\t0a\t+6`\x04aA\x15V[a \xEFV[`@Qa\x03n\x92\x91\x90aA\x88V[a\x04\xADa\tL6`\x04a>>V[a\"lV[a\x04\xADa\"\xA9V[a\x03da'\x10\x81V[a\x04\x16a\tp6`\x04aA\xD4V[a#\xC4V[a\t\x88a\t\x836`\x04a>>V[a%\xF9V[`@Qa\x03n\x92\x91\x90aB/V[a\x04Y\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x04\xADa\t\xCB6`\x04a@\xB1V[a'\x94V[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x90R\x90\x81 a\t\xFF\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90P[\x92\x91PPV[_a\n\x1Aa(\x90V[3_\x90\x81R`\x0C` \x90\x81R`@\x80\x83 `\x0F\x90\x92R\x82 T\x81T\x91\x92\x90\x91a\nD\x90\x83\x90aB\xCBV[\x85\x10\x15a\nZWa\nU\x85\x83aB\xDEV[a\n]V[\x82T[\x90P\x81[\x81\x81\x10\x15a\x0C\xDFW_\x84\x82\x81T\x81\x10a\n|Wa\n|aB\xF1V[_\x91\x82R` \x91\x82\x90 `@\x80Q`\x80\x81\x01\x82R\x92\x90\x91\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x84Rd\x01\0\0\0\0\x82\x04d\xFF\xFF\xFF\xFF\xFF\x16\x94\x84\x01\x85\x90R`\x01`H\x1B\x82\x04\x16\x91\x83\x01\x91\x90\x91R`\x01`h\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16``\x82\x01R\x91PB\x10\x15a\n\xE7WPa\x0C\xDFV[\x80Qc\xFF\xFF\xFF\xFF\x90\x81\x16_\x90\x81R`\r` \x90\x81R`@\x80\x83 T`\x01`\x01`\xA0\x1B\x03\x16\x80\x84R`\x06\x83R\x81\x84 \x82Q``\x81\x01\x84R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x94\x82\x01\x94\x90\x94R`\x01`\xE0\x1B\x90\x93\x04\x85\x16\x83\x83\x01\x81\x90R\x91\x86\x01Q\x90\x94\x92\x93\x92\x16\x14\x80\x15a\x0BnWP` \x82\x01Q`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a\x0CLWa\x0B\xA4\x84``\x01Q`\x01`\x01`\x80\x1B\x03\x16\x83_\x01Q`\x01`\x01`p\x1B\x03\x16\x84` \x01Q`\x01`\x01`p\x1B\x03\x16a(\xC5V[\x90P\x80\x82_\x01\x81\x81Qa\x0B\xB7\x91\x90aC\x05V[`\x01`\x01`p\x1B\x03\x16\x90RP``\x84\x01Q` \x83\x01\x80Qa\x0B\xD9\x90\x83\x90aC\x05V[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91R`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x86Q\x81T\x92\x88\x01Q\x93\x88\x01Qc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x94\x86\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x94\x16\x91\x90\x95\x16\x17\x91\x90\x91\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90UP[\x87\x85\x81T\x81\x10a\x0C^Wa\x0C^aB\xF1V[_\x91\x82R` \x90\x91 \x01\x80T`\x01`\x01`\xE8\x1B\x03\x19\x16\x90Ua\x0C\x80\x81\x8AaB\xDEV[\x98P\x84\x83`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x7F\x91\xFB\x9D\x98\xB7\x86\xC5}t\xC0\x99\xCC\xD2\xBE\xCA\x179\xE9\xF6\xA8\x1F\xB4\x90\x01\xCAF\\Ku\x91\xBB\xE2\x84`@Qa\x0C\xC8\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4PPPP\x80`\x01\x01\x90Pa\naV[\x82\x81\x11a\x0C\xFFW`@Qc0\x13j\x81`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x0F` R`@\x90 \x81\x90U`\x01\x80T\x86\x91\x90`\x14\x90a\r5\x90\x84\x90`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16aC$V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP_\x85\x11\x15a\r\x95Wa\r\x95`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x87a)uV[PPPPa\r\xA1a)\xAAV[\x91\x90PV[a\r\xAEa)\xD4V[\x80b'\x8D\0`\x01`\x01`@\x1B\x03\x82\x16\x11\x15a\x0E\x05W`@QcB\xA7\x18W`\xE0\x1B\x81RncommissionDelay`\x88\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[P`\x02T`@\x80Q`\x01`\xA0\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x83\x16` \x83\x01RncommissionDelay`\x88\x1B\x91_Q` aD`_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x02\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01`\xA0\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x01`\x01`\xA0\x1B\x03\x80\x82\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 T`\x08\x90\x92R\x82 \x91\x92a\n\x0B\x92`\x01``\x1B\x90\x92\x04\x16\x90a\x0E\xBE\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba(\xC5V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x0F` R`@\x81 T\x82\x10\x80a\x0F\x14WP`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x0C` R`@\x90 T\x82\x10\x15[\x15a\x0F WP_a\n\x0BV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x0C` R`@\x81 \x80T\x84\x90\x81\x10a\x0FIWa\x0FIaB\xF1V[_\x91\x82R` \x80\x83 `@\x80Q`\x80\x81\x01\x82R\x93\x90\x91\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x86Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x86\x86\x01R`\x01`H\x1B\x83\x04\x82\x16\x86\x85\x01\x90\x81R`\x01`h\x1B\x90\x93\x04`\x01`\x01`\x80\x1B\x03\x16``\x80\x88\x01\x91\x90\x91R\x90\x87R`\r\x85R\x83\x87 T`\x01`\x01`\xA0\x1B\x03\x16\x87R`\x06\x85R\x95\x83\x90 \x83Q\x96\x87\x01\x84RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x88R`\x01`p\x1B\x82\x04\x16\x94\x87\x01\x94\x90\x94R`\x01`\xE0\x1B\x90\x93\x04\x83\x16\x91\x85\x01\x82\x90RQ\x92\x94P\x91\x16\x14\x15\x80a\x10\x18WP` \x81\x01Q`\x01`\x01`p\x1B\x03\x16\x15[\x15a\x10'W_\x92PPPa\n\x0BV[a\x10X\x82``\x01Q`\x01`\x01`\x80\x1B\x03\x16\x82_\x01Q`\x01`\x01`p\x1B\x03\x16\x83` \x01Q`\x01`\x01`p\x1B\x03\x16a(\xC5V[\x95\x94PPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x81 a\n\x0B\x90a*\0V[`\x03T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x10\xACW`@Qc'\xC8\x98\xFF`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16a\x10\xE8W`@Qc]0\xBA7`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x81\x01T`\x01`\x01`@\x1B\x03a\x01\0\x90\x91\x04\x81\x16\x90\x83\x16\x11\x15a\x11oW`\x01\x81\x01\x80Th\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x19\x16a\x01\0`\x01`\x01`@\x1B\x03\x85\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x7F0p\xEA}\xC6H\xD7\xF0\xFE\xA8\xE6\x14\x0F\xBBr$?\x7F\xCE\x07}\x0C{\xD9\x85`u\xEC\x03{:\xA1\x90` \x01[`@Q\x80\x91\x03\x90\xA2[PPPV[__a\x11~a(\x90V[_\x83\x11a\x11\x9EW`@Qcb\x07yw`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x81 a\x11\xC9\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x80\x84\x80\x82\x10\x15a\x12\0W`@QcP\x01ze`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\r\xFCV[PP3_\x90\x81R`\x0F` \x90\x81R`@\x80\x83 T`\x0C\x83R\x92 T\x94Pa\x12'\x82\x86aB\xCBV[\x10a\x12EW`@QcK\x1A\xFE\xF9`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\x08` R`@\x81 a\x12e\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90Pa\x12\x86\x86\x82gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba(\xC5V[\x93P_\x84\x11a\x12\xA8W`@Qcb\x07yw`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12\xB3\x87\x85aB\xCBV[\x90P`\x01`\x01`\xA0\x1B\x03\x88\x163\x03a\x13xW_a\x12\xDC\x82\x84gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba(\xC5V[\x90P\x81\x15\x80a\x12\xF6WP`\x02T`\x01`\x01``\x1B\x03\x16\x81\x10\x15[`\x02T\x82\x91`\x01`\x01``\x1B\x03\x90\x91\x16\x90a\x136W`@Qcf\x90o\xDF`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01``\x1B\x03\x16`$\x82\x01R`D\x01a\r\xFCV[PPP`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x04` R`@\x90 `\x01\x01\x80Tl\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`h\x1B`\x01`\x01`\x98\x1B\x03\x84\x16\x02\x17\x90U[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x15a\x13\xF1W`\x01T`@Qc\xB4\r~3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R3`$\x83\x01R`D\x82\x01\x8A\x90R\x90\x91\x16\x90c\xB4\r~3\x90`d\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x13\xDAW__\xFD[PZ\xF1\x15\x80\x15a\x13\xECW=__>=_\xFD[PPPP[`\x01`\x01`\xA0\x1B\x03\x80\x89\x16_\x90\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01``\x1B\x03\x81\x16\x80\x84R`\x01``\x1B\x90\x91\x04\x90\x93\x16\x90\x82\x01R\x90\x86\x90\x82\x90a\x14B\x90\x83\x90aC$V[`\x01`\x01``\x1B\x03\x16\x90RP` \x81\x01\x80Q\x89\x91\x90a\x14b\x90\x83\x90aCCV[`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90\x91R\x8A\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x90\x91 \x84Q\x91\x85\x01Q\x90\x92\x16`\x01``\x1B\x02`\x01`\x01``\x1B\x03\x90\x91\x16\x17\x90UPa\x14\xD4a\x14\xABB\x90V[\x82Q`\x01`\x01`\xA0\x1B\x03\x8C\x16_\x90\x81R`\t` R`@\x90 \x91\x90`\x01`\x01``\x1B\x03\x16a*jV[PPa\x15\ta\x14\xE0B\x90V[3_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8F\x16\x84R\x90\x91R\x90 \x90\x84a*jV[PP__a\x15\x17\x8B\x89a*\x84V[\x91P\x91P\x88\x8B`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x7F\n\xAD\x15\x87\xFB\xC2\x1D~YM\x1Dc\xDD\xA6\xCC\xB2\x08\xA1#\x84\xE9\xC7`\xE4\xF3l\x96/0\xC7\xC8\xC3\x8D\x8C\x87\x87\x8B\x8B_\x01Q\x8C` \x01Q`@Qa\x15\xB8\x97\x96\x95\x94\x93\x92\x91\x90\x96\x87R` \x87\x01\x95\x90\x95R`@\x86\x01\x93\x90\x93R`\x01`\x01`@\x1B\x03\x91\x90\x91\x16``\x85\x01R`\x80\x84\x01R`\x01`\x01``\x1B\x03\x16`\xA0\x83\x01R`\x01`\x01`\xA0\x1B\x03\x16`\xC0\x82\x01R`\xE0\x01\x90V[`@Q\x80\x91\x03\x90\xA4PPPPPPPa\x15\xCFa)\xAAV[\x92P\x92\x90PV[a\x15\xDEa)\xD4V[a\x15\xE7_a-@V[V[_a\x15\xF2a(\x90V[`@Qc\xD5\x05\xAC\xCF`\xE0\x1B\x81R3`\x04\x82\x01R0`$\x82\x01R`D\x81\x01\x87\x90R`d\x81\x01\x86\x90R`\xFF\x85\x16`\x84\x82\x01R`\xA4\x81\x01\x84\x90R`\xC4\x81\x01\x83\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xD5\x05\xAC\xCF\x90`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x16{W__\xFD[PZ\xF1\x92PPP\x80\x15a\x16\x8CWP`\x01[Pa\x16\x983\x88\x88a-\x8FV[\x90Pa\x16\xA2a)\xAAV[\x96\x95PPPPPPV[a\x16\xB4a(\x90V[3_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16\x15a\x16\xE8W`@Qc~\x99\xD8\xCF`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80\x15\x90a\x17\x17WP`\x01`\x01`\xA0\x1B\x03\x84\x81\x16_\x90\x81R`\x05` R`@\x90 T\x16\x15[a\x174W`@Qc[\xFD\xED\xCF`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02T\x83\x90a\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x81\x10\x15a\x17wW`@QcW\xC6DC`\xE1\x1B\x81Ra\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x02T`\x01`\x01``\x1B\x03\x16\x82\x10\x80\x15\x90a\x17\x93WP_\x82\x11[`\x02T\x83\x91`\x01`\x01``\x1B\x03\x90\x91\x16\x90a\x17\xD3W`@Qcf\x90o\xDF`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01``\x1B\x03\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x01\x81\x81\x01\x80T`\xFF\x19\x16\x90\x91\x17\x90U`\x0E\x80T_\x91\x90\x82\x90a\x17\xFD\x90c\xFF\xFF\xFF\xFF\x16aCbV[\x82Ta\x01\0\x92\x90\x92\nc\xFF\xFF\xFF\xFF\x81\x81\x02\x19\x90\x93\x16\x92\x82\x16\x90\x81\x02\x92\x90\x92\x17\x90\x92U`\x01\x84\x01\x80Tl\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x19\x16`\x01`H\x1B\x83\x02\x17\x90U_\x90\x81R`\r` \x90\x81R`@\x80\x83 \x80T3`\x01`\x01`\xA0\x1B\x03\x19\x91\x82\x16\x81\x17\x90\x92U\x87T`\x01`\x01`\xA0\x1B\x03\x8C\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x91\x16\x81\x17`\x01`\xA0\x1Ba\xFF\xFF\x8D\x16\x90\x81\x02\x91\x90\x91\x17a\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x82\x02\x17\x8AU\x81\x87R`\x05\x86R\x95\x84\x90 \x80T\x90\x92\x16\x83\x17\x90\x91U\x91Q\x93\x84R\x93\x94P\x92\x91\x7F\x7FOQ\xDCk>\xFEs)\xCDG\x80Z\x0C5\x10\x8C\x9F\x18\xA8\xF1\x87\x81,\x020\x91\x01\x90\"Y\x8A\x91\x01`@Q\x80\x91\x03\x90\xA3a\x18\xF533\x85a-\x8FV[PPPa\x11oa)\xAAV[a\x19\x08a)\xD4V[`\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01RhstakeHook`\xB8\x1B\x91\x7F\xCD\xF1\xE7\xEA\xC5yN\xCC\x1D\x1B\xDB\xAB\xF5f\xF6#\xCB\xF8\xCBYK\xFC\xD3\"\xAF\xF6\xBE/\x9E\xE8\xE5\xB1\x91\x01`@Q\x80\x91\x03\x90\xA2`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[3_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16a\x19\xB2W`@Qc]0\xBA7`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02T\x82\x90a\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x81\x10\x15a\x19\xF5W`@QcW\xC6DC`\xE1\x1B\x81Ra\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\r\xFCV[PPa\x1A\0\x81a*\0V[\x81Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x92\x83\x16\x81\x02a\xFF\xFF`\xB0\x1B\x19\x16\x91\x90\x91\x17`\x01`\xB0\x1B\x92\x85\x16\x92\x90\x92\x02\x91\x90\x91\x17\x82U`\x02T_\x91a\x1AP\x91\x04`\x01`\x01`@\x1B\x03\x16BaC\x86V[\x82T`\x01`\x01`\xC0\x1B\x03\x16`\x01`\xC0\x1B`\x01`\x01`@\x1B\x03\x83\x16\x90\x81\x02\x91\x90\x91\x17\x84U`@\x80Qa\xFF\xFF\x87\x16\x81R` \x81\x01\x92\x90\x92R\x91\x92P3\x91\x7Fx\\{\xA6\xC8T\x12\x0C<?4\xD23\xF57#\x08\xF4\xBA\xE4\x96\xF6\xCC\xBD&\xE6\xDE@\xB0.\x8B\x14\x91\x01a\x11fV[_B\x82\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x10a\x1A\xF0W`@Qc5\xEC\x1C\x8B`\xE2\x1B\x81R`\x04\x81\x01\x92\x90\x92Re\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t` R`@\x90 a\x1B\x13\x90\x84a2\xFDV[`\x01`\x01`\xD0\x1B\x03\x16\x94\x93PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x81 `\x01\x81\x01T`\xFF\x16\x15\x80a\x1B`WP`\x01\x81\x01Ta\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x15\x15[\x15a\x1BmWP_\x92\x91PPV[_a\x1Bx\x82\x85a3\xA0V[\x90P_\x81\x11\x80\x15a\x1B\x94WP`\x02T`\x01`\x01``\x1B\x03\x16\x81\x10\x15[\x94\x93PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` R`@\x81 \x81[\x81T\x81\x10\x15a\x1C[W`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n` R`@\x81 \x83Ta\x1C\x18\x91\x90\x83\x90\x86\x90\x86\x90\x81\x10a\x1B\xF0Wa\x1B\xF0aB\xF1V[_\x91\x82R` \x80\x83 \x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x16\x83R\x82\x01\x92\x90\x92R`@\x01\x90 a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x80\x15a\x1CRWa\x1CE\x81a\x0E\xBE`\x08_\x87\x87\x81T\x81\x10a\x1B\xF0Wa\x1B\xF0aB\xF1V[a\x1CO\x90\x85aB\xDEV[\x93P[P`\x01\x01a\x1B\xB5V[PP\x91\x90PV[_B\x82\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x10a\x1C\x9FW`@Qc5\xEC\x1C\x8B`\xE2\x1B\x81R`\x04\x81\x01\x92\x90\x92Re\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x0B` R`@\x81 \x84\x91[\x81T\x81\x10\x15a\x1DdW`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\n` R`@\x81 \x83Ta\x1D \x91\x86\x91\x84\x90\x87\x90\x87\x90\x81\x10a\x1C\xF7Wa\x1C\xF7aB\xF1V[_\x91\x82R` \x80\x83 \x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x16\x83R\x82\x01\x92\x90\x92R`@\x01\x90 \x90a2\xFDV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x80\x15a\x1D[Wa\x1DN\x81a\x0E\xBE\x86`\x08_\x88\x88\x81T\x81\x10a\x1C\xF7Wa\x1C\xF7aB\xF1V[a\x1DX\x90\x87aB\xDEV[\x95P[P`\x01\x01a\x1C\xBBV[PPPP\x92\x91PPV[a\x1Dva)\xD4V[`\x03T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rf9\xB60\xB9\xB42\xB9`\xC9\x1B\x91\x7F\xCD\xF1\xE7\xEA\xC5yN\xCC\x1D\x1B\xDB\xAB\xF5f\xF6#\xCB\xF8\xCBYK\xFC\xD3\"\xAF\xF6\xBE/\x9E\xE8\xE5\xB1\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x1D\xF4a(\x90V[a\x1D\xFF3\x84\x84a-\x8FV[\x90Pa\n\x0Ba)\xAAV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x91\x82\x90 \x80T\x83Q\x81\x84\x02\x81\x01\x84\x01\x90\x94R\x80\x84R``\x93\x92\x83\x01\x82\x82\x80\x15a\x1EpW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\x1ERW[PPPPP\x90P\x91\x90PV[_a\x1E\x87\x83\x83a3\xDDV[\x93\x92PPPV[a\x1E\x96a)\xD4V[`\x02T`@\x80Q`\x01`\x01``\x1B\x03\x90\x92\x16\x82R` \x82\x01\x83\x90RkminSelfStake`\xA0\x1B\x91_Q` aD`_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2a\x1E\xE3\x81a4DV[`\x02\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 a\x1F+\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x92\x91PPV[a\x1FBa)\xD4V[b\x01Q\x80`\x01`\x01`@\x1B\x03\x82\x16\x10\x80\x15\x90a\x1FjWPbv\xA7\0`\x01`\x01`@\x1B\x03\x82\x16\x11\x15[\x81\x90a\x1F\xADW`@QcB\xA7\x18W`\xE0\x1B\x81Rn\x1D[\x98\x9B\xDB\x99\x1A[\x99\xD4\x19\\\x9A[\xD9`\x8A\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\r\xFCV[P`\x03T`\x01`\x01`\xA0\x1B\x03\x16\x80\x15\x80a .WP\x81`\x01`\x01`@\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16cg;$\xF2`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a \x08W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a ,\x91\x90aC\xA5V[\x10[\x82\x90a qW`@QcB\xA7\x18W`\xE0\x1B\x81Rn\x1D[\x98\x9B\xDB\x99\x1A[\x99\xD4\x19\\\x9A[\xD9`\x8A\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\r\xFCV[P`\x02T`@\x80Q`\x01``\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x84\x16` \x83\x01Rn\x1D[\x98\x9B\xDB\x99\x1A[\x99\xD4\x19\\\x9A[\xD9`\x8A\x1B\x91_Q` aD`_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2P`\x02\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01``\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[``_B\x83\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x10a!.W`@Qc5\xEC\x1C\x8B`\xE2\x1B\x81R`\x04\x81\x01\x92\x90\x92Re\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\r\xFCV[P\x85\x90P`\x01`\x01`@\x1B\x03\x81\x11\x15a!IWa!IaC\xBCV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a!rW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x92P_[\x85\x81\x10\x15a\"bW_\x87\x87\x83\x81\x81\x10a!\x92Wa!\x92aB\xF1V[\x90P` \x02\x01` \x81\x01\x90a!\xA7\x91\x90a>>V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T\x91\x92P\x90a\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x15\x15\x80a!\xF4WP`\x01\x81\x01T`\x01`h\x1B\x90\x04`\x01`\x01`\x98\x1B\x03\x16\x15[\x15a\"\0WPPa\"ZV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\t` R`@\x81 a\"!\x90\x89a2\xFDV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x80\x87\x85\x81Q\x81\x10a\"?Wa\"?aB\xF1V[` \x90\x81\x02\x91\x90\x91\x01\x01Ra\"T\x81\x87aB\xDEV[\x95PPPP[`\x01\x01a!wV[PP\x93P\x93\x91PPV[a\"ta)\xD4V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\"\x9DW`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\r\xFCV[a\"\xA6\x81a-@V[PV[3_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16\x80\x15a\"\xDCWP`\x01\x81\x01Ta\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x15\x15[\x80\x15a\"\xFBWP`\x01\x81\x01TBa\x01\0\x90\x91\x04`\x01`\x01`@\x1B\x03\x16\x11\x15[a#\x18W`@QcP\t\xE1\xA1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a##\x823a3\xA0V[`\x02T\x90\x91P`\x01`\x01``\x1B\x03\x16\x81\x10\x80\x15\x90a#@WP_\x81\x11[`\x02T\x82\x91`\x01`\x01``\x1B\x03\x90\x91\x16\x90a#\x80W`@Qcf\x90o\xDF`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`\x01`\x01``\x1B\x03\x16`$\x82\x01R`D\x01a\r\xFCV[PP`\x01\x82\x01\x80Th\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x19\x16\x90U`@Q3\x90\x7F\xFAP9Iz\xD9\xBA\x11\xF0\xEBR9\xB2aN\x92UA\xBB\xCC\x0C\xF3Gm\xD6\x8E\x19'\xC8m3\xFF\x90_\x90\xA2PPV[`\x03T_\x90\x81\x90`\x01`\x01`\xA0\x1B\x03\x163\x14a#\xF3W`@Qc'\xC8\x98\xFF`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a#\xFBa(\x90V[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16a$7W`@Qc]0\xBA7`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x87\x11\x80\x15a$HWPa'\x10\x87\x11\x15[\x87\x90a$}W`@QcB\xA7\x18W`\xE0\x1B\x81RhslashBips`\xB8\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\r\xFCV[P`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x08` R`@\x81 \x90\x91a$\xBB\x91`\x01`h\x1B\x90\x91\x04`\x01`\x01`\x98\x1B\x03\x16\x90a\x0E\xBE\x90a(LV[\x90P_a$\xC8\x8A\x8Aa4{V[\x90\x95P\x90P`\x01`\x01`\xA0\x1B\x03\x88\x16\x15a%cW_a%\x15\x84`\x01\x01`\r\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x98\x1B\x03\x16`\x01`\x01`\x98\x1B\x03\x16\x83gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B`\x01a5`V[\x90P_\x81\x84\x11a%%W_a%/V[a%/\x82\x85aB\xCBV[\x90Pa'\x10a%@\x8Aa'\x10a5\xA2V[a%J\x89\x84a5\xA2V[a%T\x91\x90aC\xD0V[a%^\x91\x90aC\xFBV[\x95PPP[\x83\x15a%\x9DWa%\x9D`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x89\x86a)uV[\x83\x85\x11\x15a%\xE4Wa%\xE4\x86a%\xB3\x86\x88aB\xCBV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90a)uV[PPPa%\xEFa)\xAAV[\x95P\x95\x93PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x0F` \x90\x81R`@\x80\x83 T`\x0C\x90\x92R\x90\x91 \x80T``\x91\x90a&-\x90\x84\x90aB\xCBV[`\x01`\x01`@\x1B\x03\x81\x11\x15a&DWa&DaC\xBCV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a&\x94W\x81` \x01[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x80\x83\x01\x82\x90R\x92\x82\x01\x81\x90R``\x82\x01R\x82R_\x19\x90\x92\x01\x91\x01\x81a&bW\x90P[P\x91P_[\x82Q\x81\x10\x15a'\x8DW_\x82a&\xAE\x83\x87aB\xDEV[\x81T\x81\x10a&\xBEWa&\xBEaB\xF1V[_\x91\x82R` \x80\x83 `@\x80Q`\x80\x80\x82\x01\x83R\x92\x90\x94\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x86Rd\xFF\xFF\xFF\xFF\xFFd\x01\0\0\0\0\x83\x04\x81\x16\x87\x87\x01\x90\x81R`\x01`H\x1B\x84\x04\x83\x16\x88\x86\x01\x90\x81R`\x01`\x01`\x80\x1B\x03`\x01`h\x1B\x90\x95\x04\x85\x16``\x80\x8B\x01\x91\x82R\x87Q\x98\x89\x01\x88R\x8AQ\x86\x16\x8CR`\r\x8AR\x9A\x87\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x88R\x91Q\x90\x92\x16\x96\x86\x01\x96\x90\x96RQ\x16\x91\x83\x01\x91\x90\x91R\x91Q\x90\x91\x16\x92\x81\x01\x92\x90\x92R\x85Q\x90\x92P\x85\x90\x84\x90\x81\x10a'yWa'yaB\xF1V[` \x90\x81\x02\x91\x90\x91\x01\x01RP`\x01\x01a&\x99V[PP\x91P\x91V[a'\x9Ca)\xD4V[\x80a'\x10a\xFF\xFF\x82\x16\x11\x15a'\xE1W`@QcB\xA7\x18W`\xE0\x1B\x81Rl6\xB0\xBC!\xB7\xB6\xB6\xB4\xB9\xB9\xB4\xB7\xB7`\x99\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\r\xFCV[P`\x02T`@\x80Q`\x01`\xE0\x1B\x90\x92\x04a\xFF\xFF\x90\x81\x16\x83R\x83\x16` \x83\x01Rl6\xB0\xBC!\xB7\xB6\xB6\xB4\xB9\xB9\xB4\xB7\xB7`\x99\x1B\x91_Q` aD`_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x02\x80Ta\xFF\xFF\x90\x92\x16`\x01`\xE0\x1B\x02a\xFF\xFF`\xE0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80T_\x90\x80\x15a(\x88Wa(r\x83a(e`\x01\x84aB\xCBV[_\x91\x82R` \x90\x91 \x01\x90V[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x1E\x87V[_\x93\x92PPPV[a(\x98a5\xB1V[a\x15\xE7`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a5\xF1V[___a(\xD2\x86\x86a5\xF8V[\x91P\x91P\x81_\x03a(\xF6W\x83\x81\x81a(\xECWa(\xECaC\xE7V[\x04\x92PPPa\x1E\x87V[\x81\x84\x11a)\rWa)\r`\x03\x85\x15\x02`\x11\x18a6\x14V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[a)\x82\x83\x83\x83`\x01a6%V[a\x11oW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\r\xFCV[a\x15\xE7_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a(\xBFV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x15\xE7W`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\r\xFCV[\x80T_\x90`\x01`\xC0\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16B\x10\x15a*-W\x81T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16a*;V[\x81T`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16[`\x02T\x90\x91Pa\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x11\x15a\r\xA1WPP`\x02T`\x01`\xE0\x1B\x90\x04a\xFF\xFF\x16\x90V[_\x80a*w\x85\x85\x85a6\x87V[\x91P\x91P[\x93P\x93\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x06` \x90\x81R`@\x80\x83 \x81Q``\x81\x01\x83R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x93\x82\x01\x84\x90R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91R\x82\x91\x15a+\x07Wa+\x02\x84\x82` \x01Q`\x01`\x01`p\x1B\x03\x16\x83_\x01Q`\x01`\x01`p\x1B\x03\x16a(\xC5V[a+\tV[\x83[\x92Pa++\x84\x82_\x01Q`\x01`\x01`p\x1B\x03\x16a+&\x91\x90aB\xDEV[a7\xD7V[`\x01`\x01`p\x1B\x03\x90\x81\x16\x82R` \x82\x01Qa+M\x91a+&\x91\x86\x91\x16aB\xDEV[`\x01`\x01`p\x1B\x03\x90\x81\x16` \x80\x84\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x06\x90\x91R`@\x90\x81\x90 \x84Q\x81T\x93Q\x92\x86\x01Qc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x93\x86\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x95\x16\x91\x90\x95\x16\x17\x92\x90\x92\x17\x16\x91\x90\x91\x17\x90U`\x02Ta+\xDA\x90`\x01`\x01`@\x1B\x03`\x01``\x1B\x90\x91\x04\x16BaC\x86V[\x91P`\x0C_3`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ `@Q\x80`\x80\x01`@R\x80`\x04_\x89`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ `\x01\x01`\t\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x85`\x01`\x01`\x80\x1B\x03\x16\x81RP\x90\x80`\x01\x81T\x01\x80\x82U\x80\x91PP`\x01\x90\x03\x90_R` _ \x01_\x90\x91\x90\x91\x90\x91P_\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x04a\x01\0\n\x81T\x81d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83d\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81_\x01`\ta\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP``\x82\x01Q\x81_\x01`\ra\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPP\x92P\x92\x90PV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[__\x82\x11a-\xB0W`@Qcb\x07yw`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x04` R`@\x90 `\x01\x81\x01T`\xFF\x16a-\xECW`@Qc]0\xBA7`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x81\x01Ta\x01\0\x90\x04`\x01`\x01`@\x1B\x03\x16\x80\x15a.*W`@QcD~$\x19`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\r\xFCV[P\x83`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x14a.\xBCW`\x01\x81\x01T`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x08` R`@\x81 \x90\x91a.\x81\x91`\x01`h\x1B\x90\x91\x04`\x01`\x01`\x98\x1B\x03\x16\x90a\x0E\xBE\x90a(LV[\x90P_\x81\x11\x80\x15a.\x9DWP`\x02T`\x01`\x01``\x1B\x03\x16\x81\x10\x15[a.\xBAW`@Qc\x1F\x86\x04\xBF`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\x07` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82R`\x01``\x1B\x90\x04\x90\x95\x16\x85\x83\x01R\x92\x82R`\x08\x90R\x90\x81 a/\r\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x81` \x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x14\x80\x15a/?WPgge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B\x81\x14\x15[\x15a/vWPgge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba/sB`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x08` R`@\x90 \x90\x83a*jV[PP[_\x81\x11a/\x96W`@Qc\x0E\xE0\x8D3`\xE4\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a/\xAC\x85gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B\x83a(\xC5V[\x93P_\x84\x83` \x01Q`\x01`\x01`\xA0\x1B\x03\x16a/\xC8\x91\x90aB\xDEV[\x90P\x80`\x01`\x01`p\x1B\x03\x80\x82\x11\x15a/\xFDW`@Qc\x0F\x87\xC9\xAD`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\r\xFCV[PP`\x01`\x01`\xA0\x1B\x03\x88\x81\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x93\x8B\x16\x83R\x92\x90R \x80T_\x03a0\xA1W`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x0B` R`@\x90 T`\x10\x11a0cW`@Qc\x17\xFDq\xEF`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x89\x81\x16_\x90\x81R`\x0B` \x90\x81R`@\x82 \x80T`\x01\x81\x01\x82U\x90\x83R\x91 \x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x91\x8A\x16\x91\x90\x91\x17\x90U[`\x01T`\x01`\x01`\xA0\x1B\x03\x16\x15a1\x1CW`\x01T`@Qc\t\xD26k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x8B\x81\x16`$\x83\x01R`D\x82\x01\x89\x90R\x90\x91\x16\x90c\x13\xA4l\xD6\x90`d\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a1\x05W__\xFD[PZ\xF1\x15\x80\x15a1\x17W=__>=_\xFD[PPPP[\x83Qa1;\x90a16\x90\x89\x90`\x01`\x01``\x1B\x03\x16aB\xDEV[a4DV[`\x01`\x01``\x1B\x03\x90\x81\x16\x85R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16` \x80\x88\x01\x91\x82R\x8B\x83\x16_\x90\x81R`\x07\x82R`@\x80\x82 \x8AQ\x94Q\x90\x95\x16`\x01``\x1B\x02\x93\x90\x95\x16\x92\x83\x17\x90\x93U`\t\x90R\x91\x90 a1\x94\x91B\x90a*jV[PP_\x86a1\xA1\x83a(LV[`\x01`\x01`\xD0\x1B\x03\x16a1\xB4\x91\x90aB\xDEV[\x90Pa1\xC1\x82B\x83a*jV[PP\x88`\x01`\x01`\xA0\x1B\x03\x16\x8A`\x01`\x01`\xA0\x1B\x03\x16\x03a2\x0EWa1\xE5\x81a8\nV[\x86`\x01\x01`\ra\x01\0\n\x81T\x81`\x01`\x01`\x98\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x98\x1B\x03\x16\x02\x17\x90UP[`\x01Ta20\x90a16\x90\x8A\x90`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16aB\xDEV[`\x01\x80T`\x01`\x01``\x1B\x03\x92\x90\x92\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x17\x90Ua2\x82\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x8B0\x8Ba8=V[\x84Q` \x80\x87\x01Q`@\x80Q\x8C\x81R\x92\x83\x01\x8B\x90R\x82\x01\x84\x90R`\x01`\x01``\x1B\x03\x90\x92\x16``\x82\x01R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x80\x82\x01R\x81\x8B\x16\x91\x8C\x16\x90\x7F\xBA\xCD6b.\x19A4l\x11\x91\xD09\xC1\xE7\xBD\x8Ej2\xC4w$-r\x94[\xD0[zM\xA5]\x90`\xA0\x01`@Q\x80\x91\x03\x90\xA3PPPPPP\x93\x92PPPV[\x81T_\x90\x81\x81`\x05\x81\x11\x15a3YW_a3\x16\x84a8yV[a3 \x90\x85aB\xCBV[_\x88\x81R` \x90 \x90\x91P\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x87\x16\x10\x15a3IW\x80\x91Pa3WV[a3T\x81`\x01aB\xDEV[\x92P[P[_a3f\x87\x87\x85\x85a9\xD1V[\x90P\x80\x15a3\x93Wa3}\x87a(e`\x01\x84aB\xCBV[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a3\x95V[_[\x97\x96PPPPPPPV[`\x01\x82\x01T`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x08` R`@\x81 \x90\x91a\x1E\x87\x91`\x01`h\x1B\x90\x91\x04`\x01`\x01`\x98\x1B\x03\x16\x90a\x0E\xBE\x90a(LV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x90R\x90\x81 a\x1E\x87\x90a4\x10\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16a\x0E\xBE`\x08_\x86`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ a(LV[_`\x01`\x01``\x1B\x03\x82\x11\x15a4wW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\r\xFCV[P\x90V[____a4\x89\x86\x86a:'V[\x94P\x90\x92P\x90P_\x80a4\x9C\x88\x88a<\x07V[\x90\x92P\x90Pa4\xAB\x82\x85aB\xDEV[\x95P\x85`\x01`\x14\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16a4\xD1\x91\x90aC$V[\x82T`\x01`\x01``\x1B\x03\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90UP`@\x80Q\x88\x81R` \x81\x01\x86\x90R\x90\x81\x01\x83\x90R``\x81\x01\x84\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16\x90\x7F\x08o\x0C\xE9\x9D,B\x8EiS\xD4OR\x8C=\x07\x9F\x03X;<\xD4\n\xF2h\x7FP[\"\x1A@.\x90`\xC0\x01`@Q\x80\x91\x03\x90\xA2PPPP\x92P\x92\x90PV[_a5\x8Da5m\x83a=KV[\x80\x15a5\x88WP_\x84\x80a5\x83Wa5\x83aC\xE7V[\x86\x88\t\x11[\x15\x15\x90V[a5\x98\x86\x86\x86a(\xC5V[a\x10X\x91\x90aB\xDEV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a\x1E\x87V[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x15\xE7W`@Qc>\xE5\xAE\xB5`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a6{W\x83\x83\x15\x16\x15a6oW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[\x82T_\x90\x81\x90\x80\x15a7}W_a6\xA3\x87a(e`\x01\x85aB\xCBV[\x80T\x90\x91Pe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x91`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x90\x88\x16\x82\x11\x15a6\xE6W`@Qc% `\x1D`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x87e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a7\x1FW\x82Te\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`0\x1B`\x01`\x01`\xD0\x1B\x03\x89\x16\x02\x17\x83Ua7oV[`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8A\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x8A\x16` \x80\x85\x01\x91\x82R\x8DT`\x01\x81\x01\x8FU_\x8F\x81R\x91\x90\x91 \x94Q\x91Q\x90\x92\x16`\x01`0\x1B\x02\x92\x16\x91\x90\x91\x17\x91\x01U[\x94P\x85\x93Pa*|\x92PPPV[PP`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x85\x16` \x80\x85\x01\x91\x82R\x88T`\x01\x81\x01\x8AU_\x8A\x81R\x91\x82 \x95Q\x92Q\x90\x93\x16`\x01`0\x1B\x02\x91\x90\x93\x16\x17\x92\x01\x91\x90\x91U\x90P\x81a*|V[_`\x01`\x01`p\x1B\x03\x82\x11\x15a4wW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`p`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\r\xFCV[_`\x01`\x01`\x98\x1B\x03\x82\x11\x15a4wW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x98`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\r\xFCV[a8K\x84\x84\x84\x84`\x01a=wV[a8sW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\r\xFCV[PPPPV[_`\x01\x82\x11a8\x86WP\x90V[\x81`\x01`\x01`\x80\x1B\x82\x10a8\x9FW`\x80\x91\x90\x91\x1C\x90`@\x1B[h\x01\0\0\0\0\0\0\0\0\x82\x10a8\xBAW`@\x91\x90\x91\x1C\x90` \x1B[d\x01\0\0\0\0\x82\x10a8\xD1W` \x91\x90\x91\x1C\x90`\x10\x1B[b\x01\0\0\x82\x10a8\xE6W`\x10\x91\x90\x91\x1C\x90`\x08\x1B[a\x01\0\x82\x10a8\xFAW`\x08\x91\x90\x91\x1C\x90`\x04\x1B[`\x10\x82\x10a9\rW`\x04\x91\x90\x91\x1C\x90`\x02\x1B[`\x04\x82\x10a9\x19W`\x01\x1B[`\x03\x02`\x01\x90\x81\x1C\x90\x81\x85\x81a91Wa91aC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9IWa9IaC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9aWa9aaC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9yWa9yaC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9\x91Wa9\x91aC\xE7V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a9\xA9Wa9\xA9aC\xE7V[\x04\x82\x01\x90\x1C\x90Pa9\xC8\x81\x85\x81a9\xC2Wa9\xC2aC\xE7V[\x04\x82\x11\x90V[\x90\x03\x93\x92PPPV[_[\x81\x83\x10\x15a:\x1FW_\x85\x81R` \x90 \x83\x83\x16`\x02\x85\x85\x18\x04\x01\x90\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x16\x11\x15a:\x0BW\x80\x92Pa:\x19V[a:\x16\x81`\x01aB\xDEV[\x93P[Pa9\xD3V[P\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x81\x81R`\x07` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01``\x1B\x03\x81\x16\x82R`\x01``\x1B\x90\x04\x90\x95\x16\x85\x83\x01R\x92\x82R`\x08\x90R\x90\x81 \x90\x91\x82\x91\x82\x91\x90a:\xA0\x90a:\x83\x90a(LV[`\x01`\x01`\xD0\x1B\x03\x16a:\x98\x87a'\x10aB\xCBV[a'\x10a(\xC5V[\x91P_a:\xC6\x82` \x01Q`\x01`\x01`\xA0\x1B\x03\x16\x84gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1Ba(\xC5V[\x90P_a:\xEE\x83` \x01Q`\x01`\x01`\xA0\x1B\x03\x16\x85gge\xC7\x93\xFA\x10\x07\x9D`\x1B\x1B`\x01a5`V[\x90Pa;=a;\t\x84_\x01Q`\x01`\x01``\x1B\x03\x16\x83a5\xA2V[\x84Qa;\x1E\x91\x90`\x01`\x01``\x1B\x03\x16aB\xCBV[\x84Qa;8\x90`\x01`\x01``\x1B\x03\x16\x8Aa'\x10`\x01a5`V[a=\xE4V[\x95Pa;`\x86\x83\x85_\x01Q`\x01`\x01``\x1B\x03\x16a;[\x91\x90aB\xCBV[a5\xA2V[\x83Q\x90\x96Pa;y\x90\x87\x90`\x01`\x01``\x1B\x03\x16aB\xCBV[`\x01`\x01``\x1B\x03\x81\x81\x16\x85R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x89Q\x83\x8B\x01Q\x90\x95\x16`\x01``\x1B\x02\x94\x90\x95\x16\x93\x84\x17\x90\x94U`\t\x90R\x91\x90\x91 \x91\x96Pa;\xD1\x91\x90B\x90a*jV[PPa;\xFBa;\xDDB\x90V[`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x90\x81R`\x08` R`@\x90 \x90\x86a*jV[PPPPP\x92P\x92P\x92V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x06` \x90\x81R`@\x80\x83 \x81Q``\x81\x01\x83R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x80\x84R`\x01`p\x1B\x83\x04\x90\x91\x16\x94\x83\x01\x94\x90\x94R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91R\x82\x91a<o\x90\x85a'\x10`\x01a5`V[\x92P\x82\x81_\x01\x81\x81Qa<\x82\x91\x90aC\x05V[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91R\x82Q\x16\x15\x90P\x80\x15a<\xAEWP` \x81\x01Q`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a<\xD8W_` \x82\x01R`@\x81\x01\x80Q`\x01\x91\x90a<\xCE\x90\x83\x90aD\x0EV[c\xFF\xFF\xFF\xFF\x16\x90RP[`\x01`\x01`\xA0\x1B\x03\x90\x94\x16_\x90\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x86Q\x81T\x92\x88\x01Q\x93\x90\x97\x01Qc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03`\x01`\x01`p\x1B\x03\x94\x85\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x94\x16\x94\x90\x98\x16\x93\x84\x17\x92\x90\x92\x17\x96\x90\x96\x16\x17\x90\x94UP\x92\x90PV[_`\x02\x82`\x03\x81\x11\x15a=`Wa=`aD*V[a=j\x91\x90aD>V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a=\xD3W\x83\x83\x15\x16\x15a=\xC7W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_\x82\x82\x18\x82\x84\x11\x02\x82\x18a\x1E\x87V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\"\xA6W__\xFD[__`@\x83\x85\x03\x12\x15a>\x18W__\xFD[\x825a>#\x81a=\xF3V[\x91P` \x83\x015a>3\x81a=\xF3V[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a>NW__\xFD[\x815a\x1E\x87\x81a=\xF3V[_` \x82\x84\x03\x12\x15a>iW__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1E\x87W__\xFD[_` \x82\x84\x03\x12\x15a>\x8CW__\xFD[P5\x91\x90PV[\x805`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\r\xA1W__\xFD[_` \x82\x84\x03\x12\x15a>\xB9W__\xFD[a\x1E\x87\x82a>\x93V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[_a\x01\0\x82\x01\x90P`\x01\x80`\xA0\x1B\x03\x83Q\x16\x82Ra\xFF\xFF` \x84\x01Q\x16` \x83\x01Ra\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R``\x83\x01Qa?A``\x84\x01\x82`\x01`\x01`@\x1B\x03\x16\x90RV[P`\x80\x83\x01Qa?U`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01Qa?p`\xA0\x84\x01\x82`\x01`\x01`@\x1B\x03\x16\x90RV[P`\xC0\x83\x01Qa?\x88`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa?\xA3`\xE0\x84\x01\x82`\x01`\x01`\x98\x1B\x03\x16\x90RV[P\x92\x91PPV[__`@\x83\x85\x03\x12\x15a?\xBBW__\xFD[\x825a?\xC6\x81a=\xF3V[\x94` \x93\x90\x93\x015\x93PPPV[__`@\x83\x85\x03\x12\x15a?\xE5W__\xFD[\x825a?\xF0\x81a=\xF3V[\x91Pa?\xFE` \x84\x01a>\x93V[\x90P\x92P\x92\x90PV[______`\xC0\x87\x89\x03\x12\x15a@\x1CW__\xFD[\x865a@'\x81a=\xF3V[\x95P` \x87\x015\x94P`@\x87\x015\x93P``\x87\x015`\xFF\x81\x16\x81\x14a@JW__\xFD[\x95\x98\x94\x97P\x92\x95`\x80\x81\x015\x94`\xA0\x90\x91\x015\x93P\x91PPV[\x805a\xFF\xFF\x81\x16\x81\x14a\r\xA1W__\xFD[___``\x84\x86\x03\x12\x15a@\x87W__\xFD[\x835a@\x92\x81a=\xF3V[\x92Pa@\xA0` \x85\x01a@dV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a@\xC1W__\xFD[a\x1E\x87\x82a@dV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aA\nW\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a@\xE3V[P\x90\x95\x94PPPPPV[___`@\x84\x86\x03\x12\x15aA'W__\xFD[\x835`\x01`\x01`@\x1B\x03\x81\x11\x15aA<W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13aALW__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15aAaW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15aAuW__\xFD[` \x91\x82\x01\x97\x90\x96P\x94\x015\x93\x92PPPV[`@\x80\x82R\x83Q\x90\x82\x01\x81\x90R_\x90` \x85\x01\x90``\x84\x01\x90\x83[\x81\x81\x10\x15aA\xC1W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aA\xA3V[PP` \x93\x90\x93\x01\x93\x90\x93RP\x92\x91PPV[_____`\xA0\x86\x88\x03\x12\x15aA\xE8W__\xFD[\x855aA\xF3\x81a=\xF3V[\x94P` \x86\x015\x93P`@\x86\x015aB\n\x81a=\xF3V[\x92P``\x86\x015\x91P`\x80\x86\x015aB!\x81a=\xF3V[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[_`@\x82\x01\x84\x83R`@` \x84\x01R\x80\x84Q\x80\x83R``\x85\x01\x91P` \x86\x01\x92P_[\x81\x81\x10\x15aB\xABW\x83Q\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x84R` \x80\x82\x01Q`\x01`\x01`@\x1B\x03\x16\x81\x86\x01R`@\x80\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x86\x01R``\x91\x82\x01Q\x91\x85\x01\x91\x90\x91R\x90\x93\x01\x92`\x80\x90\x92\x01\x91`\x01\x01aBRV[P\x90\x96\x95PPPPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[\x80\x82\x01\x80\x82\x11\x15a\n\x0BWa\n\x0BaB\xB7V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[`\x01`\x01`p\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[`\x01`\x01``\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[`\x01`\x01`\xA0\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03aC}WaC}aB\xB7V[`\x01\x01\x92\x91PPV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[_` \x82\x84\x03\x12\x15aC\xB5W__\xFD[PQ\x91\x90PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\n\x0BWa\n\x0BaB\xB7V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82aD\tWaD\taC\xE7V[P\x04\x90V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\n\x0BWa\n\x0BaB\xB7V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80aDPWaDPaC\xE7V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV\xFE\x18\x12P\xCD\x162\xD5j\xCCt{\x05\x93\xF3{J\xA0\x8E\xD7\x1D\xF6I(\xA8\xF3Y\x88\xDA\xCE\xA9\xF8\xFD\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CheckpointUnorderedInsertion()` and selector `0x2520601d`.
```solidity
error CheckpointUnorderedInsertion();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CheckpointUnorderedInsertion;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CheckpointUnorderedInsertion>
        for UnderlyingRustTuple<'_> {
            fn from(value: CheckpointUnorderedInsertion) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for CheckpointUnorderedInsertion {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CheckpointUnorderedInsertion {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CheckpointUnorderedInsertion()";
            const SELECTOR: [u8; 4] = [37u8, 32u8, 96u8, 29u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `OwnableInvalidOwner(address)` and selector `0x1e4fbdf7`.
```solidity
error OwnableInvalidOwner(address owner);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableInvalidOwner {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OwnableInvalidOwner> for UnderlyingRustTuple<'_> {
            fn from(value: OwnableInvalidOwner) -> Self {
                (value.owner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OwnableInvalidOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableInvalidOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableInvalidOwner(address)";
            const SELECTOR: [u8; 4] = [30u8, 79u8, 189u8, 247u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `OwnableUnauthorizedAccount(address)` and selector `0x118cdaa7`.
```solidity
error OwnableUnauthorizedAccount(address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OwnableUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: OwnableUnauthorizedAccount) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OwnableUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableUnauthorizedAccount(address)";
            const SELECTOR: [u8; 4] = [17u8, 140u8, 218u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ReentrancyGuardReentrantCall()` and selector `0x3ee5aeb5`.
```solidity
error ReentrancyGuardReentrantCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReentrancyGuardReentrantCall;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ReentrancyGuardReentrantCall>
        for UnderlyingRustTuple<'_> {
            fn from(value: ReentrancyGuardReentrantCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ReentrancyGuardReentrantCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReentrancyGuardReentrantCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReentrancyGuardReentrantCall()";
            const SELECTOR: [u8; 4] = [62u8, 229u8, 174u8, 181u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
```solidity
error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeCastOverflowedUintDowncast>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bits: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.bits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingAlreadyRegistered()` and selector `0xfd33b19e`.
```solidity
error StakingAlreadyRegistered();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingAlreadyRegistered;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingAlreadyRegistered>
        for UnderlyingRustTuple<'_> {
            fn from(value: StakingAlreadyRegistered) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for StakingAlreadyRegistered {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingAlreadyRegistered {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingAlreadyRegistered()";
            const SELECTOR: [u8; 4] = [253u8, 51u8, 177u8, 158u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingCommissionTooHigh(uint256,uint256)` and selector `0xaf8c8886`.
```solidity
error StakingCommissionTooHigh(uint256 bips, uint256 max);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingCommissionTooHigh {
        #[allow(missing_docs)]
        pub bips: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub max: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingCommissionTooHigh>
        for UnderlyingRustTuple<'_> {
            fn from(value: StakingCommissionTooHigh) -> Self {
                (value.bips, value.max)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for StakingCommissionTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bips: tuple.0,
                    max: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingCommissionTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingCommissionTooHigh(uint256,uint256)";
            const SELECTOR: [u8; 4] = [175u8, 140u8, 136u8, 134u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.max),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingFutureLookup(uint256,uint48)` and selector `0xd7b0722c`.
```solidity
error StakingFutureLookup(uint256 timepoint, uint48 clock);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingFutureLookup {
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub clock: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<48>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U48,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingFutureLookup> for UnderlyingRustTuple<'_> {
            fn from(value: StakingFutureLookup) -> Self {
                (value.timepoint, value.clock)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingFutureLookup {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    timepoint: tuple.0,
                    clock: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingFutureLookup {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingFutureLookup(uint256,uint48)";
            const SELECTOR: [u8; 4] = [215u8, 176u8, 114u8, 44u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.clock),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingInsufficientShares(uint256,uint256)` and selector `0xa002f4ca`.
```solidity
error StakingInsufficientShares(uint256 have, uint256 want);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingInsufficientShares {
        #[allow(missing_docs)]
        pub have: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub want: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingInsufficientShares>
        for UnderlyingRustTuple<'_> {
            fn from(value: StakingInsufficientShares) -> Self {
                (value.have, value.want)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for StakingInsufficientShares {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    have: tuple.0,
                    want: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingInsufficientShares {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingInsufficientShares(uint256,uint256)";
            const SELECTOR: [u8; 4] = [160u8, 2u8, 244u8, 202u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.have),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.want),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingInvalidParameter(bytes32,uint256)` and selector `0x42a71857`.
```solidity
error StakingInvalidParameter(bytes32 name, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingInvalidParameter {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingInvalidParameter> for UnderlyingRustTuple<'_> {
            fn from(value: StakingInvalidParameter) -> Self {
                (value.name, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingInvalidParameter {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    name: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingInvalidParameter {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingInvalidParameter(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [66u8, 167u8, 24u8, 87u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.name),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingInvalidSigningKey()` and selector `0x5bfdedcf`.
```solidity
error StakingInvalidSigningKey();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingInvalidSigningKey;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingInvalidSigningKey>
        for UnderlyingRustTuple<'_> {
            fn from(value: StakingInvalidSigningKey) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for StakingInvalidSigningKey {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingInvalidSigningKey {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingInvalidSigningKey()";
            const SELECTOR: [u8; 4] = [91u8, 253u8, 237u8, 207u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingNotJailable()` and selector `0xa013c342`.
```solidity
error StakingNotJailable();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingNotJailable;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingNotJailable> for UnderlyingRustTuple<'_> {
            fn from(value: StakingNotJailable) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingNotJailable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingNotJailable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingNotJailable()";
            const SELECTOR: [u8; 4] = [160u8, 19u8, 195u8, 66u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingNotOperator()` and selector `0x5d30ba37`.
```solidity
error StakingNotOperator();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingNotOperator;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingNotOperator> for UnderlyingRustTuple<'_> {
            fn from(value: StakingNotOperator) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingNotOperator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingNotOperator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingNotOperator()";
            const SELECTOR: [u8; 4] = [93u8, 48u8, 186u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingNothingToWithdraw()` and selector `0xc04daa04`.
```solidity
error StakingNothingToWithdraw();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingNothingToWithdraw;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingNothingToWithdraw>
        for UnderlyingRustTuple<'_> {
            fn from(value: StakingNothingToWithdraw) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for StakingNothingToWithdraw {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingNothingToWithdraw {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingNothingToWithdraw()";
            const SELECTOR: [u8; 4] = [192u8, 77u8, 170u8, 4u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingOperatorInactive()` and selector `0xfc3025f8`.
```solidity
error StakingOperatorInactive();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingOperatorInactive;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingOperatorInactive> for UnderlyingRustTuple<'_> {
            fn from(value: StakingOperatorInactive) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingOperatorInactive {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingOperatorInactive {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingOperatorInactive()";
            const SELECTOR: [u8; 4] = [252u8, 48u8, 37u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingOperatorJailed(uint64)` and selector `0x88fc4832`.
```solidity
error StakingOperatorJailed(uint64 until);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingOperatorJailed {
        #[allow(missing_docs)]
        pub until: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingOperatorJailed> for UnderlyingRustTuple<'_> {
            fn from(value: StakingOperatorJailed) -> Self {
                (value.until,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingOperatorJailed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { until: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingOperatorJailed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingOperatorJailed(uint64)";
            const SELECTOR: [u8; 4] = [136u8, 252u8, 72u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.until),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingPoolDepleted()` and selector `0xee08d330`.
```solidity
error StakingPoolDepleted();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingPoolDepleted;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingPoolDepleted> for UnderlyingRustTuple<'_> {
            fn from(value: StakingPoolDepleted) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingPoolDepleted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingPoolDepleted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingPoolDepleted()";
            const SELECTOR: [u8; 4] = [238u8, 8u8, 211u8, 48u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingPoolSharesOverflow(uint256,uint256)` and selector `0x0f87c9ad`.
```solidity
error StakingPoolSharesOverflow(uint256 shares, uint256 max);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingPoolSharesOverflow {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub max: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingPoolSharesOverflow>
        for UnderlyingRustTuple<'_> {
            fn from(value: StakingPoolSharesOverflow) -> Self {
                (value.shares, value.max)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for StakingPoolSharesOverflow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    shares: tuple.0,
                    max: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingPoolSharesOverflow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingPoolSharesOverflow(uint256,uint256)";
            const SELECTOR: [u8; 4] = [15u8, 135u8, 201u8, 173u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.max),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingSelfStakeTooLow(uint256,uint256)` and selector `0xcd20dfbe`.
```solidity
error StakingSelfStakeTooLow(uint256 value, uint256 min);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingSelfStakeTooLow {
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub min: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingSelfStakeTooLow> for UnderlyingRustTuple<'_> {
            fn from(value: StakingSelfStakeTooLow) -> Self {
                (value.value, value.min)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingSelfStakeTooLow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    value: tuple.0,
                    min: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingSelfStakeTooLow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingSelfStakeTooLow(uint256,uint256)";
            const SELECTOR: [u8; 4] = [205u8, 32u8, 223u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.min),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingTooManyOperators()` and selector `0x17fd71ef`.
```solidity
error StakingTooManyOperators();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingTooManyOperators;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingTooManyOperators> for UnderlyingRustTuple<'_> {
            fn from(value: StakingTooManyOperators) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingTooManyOperators {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingTooManyOperators {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingTooManyOperators()";
            const SELECTOR: [u8; 4] = [23u8, 253u8, 113u8, 239u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingTooManyRequests()` and selector `0x9635fdf2`.
```solidity
error StakingTooManyRequests();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingTooManyRequests;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingTooManyRequests> for UnderlyingRustTuple<'_> {
            fn from(value: StakingTooManyRequests) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingTooManyRequests {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingTooManyRequests {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingTooManyRequests()";
            const SELECTOR: [u8; 4] = [150u8, 53u8, 253u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingUnauthorized()` and selector `0x9f2263fc`.
```solidity
error StakingUnauthorized();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingUnauthorized;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingUnauthorized> for UnderlyingRustTuple<'_> {
            fn from(value: StakingUnauthorized) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingUnauthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingUnauthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingUnauthorized()";
            const SELECTOR: [u8; 4] = [159u8, 34u8, 99u8, 252u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StakingZeroAmount()` and selector `0xc40ef2ee`.
```solidity
error StakingZeroAmount();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StakingZeroAmount;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StakingZeroAmount> for UnderlyingRustTuple<'_> {
            fn from(value: StakingZeroAmount) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StakingZeroAmount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StakingZeroAmount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StakingZeroAmount()";
            const SELECTOR: [u8; 4] = [196u8, 14u8, 242u8, 238u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AddressUpdated(bytes32,address,address)` and selector `0xcdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1`.
```solidity
event AddressUpdated(bytes32 indexed name, address oldValue, address newValue);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AddressUpdated {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub oldValue: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newValue: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AddressUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "AddressUpdated(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                205u8, 241u8, 231u8, 234u8, 197u8, 121u8, 78u8, 204u8, 29u8, 27u8, 219u8,
                171u8, 245u8, 102u8, 246u8, 35u8, 203u8, 248u8, 203u8, 89u8, 75u8, 252u8,
                211u8, 34u8, 175u8, 246u8, 190u8, 47u8, 158u8, 232u8, 229u8, 177u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    name: topics.1,
                    oldValue: data.0,
                    newValue: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.oldValue,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newValue,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.name.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.name);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AddressUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AddressUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AddressUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommissionChangeScheduled(address,uint16,uint64)` and selector `0x785c7ba6c854120c3c3f34d233f5372308f4bae496f6ccbd26e6de40b02e8b14`.
```solidity
event CommissionChangeScheduled(address indexed operator, uint16 commissionBips, uint64 effectiveAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CommissionChangeScheduled {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub commissionBips: u16,
        #[allow(missing_docs)]
        pub effectiveAt: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommissionChangeScheduled {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CommissionChangeScheduled(address,uint16,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                120u8, 92u8, 123u8, 166u8, 200u8, 84u8, 18u8, 12u8, 60u8, 63u8, 52u8,
                210u8, 51u8, 245u8, 55u8, 35u8, 8u8, 244u8, 186u8, 228u8, 150u8, 246u8,
                204u8, 189u8, 38u8, 230u8, 222u8, 64u8, 176u8, 46u8, 139u8, 20u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    commissionBips: data.0,
                    effectiveAt: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionBips),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommissionChangeScheduled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommissionChangeScheduled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &CommissionChangeScheduled,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Jailed(address,uint64)` and selector `0x3070ea7dc648d7f0fea8e6140fbb72243f7fce077d0c7bd9856075ec037b3aa1`.
```solidity
event Jailed(address indexed operator, uint64 until);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Jailed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub until: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Jailed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Jailed(address,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                48u8, 112u8, 234u8, 125u8, 198u8, 72u8, 215u8, 240u8, 254u8, 168u8,
                230u8, 20u8, 15u8, 187u8, 114u8, 36u8, 63u8, 127u8, 206u8, 7u8, 125u8,
                12u8, 123u8, 217u8, 133u8, 96u8, 117u8, 236u8, 3u8, 123u8, 58u8, 161u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    until: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.until),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Jailed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Jailed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Jailed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OperatorRegistered(address,address,uint16)` and selector `0x7f4f51dc6b3efe7329cd47805a0c35108c9f18a8f187812c023091019022598a`.
```solidity
event OperatorRegistered(address indexed operator, address indexed signingKey, uint16 commissionBips);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OperatorRegistered {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signingKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub commissionBips: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OperatorRegistered {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OperatorRegistered(address,address,uint16)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                127u8, 79u8, 81u8, 220u8, 107u8, 62u8, 254u8, 115u8, 41u8, 205u8, 71u8,
                128u8, 90u8, 12u8, 53u8, 16u8, 140u8, 159u8, 24u8, 168u8, 241u8, 135u8,
                129u8, 44u8, 2u8, 48u8, 145u8, 1u8, 144u8, 34u8, 89u8, 138u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    signingKey: topics.2,
                    commissionBips: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionBips),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.operator.clone(),
                    self.signingKey.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.signingKey,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OperatorRegistered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OperatorRegistered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OperatorRegistered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferred(address,address)` and selector `0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0`.
```solidity
event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferred {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnershipTransferred {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferred(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnershipTransferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ParameterUpdated(bytes32,uint256,uint256)` and selector `0x181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fd`.
```solidity
event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ParameterUpdated {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub oldValue: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newValue: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ParameterUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "ParameterUpdated(bytes32,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                24u8, 18u8, 80u8, 205u8, 22u8, 50u8, 213u8, 106u8, 204u8, 116u8, 123u8,
                5u8, 147u8, 243u8, 123u8, 74u8, 160u8, 142u8, 215u8, 29u8, 246u8, 73u8,
                40u8, 168u8, 243u8, 89u8, 136u8, 218u8, 206u8, 169u8, 248u8, 253u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    name: topics.1,
                    oldValue: data.0,
                    newValue: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldValue),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newValue),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.name.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.name);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ParameterUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ParameterUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ParameterUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Slashed(address,uint256,uint256,uint256,uint256,uint256,uint256)` and selector `0x086f0ce99d2c428e6953d44f528c3d079f03583b3cd40af2687f505b221a402e`.
```solidity
event Slashed(address indexed operator, uint256 bips, uint256 activeSlashed, uint256 unbondingSlashed, uint256 poolTokens, uint256 unbondingTokens, uint256 rate);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Slashed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bips: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub activeSlashed: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingSlashed: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub poolTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub rate: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Slashed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Slashed(address,uint256,uint256,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                8u8, 111u8, 12u8, 233u8, 157u8, 44u8, 66u8, 142u8, 105u8, 83u8, 212u8,
                79u8, 82u8, 140u8, 61u8, 7u8, 159u8, 3u8, 88u8, 59u8, 60u8, 212u8, 10u8,
                242u8, 104u8, 127u8, 80u8, 91u8, 34u8, 26u8, 64u8, 46u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    bips: data.0,
                    activeSlashed: data.1,
                    unbondingSlashed: data.2,
                    poolTokens: data.3,
                    unbondingTokens: data.4,
                    rate: data.5,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.activeSlashed),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingSlashed),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.poolTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.rate),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Slashed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Slashed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Slashed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Staked(address,address,uint256,uint256,uint256,uint256,uint256)` and selector `0xbacd36622e1941346c1191d039c1e7bd8e6a32c477242d72945bd05b7a4da55d`.
```solidity
event Staked(address indexed staker, address indexed operator, uint256 amount, uint256 shares, uint256 stakerShares, uint256 poolTokens, uint256 poolShares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Staked {
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub stakerShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub poolTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub poolShares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Staked {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Staked(address,address,uint256,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                186u8, 205u8, 54u8, 98u8, 46u8, 25u8, 65u8, 52u8, 108u8, 17u8, 145u8,
                208u8, 57u8, 193u8, 231u8, 189u8, 142u8, 106u8, 50u8, 196u8, 119u8, 36u8,
                45u8, 114u8, 148u8, 91u8, 208u8, 91u8, 122u8, 77u8, 165u8, 93u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    staker: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    shares: data.1,
                    stakerShares: data.2,
                    poolTokens: data.3,
                    poolShares: data.4,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.stakerShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.poolTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.poolShares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.staker.clone(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.staker,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Staked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Staked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Staked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Unjailed(address)` and selector `0xfa5039497ad9ba11f0eb5239b2614e925541bbcc0cf3476dd68e1927c86d33ff`.
```solidity
event Unjailed(address indexed operator);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Unjailed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Unjailed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Unjailed(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                250u8, 80u8, 57u8, 73u8, 122u8, 217u8, 186u8, 17u8, 240u8, 235u8, 82u8,
                57u8, 178u8, 97u8, 78u8, 146u8, 85u8, 65u8, 187u8, 204u8, 12u8, 243u8,
                71u8, 109u8, 214u8, 142u8, 25u8, 39u8, 200u8, 109u8, 51u8, 255u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { operator: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Unjailed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Unjailed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Unjailed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `UnstakeRequested(address,address,uint256,uint256,uint256,uint256,uint64,uint256,uint256,uint256)` and selector `0x0aad1587fbc21d7e594d1d63dda6ccb208a12384e9c760e4f36c962f30c7c8c3`.
```solidity
event UnstakeRequested(address indexed staker, address indexed operator, uint256 indexed requestId, uint256 shares, uint256 amount, uint256 unbondingShares, uint64 completableAt, uint256 stakerShares, uint256 poolTokens, uint256 poolShares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct UnstakeRequested {
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub completableAt: u64,
        #[allow(missing_docs)]
        pub stakerShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub poolTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub poolShares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for UnstakeRequested {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "UnstakeRequested(address,address,uint256,uint256,uint256,uint256,uint64,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 173u8, 21u8, 135u8, 251u8, 194u8, 29u8, 126u8, 89u8, 77u8, 29u8,
                99u8, 221u8, 166u8, 204u8, 178u8, 8u8, 161u8, 35u8, 132u8, 233u8, 199u8,
                96u8, 228u8, 243u8, 108u8, 150u8, 47u8, 48u8, 199u8, 200u8, 195u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    staker: topics.1,
                    operator: topics.2,
                    requestId: topics.3,
                    shares: data.0,
                    amount: data.1,
                    unbondingShares: data.2,
                    completableAt: data.3,
                    stakerShares: data.4,
                    poolTokens: data.5,
                    poolShares: data.6,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.completableAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.stakerShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.poolTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.poolShares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.staker.clone(),
                    self.operator.clone(),
                    self.requestId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.staker,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for UnstakeRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&UnstakeRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &UnstakeRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Withdrawn(address,address,uint256,uint256)` and selector `0x91fb9d98b786c57d74c099ccd2beca1739e9f6a81fb49001ca465c4b7591bbe2`.
```solidity
event Withdrawn(address indexed staker, address indexed operator, uint256 indexed requestId, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Withdrawn {
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Withdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "Withdrawn(address,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                145u8, 251u8, 157u8, 152u8, 183u8, 134u8, 197u8, 125u8, 116u8, 192u8,
                153u8, 204u8, 210u8, 190u8, 202u8, 23u8, 57u8, 233u8, 246u8, 168u8, 31u8,
                180u8, 144u8, 1u8, 202u8, 70u8, 92u8, 75u8, 117u8, 145u8, 187u8, 226u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    staker: topics.1,
                    operator: topics.2,
                    requestId: topics.3,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.staker.clone(),
                    self.operator.clone(),
                    self.requestId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.staker,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Withdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Withdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Withdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address token_, address owner_, uint256 minSelfStake_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub token_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub owner_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub minSelfStake_: alloy::sol_types::private::primitives::aliases::U256,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.token_, value.owner_, value.minSelfStake_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        token_: tuple.0,
                        owner_: tuple.1,
                        minSelfStake_: tuple.2,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner_,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minSelfStake_),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `BIPS()` and selector `0xf7050031`.
```solidity
function BIPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BIPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`BIPS()`](BIPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BIPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<BIPSCall> for UnderlyingRustTuple<'_> {
                fn from(value: BIPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BIPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<BIPSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: BIPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BIPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for BIPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BIPS()";
            const SELECTOR: [u8; 4] = [247u8, 5u8, 0u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: BIPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: BIPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `CLOCK_MODE()` and selector `0x4bf5d7e9`.
```solidity
function CLOCK_MODE() external pure returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CLOCK_MODECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`CLOCK_MODE()`](CLOCK_MODECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CLOCK_MODEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<CLOCK_MODECall> for UnderlyingRustTuple<'_> {
                fn from(value: CLOCK_MODECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for CLOCK_MODECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<CLOCK_MODEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: CLOCK_MODEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for CLOCK_MODEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for CLOCK_MODECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CLOCK_MODE()";
            const SELECTOR: [u8; 4] = [75u8, 245u8, 215u8, 233u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: CLOCK_MODEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: CLOCK_MODEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_COMMISSION_DELAY()` and selector `0x6007aad5`.
```solidity
function MAX_COMMISSION_DELAY() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COMMISSION_DELAYCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_COMMISSION_DELAY()`](MAX_COMMISSION_DELAYCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COMMISSION_DELAYReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_COMMISSION_DELAYCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COMMISSION_DELAYCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_COMMISSION_DELAYCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_COMMISSION_DELAYReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COMMISSION_DELAYReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_COMMISSION_DELAYReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_COMMISSION_DELAYCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_COMMISSION_DELAY()";
            const SELECTOR: [u8; 4] = [96u8, 7u8, 170u8, 213u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_COMMISSION_DELAYReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_COMMISSION_DELAYReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_OPERATORS_PER_STAKER()` and selector `0xb8fad3f7`.
```solidity
function MAX_OPERATORS_PER_STAKER() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_OPERATORS_PER_STAKERCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_OPERATORS_PER_STAKER()`](MAX_OPERATORS_PER_STAKERCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_OPERATORS_PER_STAKERReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_OPERATORS_PER_STAKERCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_OPERATORS_PER_STAKERCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_OPERATORS_PER_STAKERCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_OPERATORS_PER_STAKERReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_OPERATORS_PER_STAKERReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_OPERATORS_PER_STAKERReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_OPERATORS_PER_STAKERCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_OPERATORS_PER_STAKER()";
            const SELECTOR: [u8; 4] = [184u8, 250u8, 211u8, 247u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_OPERATORS_PER_STAKERReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_OPERATORS_PER_STAKERReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_PENDING_REQUESTS()` and selector `0x363c6b81`.
```solidity
function MAX_PENDING_REQUESTS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PENDING_REQUESTSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_PENDING_REQUESTS()`](MAX_PENDING_REQUESTSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PENDING_REQUESTSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PENDING_REQUESTSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PENDING_REQUESTSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_PENDING_REQUESTSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_PENDING_REQUESTSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PENDING_REQUESTSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_PENDING_REQUESTSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_PENDING_REQUESTSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_PENDING_REQUESTS()";
            const SELECTOR: [u8; 4] = [54u8, 60u8, 107u8, 129u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_PENDING_REQUESTSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_PENDING_REQUESTSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_POOL_SHARES()` and selector `0x21653096`.
```solidity
function MAX_POOL_SHARES() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_POOL_SHARESCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_POOL_SHARES()`](MAX_POOL_SHARESCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_POOL_SHARESReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_POOL_SHARESCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_POOL_SHARESCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_POOL_SHARESCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_POOL_SHARESReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_POOL_SHARESReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_POOL_SHARESReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_POOL_SHARESCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_POOL_SHARES()";
            const SELECTOR: [u8; 4] = [33u8, 101u8, 48u8, 150u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_POOL_SHARESReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_POOL_SHARESReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_UNBONDING()` and selector `0xa2a9b1ae`.
```solidity
function MAX_UNBONDING() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_UNBONDINGCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_UNBONDING()`](MAX_UNBONDINGCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_UNBONDINGReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_UNBONDINGCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_UNBONDINGCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_UNBONDINGCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_UNBONDINGReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_UNBONDINGReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_UNBONDINGReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_UNBONDINGCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_UNBONDING()";
            const SELECTOR: [u8; 4] = [162u8, 169u8, 177u8, 174u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_UNBONDINGReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_UNBONDINGReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_UNBONDING()` and selector `0x996b2c2e`.
```solidity
function MIN_UNBONDING() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_UNBONDINGCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_UNBONDING()`](MIN_UNBONDINGCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_UNBONDINGReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_UNBONDINGCall> for UnderlyingRustTuple<'_> {
                fn from(value: MIN_UNBONDINGCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MIN_UNBONDINGCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_UNBONDINGReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MIN_UNBONDINGReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MIN_UNBONDINGReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_UNBONDINGCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_UNBONDING()";
            const SELECTOR: [u8; 4] = [153u8, 107u8, 44u8, 46u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MIN_UNBONDINGReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MIN_UNBONDINGReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `RATE_SCALE()` and selector `0x79e071af`.
```solidity
function RATE_SCALE() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RATE_SCALECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`RATE_SCALE()`](RATE_SCALECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RATE_SCALEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<RATE_SCALECall> for UnderlyingRustTuple<'_> {
                fn from(value: RATE_SCALECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for RATE_SCALECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<RATE_SCALEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: RATE_SCALEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for RATE_SCALEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for RATE_SCALECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RATE_SCALE()";
            const SELECTOR: [u8; 4] = [121u8, 224u8, 113u8, 175u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: RATE_SCALEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: RATE_SCALEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `clock()` and selector `0x91ddadf4`.
```solidity
function clock() external view returns (uint48);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clockCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`clock()`](clockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clockReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<clockCall> for UnderlyingRustTuple<'_> {
                fn from(value: clockCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<clockReturn> for UnderlyingRustTuple<'_> {
                fn from(value: clockReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for clockCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "clock()";
            const SELECTOR: [u8; 4] = [145u8, 221u8, 173u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: clockReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: clockReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commissionDelay()` and selector `0x4966f9fb`.
```solidity
function commissionDelay() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commissionDelayCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`commissionDelay()`](commissionDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commissionDelayReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commissionDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: commissionDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commissionDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commissionDelayReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: commissionDelayReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commissionDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commissionDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commissionDelay()";
            const SELECTOR: [u8; 4] = [73u8, 102u8, 249u8, 251u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: commissionDelayReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: commissionDelayReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commissionOf(address)` and selector `0x661f4792`.
```solidity
function commissionOf(address operator) external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commissionOfCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`commissionOf(address)`](commissionOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commissionOfReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commissionOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: commissionOfCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commissionOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commissionOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: commissionOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commissionOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commissionOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commissionOf(address)";
            const SELECTOR: [u8; 4] = [102u8, 31u8, 71u8, 146u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: commissionOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: commissionOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `dutyStakesAt(address[],uint256)` and selector `0xf2442246`.
```solidity
function dutyStakesAt(address[] memory operators, uint256 timepoint) external view returns (uint256[] memory stakes, uint256 total);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct dutyStakesAtCall {
        #[allow(missing_docs)]
        pub operators: alloy::sol_types::private::Vec<
            alloy::sol_types::private::Address,
        >,
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`dutyStakesAt(address[],uint256)`](dutyStakesAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct dutyStakesAtReturn {
        #[allow(missing_docs)]
        pub stakes: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub total: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<dutyStakesAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: dutyStakesAtCall) -> Self {
                    (value.operators, value.timepoint)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for dutyStakesAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operators: tuple.0,
                        timepoint: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<dutyStakesAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: dutyStakesAtReturn) -> Self {
                    (value.stakes, value.total)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for dutyStakesAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        stakes: tuple.0,
                        total: tuple.1,
                    }
                }
            }
        }
        impl dutyStakesAtReturn {
            fn _tokenize(
                &self,
            ) -> <dutyStakesAtCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.stakes),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.total),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for dutyStakesAtCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = dutyStakesAtReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "dutyStakesAt(address[],uint256)";
            const SELECTOR: [u8; 4] = [242u8, 68u8, 34u8, 70u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.operators),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                dutyStakesAtReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `exchangeRate(address)` and selector `0xdc3b7c8b`.
```solidity
function exchangeRate(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct exchangeRateCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`exchangeRate(address)`](exchangeRateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct exchangeRateReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<exchangeRateCall> for UnderlyingRustTuple<'_> {
                fn from(value: exchangeRateCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for exchangeRateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<exchangeRateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: exchangeRateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for exchangeRateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for exchangeRateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "exchangeRate(address)";
            const SELECTOR: [u8; 4] = [220u8, 59u8, 124u8, 139u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: exchangeRateReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: exchangeRateReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getPastStakedVotes(address,uint256)` and selector `0xa8a08cf8`.
```solidity
function getPastStakedVotes(address account, uint256 timepoint) external view returns (uint256 votes);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getPastStakedVotesCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getPastStakedVotes(address,uint256)`](getPastStakedVotesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getPastStakedVotesReturn {
        #[allow(missing_docs)]
        pub votes: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getPastStakedVotesCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: getPastStakedVotesCall) -> Self {
                    (value.account, value.timepoint)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getPastStakedVotesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        timepoint: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getPastStakedVotesReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getPastStakedVotesReturn) -> Self {
                    (value.votes,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getPastStakedVotesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { votes: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getPastStakedVotesCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getPastStakedVotes(address,uint256)";
            const SELECTOR: [u8; 4] = [168u8, 160u8, 140u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getPastStakedVotesReturn = r.into();
                        r.votes
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getPastStakedVotesReturn = r.into();
                        r.votes
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getStakedVotes(address)` and selector `0xa0238b1e`.
```solidity
function getStakedVotes(address account) external view returns (uint256 votes);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getStakedVotesCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getStakedVotes(address)`](getStakedVotesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getStakedVotesReturn {
        #[allow(missing_docs)]
        pub votes: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getStakedVotesCall> for UnderlyingRustTuple<'_> {
                fn from(value: getStakedVotesCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getStakedVotesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getStakedVotesReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getStakedVotesReturn) -> Self {
                    (value.votes,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getStakedVotesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { votes: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getStakedVotesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getStakedVotes(address)";
            const SELECTOR: [u8; 4] = [160u8, 35u8, 139u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getStakedVotesReturn = r.into();
                        r.votes
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getStakedVotesReturn = r.into();
                        r.votes
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isActive(address)` and selector `0x9f8a13d7`.
```solidity
function isActive(address operator) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isActiveCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isActive(address)`](isActiveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isActiveReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isActiveCall> for UnderlyingRustTuple<'_> {
                fn from(value: isActiveCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isActiveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isActiveReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isActiveReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isActiveReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isActiveCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isActive(address)";
            const SELECTOR: [u8; 4] = [159u8, 138u8, 19u8, 215u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isActiveReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isActiveReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isJailed(address)` and selector `0x14bfb527`.
```solidity
function isJailed(address operator) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isJailedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isJailed(address)`](isJailedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isJailedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isJailedCall> for UnderlyingRustTuple<'_> {
                fn from(value: isJailedCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isJailedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isJailedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isJailedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isJailedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isJailedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isJailed(address)";
            const SELECTOR: [u8; 4] = [20u8, 191u8, 181u8, 39u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isJailedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isJailedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `jail(address,uint64)` and selector `0x6944f4a6`.
```solidity
function jail(address operator, uint64 until) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct jailCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub until: u64,
    }
    ///Container type for the return parameters of the [`jail(address,uint64)`](jailCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct jailReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<jailCall> for UnderlyingRustTuple<'_> {
                fn from(value: jailCall) -> Self {
                    (value.operator, value.until)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for jailCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        until: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<jailReturn> for UnderlyingRustTuple<'_> {
                fn from(value: jailReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for jailReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl jailReturn {
            fn _tokenize(
                &self,
            ) -> <jailCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for jailCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = jailReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "jail(address,uint64)";
            const SELECTOR: [u8; 4] = [105u8, 68u8, 244u8, 166u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.until),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                jailReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `maxCommissionBips()` and selector `0x65e56d1e`.
```solidity
function maxCommissionBips() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxCommissionBipsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`maxCommissionBips()`](maxCommissionBipsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxCommissionBipsReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<maxCommissionBipsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: maxCommissionBipsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for maxCommissionBipsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<maxCommissionBipsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: maxCommissionBipsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for maxCommissionBipsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for maxCommissionBipsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "maxCommissionBips()";
            const SELECTOR: [u8; 4] = [101u8, 229u8, 109u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: maxCommissionBipsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: maxCommissionBipsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `minSelfStake()` and selector `0xc5f530af`.
```solidity
function minSelfStake() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minSelfStakeCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`minSelfStake()`](minSelfStakeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minSelfStakeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<minSelfStakeCall> for UnderlyingRustTuple<'_> {
                fn from(value: minSelfStakeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for minSelfStakeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<minSelfStakeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: minSelfStakeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for minSelfStakeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for minSelfStakeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "minSelfStake()";
            const SELECTOR: [u8; 4] = [197u8, 245u8, 48u8, 175u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: minSelfStakeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: minSelfStakeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operatorById(uint32)` and selector `0x1b694285`.
```solidity
function operatorById(uint32 id) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorByIdCall {
        #[allow(missing_docs)]
        pub id: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`operatorById(uint32)`](operatorByIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorByIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorByIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: operatorByIdCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorByIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorByIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: operatorByIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorByIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorByIdCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operatorById(uint32)";
            const SELECTOR: [u8; 4] = [27u8, 105u8, 66u8, 133u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: operatorByIdReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: operatorByIdReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operatorInfo(address)` and selector `0x50c246d6`.
```solidity
function operatorInfo(address operator) external view returns (IStaking.Operator memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorInfoCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`operatorInfo(address)`](operatorInfoCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorInfoReturn {
        #[allow(missing_docs)]
        pub _0: <IStaking::Operator as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorInfoCall> for UnderlyingRustTuple<'_> {
                fn from(value: operatorInfoCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorInfoCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IStaking::Operator,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IStaking::Operator as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorInfoReturn> for UnderlyingRustTuple<'_> {
                fn from(value: operatorInfoReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorInfoReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorInfoCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IStaking::Operator as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IStaking::Operator,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operatorInfo(address)";
            const SELECTOR: [u8; 4] = [80u8, 194u8, 70u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IStaking::Operator as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: operatorInfoReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: operatorInfoReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operatorOfSigningKey(address)` and selector `0x89ca4179`.
```solidity
function operatorOfSigningKey(address key) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorOfSigningKeyCall {
        #[allow(missing_docs)]
        pub key: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`operatorOfSigningKey(address)`](operatorOfSigningKeyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorOfSigningKeyReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorOfSigningKeyCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: operatorOfSigningKeyCall) -> Self {
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for operatorOfSigningKeyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorOfSigningKeyReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: operatorOfSigningKeyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for operatorOfSigningKeyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorOfSigningKeyCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operatorOfSigningKey(address)";
            const SELECTOR: [u8; 4] = [137u8, 202u8, 65u8, 121u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.key,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: operatorOfSigningKeyReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: operatorOfSigningKeyReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operatorsOf(address)` and selector `0xb534fbb6`.
```solidity
function operatorsOf(address staker) external view returns (address[] memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorsOfCall {
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`operatorsOf(address)`](operatorsOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorsOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorsOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: operatorsOfCall) -> Self {
                    (value.staker,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorsOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { staker: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorsOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: operatorsOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorsOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorsOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<
                alloy::sol_types::private::Address,
            >;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operatorsOf(address)";
            const SELECTOR: [u8; 4] = [181u8, 52u8, 251u8, 182u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: operatorsOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: operatorsOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `owner()` and selector `0x8da5cb5b`.
```solidity
function owner() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owner()`](ownerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owner()";
            const SELECTOR: [u8; 4] = [141u8, 165u8, 203u8, 91u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: ownerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: ownerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pendingRequests(address)` and selector `0xfb22e651`.
```solidity
function pendingRequests(address staker) external view returns (uint256 firstId, IStaking.UnstakeRequest[] memory reqs);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingRequestsCall {
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingRequests(address)`](pendingRequestsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingRequestsReturn {
        #[allow(missing_docs)]
        pub firstId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reqs: alloy::sol_types::private::Vec<
            <IStaking::UnstakeRequest as alloy::sol_types::SolType>::RustType,
        >,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingRequestsCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingRequestsCall) -> Self {
                    (value.staker,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingRequestsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { staker: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<IStaking::UnstakeRequest>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Vec<
                    <IStaking::UnstakeRequest as alloy::sol_types::SolType>::RustType,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingRequestsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: pendingRequestsReturn) -> Self {
                    (value.firstId, value.reqs)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for pendingRequestsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        firstId: tuple.0,
                        reqs: tuple.1,
                    }
                }
            }
        }
        impl pendingRequestsReturn {
            fn _tokenize(
                &self,
            ) -> <pendingRequestsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.firstId),
                    <alloy::sol_types::sol_data::Array<
                        IStaking::UnstakeRequest,
                    > as alloy_sol_types::SolType>::tokenize(&self.reqs),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingRequestsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = pendingRequestsReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<IStaking::UnstakeRequest>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingRequests(address)";
            const SELECTOR: [u8; 4] = [251u8, 34u8, 230u8, 81u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                pendingRequestsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pool(address)` and selector `0x156522a8`.
```solidity
function pool(address operator) external view returns (uint256 tokens, uint256 shares);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pool(address)`](poolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolReturn {
        #[allow(missing_docs)]
        pub tokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolCall> for UnderlyingRustTuple<'_> {
                fn from(value: poolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: poolReturn) -> Self {
                    (value.tokens, value.shares)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        tokens: tuple.0,
                        shares: tuple.1,
                    }
                }
            }
        }
        impl poolReturn {
            fn _tokenize(
                &self,
            ) -> <poolCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for poolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = poolReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pool(address)";
            const SELECTOR: [u8; 4] = [21u8, 101u8, 34u8, 168u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                poolReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `poolValue(address)` and selector `0x593be57a`.
```solidity
function poolValue(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolValueCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`poolValue(address)`](poolValueCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolValueReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolValueCall> for UnderlyingRustTuple<'_> {
                fn from(value: poolValueCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolValueCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolValueReturn> for UnderlyingRustTuple<'_> {
                fn from(value: poolValueReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolValueReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for poolValueCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "poolValue(address)";
            const SELECTOR: [u8; 4] = [89u8, 59u8, 229u8, 122u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: poolValueReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: poolValueReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `registerOperator(address,uint16,uint256)` and selector `0x76dc3f30`.
```solidity
function registerOperator(address signingKey, uint16 commissionBips, uint256 selfStake) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerOperatorCall {
        #[allow(missing_docs)]
        pub signingKey: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub commissionBips: u16,
        #[allow(missing_docs)]
        pub selfStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`registerOperator(address,uint16,uint256)`](registerOperatorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerOperatorReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u16,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerOperatorCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: registerOperatorCall) -> Self {
                    (value.signingKey, value.commissionBips, value.selfStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for registerOperatorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        signingKey: tuple.0,
                        commissionBips: tuple.1,
                        selfStake: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerOperatorReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: registerOperatorReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for registerOperatorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl registerOperatorReturn {
            fn _tokenize(
                &self,
            ) -> <registerOperatorCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registerOperatorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = registerOperatorReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "registerOperator(address,uint16,uint256)";
            const SELECTOR: [u8; 4] = [118u8, 220u8, 63u8, 48u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signingKey,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionBips),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.selfStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                registerOperatorReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceOwnership()` and selector `0x715018a6`.
```solidity
function renounceOwnership() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipCall;
    ///Container type for the return parameters of the [`renounceOwnership()`](renounceOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <renounceOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceOwnership()";
            const SELECTOR: [u8; 4] = [113u8, 80u8, 24u8, 166u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestUnstake(address,uint256)` and selector `0x710ba631`.
```solidity
function requestUnstake(address operator, uint256 shares) external returns (uint256 requestId, uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestUnstakeCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestUnstake(address,uint256)`](requestUnstakeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestUnstakeReturn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestUnstakeCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestUnstakeCall) -> Self {
                    (value.operator, value.shares)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestUnstakeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        shares: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestUnstakeReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: requestUnstakeReturn) -> Self {
                    (value.requestId, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for requestUnstakeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        requestId: tuple.0,
                        amount: tuple.1,
                    }
                }
            }
        }
        impl requestUnstakeReturn {
            fn _tokenize(
                &self,
            ) -> <requestUnstakeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestUnstakeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = requestUnstakeReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestUnstake(address,uint256)";
            const SELECTOR: [u8; 4] = [113u8, 11u8, 166u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                requestUnstakeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestValue(address,uint256)` and selector `0x59f061f4`.
```solidity
function requestValue(address staker, uint256 requestId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestValueCall {
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestValue(address,uint256)`](requestValueCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestValueReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestValueCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestValueCall) -> Self {
                    (value.staker, value.requestId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestValueCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        staker: tuple.0,
                        requestId: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestValueReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestValueReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestValueReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestValueCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestValue(address,uint256)";
            const SELECTOR: [u8; 4] = [89u8, 240u8, 97u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: requestValueReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: requestValueReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `scheduleCommission(uint16)` and selector `0x86896641`.
```solidity
function scheduleCommission(uint16 commissionBips) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct scheduleCommissionCall {
        #[allow(missing_docs)]
        pub commissionBips: u16,
    }
    ///Container type for the return parameters of the [`scheduleCommission(uint16)`](scheduleCommissionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct scheduleCommissionReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<scheduleCommissionCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: scheduleCommissionCall) -> Self {
                    (value.commissionBips,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for scheduleCommissionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { commissionBips: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<scheduleCommissionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: scheduleCommissionReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for scheduleCommissionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl scheduleCommissionReturn {
            fn _tokenize(
                &self,
            ) -> <scheduleCommissionCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for scheduleCommissionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = scheduleCommissionReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "scheduleCommission(uint16)";
            const SELECTOR: [u8; 4] = [134u8, 137u8, 102u8, 65u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionBips),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                scheduleCommissionReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setCommissionDelay(uint64)` and selector `0x3f4be248`.
```solidity
function setCommissionDelay(uint64 delay) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommissionDelayCall {
        #[allow(missing_docs)]
        pub delay: u64,
    }
    ///Container type for the return parameters of the [`setCommissionDelay(uint64)`](setCommissionDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommissionDelayReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommissionDelayCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setCommissionDelayCall) -> Self {
                    (value.delay,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setCommissionDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { delay: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommissionDelayReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setCommissionDelayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setCommissionDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setCommissionDelayReturn {
            fn _tokenize(
                &self,
            ) -> <setCommissionDelayCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setCommissionDelayCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setCommissionDelayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setCommissionDelay(uint64)";
            const SELECTOR: [u8; 4] = [63u8, 75u8, 226u8, 72u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.delay),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setCommissionDelayReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMaxCommission(uint16)` and selector `0xfeb54c47`.
```solidity
function setMaxCommission(uint16 bips) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxCommissionCall {
        #[allow(missing_docs)]
        pub bips: u16,
    }
    ///Container type for the return parameters of the [`setMaxCommission(uint16)`](setMaxCommissionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxCommissionReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMaxCommissionCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMaxCommissionCall) -> Self {
                    (value.bips,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMaxCommissionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bips: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMaxCommissionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMaxCommissionReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMaxCommissionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMaxCommissionReturn {
            fn _tokenize(
                &self,
            ) -> <setMaxCommissionCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMaxCommissionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMaxCommissionReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMaxCommission(uint16)";
            const SELECTOR: [u8; 4] = [254u8, 181u8, 76u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMaxCommissionReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMinSelfStake(uint256)` and selector `0xd75629cf`.
```solidity
function setMinSelfStake(uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMinSelfStakeCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setMinSelfStake(uint256)`](setMinSelfStakeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMinSelfStakeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMinSelfStakeCall> for UnderlyingRustTuple<'_> {
                fn from(value: setMinSelfStakeCall) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setMinSelfStakeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMinSelfStakeReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMinSelfStakeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMinSelfStakeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMinSelfStakeReturn {
            fn _tokenize(
                &self,
            ) -> <setMinSelfStakeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMinSelfStakeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMinSelfStakeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMinSelfStake(uint256)";
            const SELECTOR: [u8; 4] = [215u8, 86u8, 41u8, 207u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMinSelfStakeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setSlasher(address)` and selector `0xaabc2496`.
```solidity
function setSlasher(address slasher_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setSlasherCall {
        #[allow(missing_docs)]
        pub slasher_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setSlasher(address)`](setSlasherCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setSlasherReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setSlasherCall> for UnderlyingRustTuple<'_> {
                fn from(value: setSlasherCall) -> Self {
                    (value.slasher_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setSlasherCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { slasher_: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setSlasherReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setSlasherReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setSlasherReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setSlasherReturn {
            fn _tokenize(
                &self,
            ) -> <setSlasherCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setSlasherCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setSlasherReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setSlasher(address)";
            const SELECTOR: [u8; 4] = [170u8, 188u8, 36u8, 150u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.slasher_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setSlasherReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setStakeHook(address)` and selector `0x8332d851`.
```solidity
function setStakeHook(address hook) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setStakeHookCall {
        #[allow(missing_docs)]
        pub hook: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setStakeHook(address)`](setStakeHookCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setStakeHookReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setStakeHookCall> for UnderlyingRustTuple<'_> {
                fn from(value: setStakeHookCall) -> Self {
                    (value.hook,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setStakeHookCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { hook: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setStakeHookReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setStakeHookReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setStakeHookReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setStakeHookReturn {
            fn _tokenize(
                &self,
            ) -> <setStakeHookCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setStakeHookCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setStakeHookReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setStakeHook(address)";
            const SELECTOR: [u8; 4] = [131u8, 50u8, 216u8, 81u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.hook,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setStakeHookReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setUnbondingPeriod(uint64)` and selector `0xf10d1de1`.
```solidity
function setUnbondingPeriod(uint64 period) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setUnbondingPeriodCall {
        #[allow(missing_docs)]
        pub period: u64,
    }
    ///Container type for the return parameters of the [`setUnbondingPeriod(uint64)`](setUnbondingPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setUnbondingPeriodReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setUnbondingPeriodCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setUnbondingPeriodCall) -> Self {
                    (value.period,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setUnbondingPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { period: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setUnbondingPeriodReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setUnbondingPeriodReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setUnbondingPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setUnbondingPeriodReturn {
            fn _tokenize(
                &self,
            ) -> <setUnbondingPeriodCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setUnbondingPeriodCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setUnbondingPeriodReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setUnbondingPeriod(uint64)";
            const SELECTOR: [u8; 4] = [241u8, 13u8, 29u8, 225u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.period),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setUnbondingPeriodReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `sharesOf(address,address)` and selector `0x0a7292f5`.
```solidity
function sharesOf(address staker, address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct sharesOfCall {
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`sharesOf(address,address)`](sharesOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct sharesOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<sharesOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: sharesOfCall) -> Self {
                    (value.staker, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for sharesOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        staker: tuple.0,
                        operator: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<sharesOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: sharesOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for sharesOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for sharesOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "sharesOf(address,address)";
            const SELECTOR: [u8; 4] = [10u8, 114u8, 146u8, 245u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: sharesOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: sharesOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slash(address,uint256,address,uint256,address)` and selector `0xfabdd648`.
```solidity
function slash(address operator, uint256 bips, address rewardRecipient, uint256 rewardBips, address remainderRecipient) external returns (uint256 amount, uint256 reward);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bips: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub rewardRecipient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub rewardBips: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub remainderRecipient: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slash(address,uint256,address,uint256,address)`](slashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashCall) -> Self {
                    (
                        value.operator,
                        value.bips,
                        value.rewardRecipient,
                        value.rewardBips,
                        value.remainderRecipient,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        bips: tuple.1,
                        rewardRecipient: tuple.2,
                        rewardBips: tuple.3,
                        remainderRecipient: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashReturn) -> Self {
                    (value.amount, value.reward)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        amount: tuple.0,
                        reward: tuple.1,
                    }
                }
            }
        }
        impl slashReturn {
            fn _tokenize(
                &self,
            ) -> <slashCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reward),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = slashReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slash(address,uint256,address,uint256,address)";
            const SELECTOR: [u8; 4] = [250u8, 189u8, 214u8, 72u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.rewardRecipient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.rewardBips),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.remainderRecipient,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                slashReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slasher()` and selector `0xb1344271`.
```solidity
function slasher() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slasherCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slasher()`](slasherCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slasherReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slasherCall> for UnderlyingRustTuple<'_> {
                fn from(value: slasherCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slasherCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slasherReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slasherReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slasherReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slasherCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slasher()";
            const SELECTOR: [u8; 4] = [177u8, 52u8, 66u8, 113u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slasherReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slasherReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `stake(address,uint256)` and selector `0xadc9772e`.
```solidity
function stake(address operator, uint256 amount) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`stake(address,uint256)`](stakeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeCall> for UnderlyingRustTuple<'_> {
                fn from(value: stakeCall) -> Self {
                    (value.operator, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        amount: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: stakeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "stake(address,uint256)";
            const SELECTOR: [u8; 4] = [173u8, 201u8, 119u8, 46u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: stakeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: stakeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `stakeAt(address,uint256)` and selector `0x997db02d`.
```solidity
function stakeAt(address operator, uint256 timepoint) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeAtCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`stakeAt(address,uint256)`](stakeAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeAtReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: stakeAtCall) -> Self {
                    (value.operator, value.timepoint)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        timepoint: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: stakeAtReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakeAtCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "stakeAt(address,uint256)";
            const SELECTOR: [u8; 4] = [153u8, 125u8, 176u8, 45u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: stakeAtReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: stakeAtReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `stakeHook()` and selector `0xc8bd72a8`.
```solidity
function stakeHook() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeHookCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`stakeHook()`](stakeHookCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeHookReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeHookCall> for UnderlyingRustTuple<'_> {
                fn from(value: stakeHookCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeHookCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeHookReturn> for UnderlyingRustTuple<'_> {
                fn from(value: stakeHookReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeHookReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakeHookCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "stakeHook()";
            const SELECTOR: [u8; 4] = [200u8, 189u8, 114u8, 168u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: stakeHookReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: stakeHookReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `stakeOf(address,address)` and selector `0xce4cb876`.
```solidity
function stakeOf(address staker, address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeOfCall {
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`stakeOf(address,address)`](stakeOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: stakeOfCall) -> Self {
                    (value.staker, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        staker: tuple.0,
                        operator: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: stakeOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakeOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "stakeOf(address,address)";
            const SELECTOR: [u8; 4] = [206u8, 76u8, 184u8, 118u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: stakeOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: stakeOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `stakeWithPermit(address,uint256,uint256,uint8,bytes32,bytes32)` and selector `0x73d6a889`.
```solidity
function stakeWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeWithPermitCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub v: u8,
        #[allow(missing_docs)]
        pub r: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub s: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`stakeWithPermit(address,uint256,uint256,uint8,bytes32,bytes32)`](stakeWithPermitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakeWithPermitReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeWithPermitCall> for UnderlyingRustTuple<'_> {
                fn from(value: stakeWithPermitCall) -> Self {
                    (
                        value.operator,
                        value.amount,
                        value.deadline,
                        value.v,
                        value.r,
                        value.s,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakeWithPermitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        amount: tuple.1,
                        deadline: tuple.2,
                        v: tuple.3,
                        r: tuple.4,
                        s: tuple.5,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakeWithPermitReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: stakeWithPermitReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for stakeWithPermitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakeWithPermitCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "stakeWithPermit(address,uint256,uint256,uint8,bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [115u8, 214u8, 168u8, 137u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.v),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.r),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.s),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: stakeWithPermitReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: stakeWithPermitReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `token()` and selector `0xfc0c546a`.
```solidity
function token() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`token()`](tokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "token()";
            const SELECTOR: [u8; 4] = [252u8, 12u8, 84u8, 106u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `totalStaked()` and selector `0x817b1cd2`.
```solidity
function totalStaked() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalStakedCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`totalStaked()`](totalStakedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalStakedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalStakedCall> for UnderlyingRustTuple<'_> {
                fn from(value: totalStakedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalStakedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalStakedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: totalStakedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalStakedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for totalStakedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "totalStaked()";
            const SELECTOR: [u8; 4] = [129u8, 123u8, 28u8, 210u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: totalStakedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: totalStakedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferOwnership(address)` and selector `0xf2fde38b`.
```solidity
function transferOwnership(address newOwner) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipCall {
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`transferOwnership(address)`](transferOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipCall) -> Self {
                    (value.newOwner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newOwner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <transferOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferOwnershipCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferOwnership(address)";
            const SELECTOR: [u8; 4] = [242u8, 253u8, 227u8, 139u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newOwner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unbondingPeriod()` and selector `0x6cf6d675`.
```solidity
function unbondingPeriod() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unbondingPeriodCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`unbondingPeriod()`](unbondingPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unbondingPeriodReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unbondingPeriodCall> for UnderlyingRustTuple<'_> {
                fn from(value: unbondingPeriodCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unbondingPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unbondingPeriodReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: unbondingPeriodReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for unbondingPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unbondingPeriodCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unbondingPeriod()";
            const SELECTOR: [u8; 4] = [108u8, 246u8, 214u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: unbondingPeriodReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: unbondingPeriodReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unbondingPool(address)` and selector `0xd5faf17a`.
```solidity
function unbondingPool(address operator) external view returns (uint256 tokens, uint256 shares);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unbondingPoolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`unbondingPool(address)`](unbondingPoolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unbondingPoolReturn {
        #[allow(missing_docs)]
        pub tokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unbondingPoolCall> for UnderlyingRustTuple<'_> {
                fn from(value: unbondingPoolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unbondingPoolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unbondingPoolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unbondingPoolReturn) -> Self {
                    (value.tokens, value.shares)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unbondingPoolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        tokens: tuple.0,
                        shares: tuple.1,
                    }
                }
            }
        }
        impl unbondingPoolReturn {
            fn _tokenize(
                &self,
            ) -> <unbondingPoolCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unbondingPoolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = unbondingPoolReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unbondingPool(address)";
            const SELECTOR: [u8; 4] = [213u8, 250u8, 241u8, 122u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                unbondingPoolReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unjail()` and selector `0xf679d305`.
```solidity
function unjail() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unjailCall;
    ///Container type for the return parameters of the [`unjail()`](unjailCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unjailReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unjailCall> for UnderlyingRustTuple<'_> {
                fn from(value: unjailCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unjailCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unjailReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unjailReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unjailReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unjailReturn {
            fn _tokenize(
                &self,
            ) -> <unjailCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unjailCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = unjailReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unjail()";
            const SELECTOR: [u8; 4] = [246u8, 121u8, 211u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                unjailReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdraw(uint256)` and selector `0x2e1a7d4d`.
```solidity
function withdraw(uint256 maxRequests) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawCall {
        #[allow(missing_docs)]
        pub maxRequests: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdraw(uint256)`](withdrawCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawCall) -> Self {
                    (value.maxRequests,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { maxRequests: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdraw(uint256)";
            const SELECTOR: [u8; 4] = [46u8, 26u8, 125u8, 77u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxRequests),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: withdrawReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: withdrawReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    ///Container for all the [`Staking`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum StakingCalls {
        #[allow(missing_docs)]
        BIPS(BIPSCall),
        #[allow(missing_docs)]
        CLOCK_MODE(CLOCK_MODECall),
        #[allow(missing_docs)]
        MAX_COMMISSION_DELAY(MAX_COMMISSION_DELAYCall),
        #[allow(missing_docs)]
        MAX_OPERATORS_PER_STAKER(MAX_OPERATORS_PER_STAKERCall),
        #[allow(missing_docs)]
        MAX_PENDING_REQUESTS(MAX_PENDING_REQUESTSCall),
        #[allow(missing_docs)]
        MAX_POOL_SHARES(MAX_POOL_SHARESCall),
        #[allow(missing_docs)]
        MAX_UNBONDING(MAX_UNBONDINGCall),
        #[allow(missing_docs)]
        MIN_UNBONDING(MIN_UNBONDINGCall),
        #[allow(missing_docs)]
        RATE_SCALE(RATE_SCALECall),
        #[allow(missing_docs)]
        clock(clockCall),
        #[allow(missing_docs)]
        commissionDelay(commissionDelayCall),
        #[allow(missing_docs)]
        commissionOf(commissionOfCall),
        #[allow(missing_docs)]
        dutyStakesAt(dutyStakesAtCall),
        #[allow(missing_docs)]
        exchangeRate(exchangeRateCall),
        #[allow(missing_docs)]
        getPastStakedVotes(getPastStakedVotesCall),
        #[allow(missing_docs)]
        getStakedVotes(getStakedVotesCall),
        #[allow(missing_docs)]
        isActive(isActiveCall),
        #[allow(missing_docs)]
        isJailed(isJailedCall),
        #[allow(missing_docs)]
        jail(jailCall),
        #[allow(missing_docs)]
        maxCommissionBips(maxCommissionBipsCall),
        #[allow(missing_docs)]
        minSelfStake(minSelfStakeCall),
        #[allow(missing_docs)]
        operatorById(operatorByIdCall),
        #[allow(missing_docs)]
        operatorInfo(operatorInfoCall),
        #[allow(missing_docs)]
        operatorOfSigningKey(operatorOfSigningKeyCall),
        #[allow(missing_docs)]
        operatorsOf(operatorsOfCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        pendingRequests(pendingRequestsCall),
        #[allow(missing_docs)]
        pool(poolCall),
        #[allow(missing_docs)]
        poolValue(poolValueCall),
        #[allow(missing_docs)]
        registerOperator(registerOperatorCall),
        #[allow(missing_docs)]
        renounceOwnership(renounceOwnershipCall),
        #[allow(missing_docs)]
        requestUnstake(requestUnstakeCall),
        #[allow(missing_docs)]
        requestValue(requestValueCall),
        #[allow(missing_docs)]
        scheduleCommission(scheduleCommissionCall),
        #[allow(missing_docs)]
        setCommissionDelay(setCommissionDelayCall),
        #[allow(missing_docs)]
        setMaxCommission(setMaxCommissionCall),
        #[allow(missing_docs)]
        setMinSelfStake(setMinSelfStakeCall),
        #[allow(missing_docs)]
        setSlasher(setSlasherCall),
        #[allow(missing_docs)]
        setStakeHook(setStakeHookCall),
        #[allow(missing_docs)]
        setUnbondingPeriod(setUnbondingPeriodCall),
        #[allow(missing_docs)]
        sharesOf(sharesOfCall),
        #[allow(missing_docs)]
        slash(slashCall),
        #[allow(missing_docs)]
        slasher(slasherCall),
        #[allow(missing_docs)]
        stake(stakeCall),
        #[allow(missing_docs)]
        stakeAt(stakeAtCall),
        #[allow(missing_docs)]
        stakeHook(stakeHookCall),
        #[allow(missing_docs)]
        stakeOf(stakeOfCall),
        #[allow(missing_docs)]
        stakeWithPermit(stakeWithPermitCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        totalStaked(totalStakedCall),
        #[allow(missing_docs)]
        transferOwnership(transferOwnershipCall),
        #[allow(missing_docs)]
        unbondingPeriod(unbondingPeriodCall),
        #[allow(missing_docs)]
        unbondingPool(unbondingPoolCall),
        #[allow(missing_docs)]
        unjail(unjailCall),
        #[allow(missing_docs)]
        withdraw(withdrawCall),
    }
    impl StakingCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [10u8, 114u8, 146u8, 245u8],
            [20u8, 191u8, 181u8, 39u8],
            [21u8, 101u8, 34u8, 168u8],
            [27u8, 105u8, 66u8, 133u8],
            [33u8, 101u8, 48u8, 150u8],
            [46u8, 26u8, 125u8, 77u8],
            [54u8, 60u8, 107u8, 129u8],
            [63u8, 75u8, 226u8, 72u8],
            [73u8, 102u8, 249u8, 251u8],
            [75u8, 245u8, 215u8, 233u8],
            [80u8, 194u8, 70u8, 214u8],
            [89u8, 59u8, 229u8, 122u8],
            [89u8, 240u8, 97u8, 244u8],
            [96u8, 7u8, 170u8, 213u8],
            [101u8, 229u8, 109u8, 30u8],
            [102u8, 31u8, 71u8, 146u8],
            [105u8, 68u8, 244u8, 166u8],
            [108u8, 246u8, 214u8, 117u8],
            [113u8, 11u8, 166u8, 49u8],
            [113u8, 80u8, 24u8, 166u8],
            [115u8, 214u8, 168u8, 137u8],
            [118u8, 220u8, 63u8, 48u8],
            [121u8, 224u8, 113u8, 175u8],
            [129u8, 123u8, 28u8, 210u8],
            [131u8, 50u8, 216u8, 81u8],
            [134u8, 137u8, 102u8, 65u8],
            [137u8, 202u8, 65u8, 121u8],
            [141u8, 165u8, 203u8, 91u8],
            [145u8, 221u8, 173u8, 244u8],
            [153u8, 107u8, 44u8, 46u8],
            [153u8, 125u8, 176u8, 45u8],
            [159u8, 138u8, 19u8, 215u8],
            [160u8, 35u8, 139u8, 30u8],
            [162u8, 169u8, 177u8, 174u8],
            [168u8, 160u8, 140u8, 248u8],
            [170u8, 188u8, 36u8, 150u8],
            [173u8, 201u8, 119u8, 46u8],
            [177u8, 52u8, 66u8, 113u8],
            [181u8, 52u8, 251u8, 182u8],
            [184u8, 250u8, 211u8, 247u8],
            [197u8, 245u8, 48u8, 175u8],
            [200u8, 189u8, 114u8, 168u8],
            [206u8, 76u8, 184u8, 118u8],
            [213u8, 250u8, 241u8, 122u8],
            [215u8, 86u8, 41u8, 207u8],
            [220u8, 59u8, 124u8, 139u8],
            [241u8, 13u8, 29u8, 225u8],
            [242u8, 68u8, 34u8, 70u8],
            [242u8, 253u8, 227u8, 139u8],
            [246u8, 121u8, 211u8, 5u8],
            [247u8, 5u8, 0u8, 49u8],
            [250u8, 189u8, 214u8, 72u8],
            [251u8, 34u8, 230u8, 81u8],
            [252u8, 12u8, 84u8, 106u8],
            [254u8, 181u8, 76u8, 71u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(sharesOf),
            ::core::stringify!(isJailed),
            ::core::stringify!(pool),
            ::core::stringify!(operatorById),
            ::core::stringify!(MAX_POOL_SHARES),
            ::core::stringify!(withdraw),
            ::core::stringify!(MAX_PENDING_REQUESTS),
            ::core::stringify!(setCommissionDelay),
            ::core::stringify!(commissionDelay),
            ::core::stringify!(CLOCK_MODE),
            ::core::stringify!(operatorInfo),
            ::core::stringify!(poolValue),
            ::core::stringify!(requestValue),
            ::core::stringify!(MAX_COMMISSION_DELAY),
            ::core::stringify!(maxCommissionBips),
            ::core::stringify!(commissionOf),
            ::core::stringify!(jail),
            ::core::stringify!(unbondingPeriod),
            ::core::stringify!(requestUnstake),
            ::core::stringify!(renounceOwnership),
            ::core::stringify!(stakeWithPermit),
            ::core::stringify!(registerOperator),
            ::core::stringify!(RATE_SCALE),
            ::core::stringify!(totalStaked),
            ::core::stringify!(setStakeHook),
            ::core::stringify!(scheduleCommission),
            ::core::stringify!(operatorOfSigningKey),
            ::core::stringify!(owner),
            ::core::stringify!(clock),
            ::core::stringify!(MIN_UNBONDING),
            ::core::stringify!(stakeAt),
            ::core::stringify!(isActive),
            ::core::stringify!(getStakedVotes),
            ::core::stringify!(MAX_UNBONDING),
            ::core::stringify!(getPastStakedVotes),
            ::core::stringify!(setSlasher),
            ::core::stringify!(stake),
            ::core::stringify!(slasher),
            ::core::stringify!(operatorsOf),
            ::core::stringify!(MAX_OPERATORS_PER_STAKER),
            ::core::stringify!(minSelfStake),
            ::core::stringify!(stakeHook),
            ::core::stringify!(stakeOf),
            ::core::stringify!(unbondingPool),
            ::core::stringify!(setMinSelfStake),
            ::core::stringify!(exchangeRate),
            ::core::stringify!(setUnbondingPeriod),
            ::core::stringify!(dutyStakesAt),
            ::core::stringify!(transferOwnership),
            ::core::stringify!(unjail),
            ::core::stringify!(BIPS),
            ::core::stringify!(slash),
            ::core::stringify!(pendingRequests),
            ::core::stringify!(token),
            ::core::stringify!(setMaxCommission),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <sharesOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isJailedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <poolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorByIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_POOL_SHARESCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_PENDING_REQUESTSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setCommissionDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commissionDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <CLOCK_MODECall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorInfoCall as alloy_sol_types::SolCall>::SIGNATURE,
            <poolValueCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestValueCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_COMMISSION_DELAYCall as alloy_sol_types::SolCall>::SIGNATURE,
            <maxCommissionBipsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commissionOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <jailCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unbondingPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestUnstakeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakeWithPermitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerOperatorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <RATE_SCALECall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalStakedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setStakeHookCall as alloy_sol_types::SolCall>::SIGNATURE,
            <scheduleCommissionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorOfSigningKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <clockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_UNBONDINGCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakeAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isActiveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getStakedVotesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_UNBONDINGCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getPastStakedVotesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setSlasherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slasherCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorsOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_OPERATORS_PER_STAKERCall as alloy_sol_types::SolCall>::SIGNATURE,
            <minSelfStakeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakeHookCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakeOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unbondingPoolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMinSelfStakeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <exchangeRateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setUnbondingPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <dutyStakesAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unjailCall as alloy_sol_types::SolCall>::SIGNATURE,
            <BIPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingRequestsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMaxCommissionCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for StakingCalls {
        const NAME: &'static str = "StakingCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 55usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BIPS(_) => <BIPSCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::CLOCK_MODE(_) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_COMMISSION_DELAY(_) => {
                    <MAX_COMMISSION_DELAYCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_OPERATORS_PER_STAKER(_) => {
                    <MAX_OPERATORS_PER_STAKERCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_PENDING_REQUESTS(_) => {
                    <MAX_PENDING_REQUESTSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_POOL_SHARES(_) => {
                    <MAX_POOL_SHARESCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_UNBONDING(_) => {
                    <MAX_UNBONDINGCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_UNBONDING(_) => {
                    <MIN_UNBONDINGCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::RATE_SCALE(_) => {
                    <RATE_SCALECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::clock(_) => <clockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::commissionDelay(_) => {
                    <commissionDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::commissionOf(_) => {
                    <commissionOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::dutyStakesAt(_) => {
                    <dutyStakesAtCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::exchangeRate(_) => {
                    <exchangeRateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getPastStakedVotes(_) => {
                    <getPastStakedVotesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getStakedVotes(_) => {
                    <getStakedVotesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isActive(_) => <isActiveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isJailed(_) => <isJailedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::jail(_) => <jailCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::maxCommissionBips(_) => {
                    <maxCommissionBipsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::minSelfStake(_) => {
                    <minSelfStakeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::operatorById(_) => {
                    <operatorByIdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::operatorInfo(_) => {
                    <operatorInfoCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::operatorOfSigningKey(_) => {
                    <operatorOfSigningKeyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::operatorsOf(_) => {
                    <operatorsOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingRequests(_) => {
                    <pendingRequestsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pool(_) => <poolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::poolValue(_) => {
                    <poolValueCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::registerOperator(_) => {
                    <registerOperatorCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceOwnership(_) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestUnstake(_) => {
                    <requestUnstakeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestValue(_) => {
                    <requestValueCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::scheduleCommission(_) => {
                    <scheduleCommissionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setCommissionDelay(_) => {
                    <setCommissionDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMaxCommission(_) => {
                    <setMaxCommissionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMinSelfStake(_) => {
                    <setMinSelfStakeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setSlasher(_) => {
                    <setSlasherCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setStakeHook(_) => {
                    <setStakeHookCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setUnbondingPeriod(_) => {
                    <setUnbondingPeriodCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::sharesOf(_) => <sharesOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slash(_) => <slashCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slasher(_) => <slasherCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::stake(_) => <stakeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::stakeAt(_) => <stakeAtCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::stakeHook(_) => {
                    <stakeHookCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::stakeOf(_) => <stakeOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::stakeWithPermit(_) => {
                    <stakeWithPermitCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalStaked(_) => {
                    <totalStakedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::transferOwnership(_) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::unbondingPeriod(_) => {
                    <unbondingPeriodCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::unbondingPool(_) => {
                    <unbondingPoolCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::unjail(_) => <unjailCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdraw(_) => <withdrawCall as alloy_sol_types::SolCall>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<StakingCalls>] = &[
                {
                    fn sharesOf(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <sharesOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::sharesOf)
                    }
                    sharesOf
                },
                {
                    fn isJailed(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <isJailedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::isJailed)
                    }
                    isJailed
                },
                {
                    fn pool(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <poolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::pool)
                    }
                    pool
                },
                {
                    fn operatorById(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <operatorByIdCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::operatorById)
                    }
                    operatorById
                },
                {
                    fn MAX_POOL_SHARES(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_POOL_SHARESCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::MAX_POOL_SHARES)
                    }
                    MAX_POOL_SHARES
                },
                {
                    fn withdraw(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn MAX_PENDING_REQUESTS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_PENDING_REQUESTSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::MAX_PENDING_REQUESTS)
                    }
                    MAX_PENDING_REQUESTS
                },
                {
                    fn setCommissionDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setCommissionDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::setCommissionDelay)
                    }
                    setCommissionDelay
                },
                {
                    fn commissionDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <commissionDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::commissionDelay)
                    }
                    commissionDelay
                },
                {
                    fn CLOCK_MODE(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::CLOCK_MODE)
                    }
                    CLOCK_MODE
                },
                {
                    fn operatorInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <operatorInfoCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::operatorInfo)
                    }
                    operatorInfo
                },
                {
                    fn poolValue(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <poolValueCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::poolValue)
                    }
                    poolValue
                },
                {
                    fn requestValue(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <requestValueCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::requestValue)
                    }
                    requestValue
                },
                {
                    fn MAX_COMMISSION_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_COMMISSION_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::MAX_COMMISSION_DELAY)
                    }
                    MAX_COMMISSION_DELAY
                },
                {
                    fn maxCommissionBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <maxCommissionBipsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::maxCommissionBips)
                    }
                    maxCommissionBips
                },
                {
                    fn commissionOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <commissionOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::commissionOf)
                    }
                    commissionOf
                },
                {
                    fn jail(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <jailCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::jail)
                    }
                    jail
                },
                {
                    fn unbondingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <unbondingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::unbondingPeriod)
                    }
                    unbondingPeriod
                },
                {
                    fn requestUnstake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <requestUnstakeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::requestUnstake)
                    }
                    requestUnstake
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn stakeWithPermit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeWithPermitCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::stakeWithPermit)
                    }
                    stakeWithPermit
                },
                {
                    fn registerOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <registerOperatorCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::registerOperator)
                    }
                    registerOperator
                },
                {
                    fn RATE_SCALE(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <RATE_SCALECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::RATE_SCALE)
                    }
                    RATE_SCALE
                },
                {
                    fn totalStaked(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <totalStakedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::totalStaked)
                    }
                    totalStaked
                },
                {
                    fn setStakeHook(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setStakeHookCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::setStakeHook)
                    }
                    setStakeHook
                },
                {
                    fn scheduleCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <scheduleCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::scheduleCommission)
                    }
                    scheduleCommission
                },
                {
                    fn operatorOfSigningKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <operatorOfSigningKeyCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::operatorOfSigningKey)
                    }
                    operatorOfSigningKey
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::owner)
                    }
                    owner
                },
                {
                    fn clock(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <clockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::clock)
                    }
                    clock
                },
                {
                    fn MIN_UNBONDING(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MIN_UNBONDINGCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::MIN_UNBONDING)
                    }
                    MIN_UNBONDING
                },
                {
                    fn stakeAt(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeAtCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::stakeAt)
                    }
                    stakeAt
                },
                {
                    fn isActive(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::isActive)
                    }
                    isActive
                },
                {
                    fn getStakedVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <getStakedVotesCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::getStakedVotes)
                    }
                    getStakedVotes
                },
                {
                    fn MAX_UNBONDING(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_UNBONDINGCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::MAX_UNBONDING)
                    }
                    MAX_UNBONDING
                },
                {
                    fn getPastStakedVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <getPastStakedVotesCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::getPastStakedVotes)
                    }
                    getPastStakedVotes
                },
                {
                    fn setSlasher(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <setSlasherCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::setSlasher)
                    }
                    setSlasher
                },
                {
                    fn stake(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::stake)
                    }
                    stake
                },
                {
                    fn slasher(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <slasherCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::slasher)
                    }
                    slasher
                },
                {
                    fn operatorsOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <operatorsOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::operatorsOf)
                    }
                    operatorsOf
                },
                {
                    fn MAX_OPERATORS_PER_STAKER(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_OPERATORS_PER_STAKERCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::MAX_OPERATORS_PER_STAKER)
                    }
                    MAX_OPERATORS_PER_STAKER
                },
                {
                    fn minSelfStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <minSelfStakeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::minSelfStake)
                    }
                    minSelfStake
                },
                {
                    fn stakeHook(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeHookCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::stakeHook)
                    }
                    stakeHook
                },
                {
                    fn stakeOf(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::stakeOf)
                    }
                    stakeOf
                },
                {
                    fn unbondingPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <unbondingPoolCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::unbondingPool)
                    }
                    unbondingPool
                },
                {
                    fn setMinSelfStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setMinSelfStakeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::setMinSelfStake)
                    }
                    setMinSelfStake
                },
                {
                    fn exchangeRate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <exchangeRateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::exchangeRate)
                    }
                    exchangeRate
                },
                {
                    fn setUnbondingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setUnbondingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::setUnbondingPeriod)
                    }
                    setUnbondingPeriod
                },
                {
                    fn dutyStakesAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <dutyStakesAtCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::dutyStakesAt)
                    }
                    dutyStakesAt
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn unjail(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <unjailCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::unjail)
                    }
                    unjail
                },
                {
                    fn BIPS(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <BIPSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::BIPS)
                    }
                    BIPS
                },
                {
                    fn slash(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <slashCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::slash)
                    }
                    slash
                },
                {
                    fn pendingRequests(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <pendingRequestsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::pendingRequests)
                    }
                    pendingRequests
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(StakingCalls::token)
                    }
                    token
                },
                {
                    fn setMaxCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setMaxCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(StakingCalls::setMaxCommission)
                    }
                    setMaxCommission
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<StakingCalls>] = &[
                {
                    fn sharesOf(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <sharesOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::sharesOf)
                    }
                    sharesOf
                },
                {
                    fn isJailed(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <isJailedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::isJailed)
                    }
                    isJailed
                },
                {
                    fn pool(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <poolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::pool)
                    }
                    pool
                },
                {
                    fn operatorById(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <operatorByIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::operatorById)
                    }
                    operatorById
                },
                {
                    fn MAX_POOL_SHARES(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_POOL_SHARESCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::MAX_POOL_SHARES)
                    }
                    MAX_POOL_SHARES
                },
                {
                    fn withdraw(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn MAX_PENDING_REQUESTS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_PENDING_REQUESTSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::MAX_PENDING_REQUESTS)
                    }
                    MAX_PENDING_REQUESTS
                },
                {
                    fn setCommissionDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setCommissionDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::setCommissionDelay)
                    }
                    setCommissionDelay
                },
                {
                    fn commissionDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <commissionDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::commissionDelay)
                    }
                    commissionDelay
                },
                {
                    fn CLOCK_MODE(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::CLOCK_MODE)
                    }
                    CLOCK_MODE
                },
                {
                    fn operatorInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <operatorInfoCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::operatorInfo)
                    }
                    operatorInfo
                },
                {
                    fn poolValue(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <poolValueCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::poolValue)
                    }
                    poolValue
                },
                {
                    fn requestValue(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <requestValueCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::requestValue)
                    }
                    requestValue
                },
                {
                    fn MAX_COMMISSION_DELAY(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_COMMISSION_DELAYCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::MAX_COMMISSION_DELAY)
                    }
                    MAX_COMMISSION_DELAY
                },
                {
                    fn maxCommissionBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <maxCommissionBipsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::maxCommissionBips)
                    }
                    maxCommissionBips
                },
                {
                    fn commissionOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <commissionOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::commissionOf)
                    }
                    commissionOf
                },
                {
                    fn jail(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <jailCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::jail)
                    }
                    jail
                },
                {
                    fn unbondingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <unbondingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::unbondingPeriod)
                    }
                    unbondingPeriod
                },
                {
                    fn requestUnstake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <requestUnstakeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::requestUnstake)
                    }
                    requestUnstake
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn stakeWithPermit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeWithPermitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::stakeWithPermit)
                    }
                    stakeWithPermit
                },
                {
                    fn registerOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <registerOperatorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::registerOperator)
                    }
                    registerOperator
                },
                {
                    fn RATE_SCALE(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <RATE_SCALECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::RATE_SCALE)
                    }
                    RATE_SCALE
                },
                {
                    fn totalStaked(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <totalStakedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::totalStaked)
                    }
                    totalStaked
                },
                {
                    fn setStakeHook(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setStakeHookCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::setStakeHook)
                    }
                    setStakeHook
                },
                {
                    fn scheduleCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <scheduleCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::scheduleCommission)
                    }
                    scheduleCommission
                },
                {
                    fn operatorOfSigningKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <operatorOfSigningKeyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::operatorOfSigningKey)
                    }
                    operatorOfSigningKey
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::owner)
                    }
                    owner
                },
                {
                    fn clock(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <clockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::clock)
                    }
                    clock
                },
                {
                    fn MIN_UNBONDING(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MIN_UNBONDINGCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::MIN_UNBONDING)
                    }
                    MIN_UNBONDING
                },
                {
                    fn stakeAt(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::stakeAt)
                    }
                    stakeAt
                },
                {
                    fn isActive(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::isActive)
                    }
                    isActive
                },
                {
                    fn getStakedVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <getStakedVotesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::getStakedVotes)
                    }
                    getStakedVotes
                },
                {
                    fn MAX_UNBONDING(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_UNBONDINGCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::MAX_UNBONDING)
                    }
                    MAX_UNBONDING
                },
                {
                    fn getPastStakedVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <getPastStakedVotesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::getPastStakedVotes)
                    }
                    getPastStakedVotes
                },
                {
                    fn setSlasher(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <setSlasherCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::setSlasher)
                    }
                    setSlasher
                },
                {
                    fn stake(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::stake)
                    }
                    stake
                },
                {
                    fn slasher(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <slasherCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::slasher)
                    }
                    slasher
                },
                {
                    fn operatorsOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <operatorsOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::operatorsOf)
                    }
                    operatorsOf
                },
                {
                    fn MAX_OPERATORS_PER_STAKER(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <MAX_OPERATORS_PER_STAKERCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::MAX_OPERATORS_PER_STAKER)
                    }
                    MAX_OPERATORS_PER_STAKER
                },
                {
                    fn minSelfStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <minSelfStakeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::minSelfStake)
                    }
                    minSelfStake
                },
                {
                    fn stakeHook(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeHookCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::stakeHook)
                    }
                    stakeHook
                },
                {
                    fn stakeOf(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <stakeOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::stakeOf)
                    }
                    stakeOf
                },
                {
                    fn unbondingPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <unbondingPoolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::unbondingPool)
                    }
                    unbondingPool
                },
                {
                    fn setMinSelfStake(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setMinSelfStakeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::setMinSelfStake)
                    }
                    setMinSelfStake
                },
                {
                    fn exchangeRate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <exchangeRateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::exchangeRate)
                    }
                    exchangeRate
                },
                {
                    fn setUnbondingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setUnbondingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::setUnbondingPeriod)
                    }
                    setUnbondingPeriod
                },
                {
                    fn dutyStakesAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <dutyStakesAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::dutyStakesAt)
                    }
                    dutyStakesAt
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn unjail(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <unjailCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::unjail)
                    }
                    unjail
                },
                {
                    fn BIPS(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <BIPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::BIPS)
                    }
                    BIPS
                },
                {
                    fn slash(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <slashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::slash)
                    }
                    slash
                },
                {
                    fn pendingRequests(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <pendingRequestsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::pendingRequests)
                    }
                    pendingRequests
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<StakingCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::token)
                    }
                    token
                },
                {
                    fn setMaxCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingCalls> {
                        <setMaxCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingCalls::setMaxCommission)
                    }
                    setMaxCommission
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::BIPS(inner) => {
                    <BIPSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::CLOCK_MODE(inner) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_COMMISSION_DELAY(inner) => {
                    <MAX_COMMISSION_DELAYCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_OPERATORS_PER_STAKER(inner) => {
                    <MAX_OPERATORS_PER_STAKERCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_PENDING_REQUESTS(inner) => {
                    <MAX_PENDING_REQUESTSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_POOL_SHARES(inner) => {
                    <MAX_POOL_SHARESCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_UNBONDING(inner) => {
                    <MAX_UNBONDINGCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_UNBONDING(inner) => {
                    <MIN_UNBONDINGCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RATE_SCALE(inner) => {
                    <RATE_SCALECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::clock(inner) => {
                    <clockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::commissionDelay(inner) => {
                    <commissionDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::commissionOf(inner) => {
                    <commissionOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::dutyStakesAt(inner) => {
                    <dutyStakesAtCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::exchangeRate(inner) => {
                    <exchangeRateCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getPastStakedVotes(inner) => {
                    <getPastStakedVotesCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getStakedVotes(inner) => {
                    <getStakedVotesCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isJailed(inner) => {
                    <isJailedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::jail(inner) => {
                    <jailCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::maxCommissionBips(inner) => {
                    <maxCommissionBipsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::minSelfStake(inner) => {
                    <minSelfStakeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::operatorById(inner) => {
                    <operatorByIdCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::operatorInfo(inner) => {
                    <operatorInfoCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::operatorOfSigningKey(inner) => {
                    <operatorOfSigningKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::operatorsOf(inner) => {
                    <operatorsOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingRequests(inner) => {
                    <pendingRequestsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::pool(inner) => {
                    <poolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::poolValue(inner) => {
                    <poolValueCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::registerOperator(inner) => {
                    <registerOperatorCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestUnstake(inner) => {
                    <requestUnstakeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestValue(inner) => {
                    <requestValueCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::scheduleCommission(inner) => {
                    <scheduleCommissionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setCommissionDelay(inner) => {
                    <setCommissionDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMaxCommission(inner) => {
                    <setMaxCommissionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMinSelfStake(inner) => {
                    <setMinSelfStakeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setSlasher(inner) => {
                    <setSlasherCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setStakeHook(inner) => {
                    <setStakeHookCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setUnbondingPeriod(inner) => {
                    <setUnbondingPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::sharesOf(inner) => {
                    <sharesOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slash(inner) => {
                    <slashCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slasher(inner) => {
                    <slasherCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::stake(inner) => {
                    <stakeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::stakeAt(inner) => {
                    <stakeAtCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::stakeHook(inner) => {
                    <stakeHookCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::stakeOf(inner) => {
                    <stakeOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::stakeWithPermit(inner) => {
                    <stakeWithPermitCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::totalStaked(inner) => {
                    <totalStakedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::unbondingPeriod(inner) => {
                    <unbondingPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::unbondingPool(inner) => {
                    <unbondingPoolCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::unjail(inner) => {
                    <unjailCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::withdraw(inner) => {
                    <withdrawCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::BIPS(inner) => {
                    <BIPSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::CLOCK_MODE(inner) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_COMMISSION_DELAY(inner) => {
                    <MAX_COMMISSION_DELAYCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_OPERATORS_PER_STAKER(inner) => {
                    <MAX_OPERATORS_PER_STAKERCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_PENDING_REQUESTS(inner) => {
                    <MAX_PENDING_REQUESTSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_POOL_SHARES(inner) => {
                    <MAX_POOL_SHARESCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_UNBONDING(inner) => {
                    <MAX_UNBONDINGCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_UNBONDING(inner) => {
                    <MIN_UNBONDINGCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RATE_SCALE(inner) => {
                    <RATE_SCALECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::clock(inner) => {
                    <clockCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::commissionDelay(inner) => {
                    <commissionDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::commissionOf(inner) => {
                    <commissionOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::dutyStakesAt(inner) => {
                    <dutyStakesAtCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::exchangeRate(inner) => {
                    <exchangeRateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getPastStakedVotes(inner) => {
                    <getPastStakedVotesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getStakedVotes(inner) => {
                    <getStakedVotesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isJailed(inner) => {
                    <isJailedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::jail(inner) => {
                    <jailCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::maxCommissionBips(inner) => {
                    <maxCommissionBipsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::minSelfStake(inner) => {
                    <minSelfStakeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::operatorById(inner) => {
                    <operatorByIdCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::operatorInfo(inner) => {
                    <operatorInfoCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::operatorOfSigningKey(inner) => {
                    <operatorOfSigningKeyCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::operatorsOf(inner) => {
                    <operatorsOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pendingRequests(inner) => {
                    <pendingRequestsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::pool(inner) => {
                    <poolCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::poolValue(inner) => {
                    <poolValueCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::registerOperator(inner) => {
                    <registerOperatorCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestUnstake(inner) => {
                    <requestUnstakeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestValue(inner) => {
                    <requestValueCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::scheduleCommission(inner) => {
                    <scheduleCommissionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setCommissionDelay(inner) => {
                    <setCommissionDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMaxCommission(inner) => {
                    <setMaxCommissionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMinSelfStake(inner) => {
                    <setMinSelfStakeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setSlasher(inner) => {
                    <setSlasherCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setStakeHook(inner) => {
                    <setStakeHookCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setUnbondingPeriod(inner) => {
                    <setUnbondingPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::sharesOf(inner) => {
                    <sharesOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slash(inner) => {
                    <slashCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slasher(inner) => {
                    <slasherCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::stake(inner) => {
                    <stakeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::stakeAt(inner) => {
                    <stakeAtCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::stakeHook(inner) => {
                    <stakeHookCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::stakeOf(inner) => {
                    <stakeOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::stakeWithPermit(inner) => {
                    <stakeWithPermitCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::totalStaked(inner) => {
                    <totalStakedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::unbondingPeriod(inner) => {
                    <unbondingPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::unbondingPool(inner) => {
                    <unbondingPoolCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::unjail(inner) => {
                    <unjailCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::withdraw(inner) => {
                    <withdrawCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Staking`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum StakingErrors {
        #[allow(missing_docs)]
        CheckpointUnorderedInsertion(CheckpointUnorderedInsertion),
        #[allow(missing_docs)]
        OwnableInvalidOwner(OwnableInvalidOwner),
        #[allow(missing_docs)]
        OwnableUnauthorizedAccount(OwnableUnauthorizedAccount),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        StakingAlreadyRegistered(StakingAlreadyRegistered),
        #[allow(missing_docs)]
        StakingCommissionTooHigh(StakingCommissionTooHigh),
        #[allow(missing_docs)]
        StakingFutureLookup(StakingFutureLookup),
        #[allow(missing_docs)]
        StakingInsufficientShares(StakingInsufficientShares),
        #[allow(missing_docs)]
        StakingInvalidParameter(StakingInvalidParameter),
        #[allow(missing_docs)]
        StakingInvalidSigningKey(StakingInvalidSigningKey),
        #[allow(missing_docs)]
        StakingNotJailable(StakingNotJailable),
        #[allow(missing_docs)]
        StakingNotOperator(StakingNotOperator),
        #[allow(missing_docs)]
        StakingNothingToWithdraw(StakingNothingToWithdraw),
        #[allow(missing_docs)]
        StakingOperatorInactive(StakingOperatorInactive),
        #[allow(missing_docs)]
        StakingOperatorJailed(StakingOperatorJailed),
        #[allow(missing_docs)]
        StakingPoolDepleted(StakingPoolDepleted),
        #[allow(missing_docs)]
        StakingPoolSharesOverflow(StakingPoolSharesOverflow),
        #[allow(missing_docs)]
        StakingSelfStakeTooLow(StakingSelfStakeTooLow),
        #[allow(missing_docs)]
        StakingTooManyOperators(StakingTooManyOperators),
        #[allow(missing_docs)]
        StakingTooManyRequests(StakingTooManyRequests),
        #[allow(missing_docs)]
        StakingUnauthorized(StakingUnauthorized),
        #[allow(missing_docs)]
        StakingZeroAmount(StakingZeroAmount),
    }
    impl StakingErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [15u8, 135u8, 201u8, 173u8],
            [17u8, 140u8, 218u8, 167u8],
            [23u8, 253u8, 113u8, 239u8],
            [30u8, 79u8, 189u8, 247u8],
            [37u8, 32u8, 96u8, 29u8],
            [62u8, 229u8, 174u8, 181u8],
            [66u8, 167u8, 24u8, 87u8],
            [82u8, 116u8, 175u8, 231u8],
            [91u8, 253u8, 237u8, 207u8],
            [93u8, 48u8, 186u8, 55u8],
            [109u8, 252u8, 198u8, 80u8],
            [136u8, 252u8, 72u8, 50u8],
            [150u8, 53u8, 253u8, 242u8],
            [159u8, 34u8, 99u8, 252u8],
            [160u8, 2u8, 244u8, 202u8],
            [160u8, 19u8, 195u8, 66u8],
            [175u8, 140u8, 136u8, 134u8],
            [192u8, 77u8, 170u8, 4u8],
            [196u8, 14u8, 242u8, 238u8],
            [205u8, 32u8, 223u8, 190u8],
            [215u8, 176u8, 114u8, 44u8],
            [238u8, 8u8, 211u8, 48u8],
            [252u8, 48u8, 37u8, 248u8],
            [253u8, 51u8, 177u8, 158u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(StakingPoolSharesOverflow),
            ::core::stringify!(OwnableUnauthorizedAccount),
            ::core::stringify!(StakingTooManyOperators),
            ::core::stringify!(OwnableInvalidOwner),
            ::core::stringify!(CheckpointUnorderedInsertion),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(StakingInvalidParameter),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(StakingInvalidSigningKey),
            ::core::stringify!(StakingNotOperator),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(StakingOperatorJailed),
            ::core::stringify!(StakingTooManyRequests),
            ::core::stringify!(StakingUnauthorized),
            ::core::stringify!(StakingInsufficientShares),
            ::core::stringify!(StakingNotJailable),
            ::core::stringify!(StakingCommissionTooHigh),
            ::core::stringify!(StakingNothingToWithdraw),
            ::core::stringify!(StakingZeroAmount),
            ::core::stringify!(StakingSelfStakeTooLow),
            ::core::stringify!(StakingFutureLookup),
            ::core::stringify!(StakingPoolDepleted),
            ::core::stringify!(StakingOperatorInactive),
            ::core::stringify!(StakingAlreadyRegistered),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <StakingPoolSharesOverflow as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <StakingTooManyOperators as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableInvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <StakingInvalidParameter as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <StakingInvalidSigningKey as alloy_sol_types::SolError>::SIGNATURE,
            <StakingNotOperator as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <StakingOperatorJailed as alloy_sol_types::SolError>::SIGNATURE,
            <StakingTooManyRequests as alloy_sol_types::SolError>::SIGNATURE,
            <StakingUnauthorized as alloy_sol_types::SolError>::SIGNATURE,
            <StakingInsufficientShares as alloy_sol_types::SolError>::SIGNATURE,
            <StakingNotJailable as alloy_sol_types::SolError>::SIGNATURE,
            <StakingCommissionTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <StakingNothingToWithdraw as alloy_sol_types::SolError>::SIGNATURE,
            <StakingZeroAmount as alloy_sol_types::SolError>::SIGNATURE,
            <StakingSelfStakeTooLow as alloy_sol_types::SolError>::SIGNATURE,
            <StakingFutureLookup as alloy_sol_types::SolError>::SIGNATURE,
            <StakingPoolDepleted as alloy_sol_types::SolError>::SIGNATURE,
            <StakingOperatorInactive as alloy_sol_types::SolError>::SIGNATURE,
            <StakingAlreadyRegistered as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for StakingErrors {
        const NAME: &'static str = "StakingErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 24usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::CheckpointUnorderedInsertion(_) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableInvalidOwner(_) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableUnauthorizedAccount(_) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingAlreadyRegistered(_) => {
                    <StakingAlreadyRegistered as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingCommissionTooHigh(_) => {
                    <StakingCommissionTooHigh as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingFutureLookup(_) => {
                    <StakingFutureLookup as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingInsufficientShares(_) => {
                    <StakingInsufficientShares as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingInvalidParameter(_) => {
                    <StakingInvalidParameter as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingInvalidSigningKey(_) => {
                    <StakingInvalidSigningKey as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingNotJailable(_) => {
                    <StakingNotJailable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingNotOperator(_) => {
                    <StakingNotOperator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingNothingToWithdraw(_) => {
                    <StakingNothingToWithdraw as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingOperatorInactive(_) => {
                    <StakingOperatorInactive as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingOperatorJailed(_) => {
                    <StakingOperatorJailed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingPoolDepleted(_) => {
                    <StakingPoolDepleted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingPoolSharesOverflow(_) => {
                    <StakingPoolSharesOverflow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingSelfStakeTooLow(_) => {
                    <StakingSelfStakeTooLow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingTooManyOperators(_) => {
                    <StakingTooManyOperators as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingTooManyRequests(_) => {
                    <StakingTooManyRequests as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingUnauthorized(_) => {
                    <StakingUnauthorized as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StakingZeroAmount(_) => {
                    <StakingZeroAmount as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<StakingErrors>] = &[
                {
                    fn StakingPoolSharesOverflow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingPoolSharesOverflow as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingPoolSharesOverflow)
                    }
                    StakingPoolSharesOverflow
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn StakingTooManyOperators(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingTooManyOperators as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingTooManyOperators)
                    }
                    StakingTooManyOperators
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn CheckpointUnorderedInsertion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::CheckpointUnorderedInsertion)
                    }
                    CheckpointUnorderedInsertion
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn StakingInvalidParameter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingInvalidParameter as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingInvalidParameter)
                    }
                    StakingInvalidParameter
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn StakingInvalidSigningKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingInvalidSigningKey as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingInvalidSigningKey)
                    }
                    StakingInvalidSigningKey
                },
                {
                    fn StakingNotOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingNotOperator as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingNotOperator)
                    }
                    StakingNotOperator
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn StakingOperatorJailed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingOperatorJailed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingOperatorJailed)
                    }
                    StakingOperatorJailed
                },
                {
                    fn StakingTooManyRequests(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingTooManyRequests as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingTooManyRequests)
                    }
                    StakingTooManyRequests
                },
                {
                    fn StakingUnauthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingUnauthorized as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingUnauthorized)
                    }
                    StakingUnauthorized
                },
                {
                    fn StakingInsufficientShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingInsufficientShares as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingInsufficientShares)
                    }
                    StakingInsufficientShares
                },
                {
                    fn StakingNotJailable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingNotJailable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingNotJailable)
                    }
                    StakingNotJailable
                },
                {
                    fn StakingCommissionTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingCommissionTooHigh as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingCommissionTooHigh)
                    }
                    StakingCommissionTooHigh
                },
                {
                    fn StakingNothingToWithdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingNothingToWithdraw as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingNothingToWithdraw)
                    }
                    StakingNothingToWithdraw
                },
                {
                    fn StakingZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingZeroAmount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingZeroAmount)
                    }
                    StakingZeroAmount
                },
                {
                    fn StakingSelfStakeTooLow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingSelfStakeTooLow as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingSelfStakeTooLow)
                    }
                    StakingSelfStakeTooLow
                },
                {
                    fn StakingFutureLookup(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingFutureLookup as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingFutureLookup)
                    }
                    StakingFutureLookup
                },
                {
                    fn StakingPoolDepleted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingPoolDepleted as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingPoolDepleted)
                    }
                    StakingPoolDepleted
                },
                {
                    fn StakingOperatorInactive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingOperatorInactive as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingOperatorInactive)
                    }
                    StakingOperatorInactive
                },
                {
                    fn StakingAlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingAlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(StakingErrors::StakingAlreadyRegistered)
                    }
                    StakingAlreadyRegistered
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<StakingErrors>] = &[
                {
                    fn StakingPoolSharesOverflow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingPoolSharesOverflow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingPoolSharesOverflow)
                    }
                    StakingPoolSharesOverflow
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn StakingTooManyOperators(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingTooManyOperators as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingTooManyOperators)
                    }
                    StakingTooManyOperators
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn CheckpointUnorderedInsertion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::CheckpointUnorderedInsertion)
                    }
                    CheckpointUnorderedInsertion
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn StakingInvalidParameter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingInvalidParameter as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingInvalidParameter)
                    }
                    StakingInvalidParameter
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn StakingInvalidSigningKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingInvalidSigningKey as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingInvalidSigningKey)
                    }
                    StakingInvalidSigningKey
                },
                {
                    fn StakingNotOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingNotOperator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingNotOperator)
                    }
                    StakingNotOperator
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn StakingOperatorJailed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingOperatorJailed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingOperatorJailed)
                    }
                    StakingOperatorJailed
                },
                {
                    fn StakingTooManyRequests(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingTooManyRequests as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingTooManyRequests)
                    }
                    StakingTooManyRequests
                },
                {
                    fn StakingUnauthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingUnauthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingUnauthorized)
                    }
                    StakingUnauthorized
                },
                {
                    fn StakingInsufficientShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingInsufficientShares as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingInsufficientShares)
                    }
                    StakingInsufficientShares
                },
                {
                    fn StakingNotJailable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingNotJailable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingNotJailable)
                    }
                    StakingNotJailable
                },
                {
                    fn StakingCommissionTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingCommissionTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingCommissionTooHigh)
                    }
                    StakingCommissionTooHigh
                },
                {
                    fn StakingNothingToWithdraw(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingNothingToWithdraw as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingNothingToWithdraw)
                    }
                    StakingNothingToWithdraw
                },
                {
                    fn StakingZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingZeroAmount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingZeroAmount)
                    }
                    StakingZeroAmount
                },
                {
                    fn StakingSelfStakeTooLow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingSelfStakeTooLow as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingSelfStakeTooLow)
                    }
                    StakingSelfStakeTooLow
                },
                {
                    fn StakingFutureLookup(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingFutureLookup as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingFutureLookup)
                    }
                    StakingFutureLookup
                },
                {
                    fn StakingPoolDepleted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingPoolDepleted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingPoolDepleted)
                    }
                    StakingPoolDepleted
                },
                {
                    fn StakingOperatorInactive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingOperatorInactive as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingOperatorInactive)
                    }
                    StakingOperatorInactive
                },
                {
                    fn StakingAlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<StakingErrors> {
                        <StakingAlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(StakingErrors::StakingAlreadyRegistered)
                    }
                    StakingAlreadyRegistered
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::CheckpointUnorderedInsertion(inner) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingAlreadyRegistered(inner) => {
                    <StakingAlreadyRegistered as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingCommissionTooHigh(inner) => {
                    <StakingCommissionTooHigh as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingFutureLookup(inner) => {
                    <StakingFutureLookup as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingInsufficientShares(inner) => {
                    <StakingInsufficientShares as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingInvalidParameter(inner) => {
                    <StakingInvalidParameter as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingInvalidSigningKey(inner) => {
                    <StakingInvalidSigningKey as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingNotJailable(inner) => {
                    <StakingNotJailable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingNotOperator(inner) => {
                    <StakingNotOperator as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingNothingToWithdraw(inner) => {
                    <StakingNothingToWithdraw as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingOperatorInactive(inner) => {
                    <StakingOperatorInactive as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingOperatorJailed(inner) => {
                    <StakingOperatorJailed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingPoolDepleted(inner) => {
                    <StakingPoolDepleted as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingPoolSharesOverflow(inner) => {
                    <StakingPoolSharesOverflow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingSelfStakeTooLow(inner) => {
                    <StakingSelfStakeTooLow as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingTooManyOperators(inner) => {
                    <StakingTooManyOperators as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingTooManyRequests(inner) => {
                    <StakingTooManyRequests as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingUnauthorized(inner) => {
                    <StakingUnauthorized as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StakingZeroAmount(inner) => {
                    <StakingZeroAmount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::CheckpointUnorderedInsertion(inner) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingAlreadyRegistered(inner) => {
                    <StakingAlreadyRegistered as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingCommissionTooHigh(inner) => {
                    <StakingCommissionTooHigh as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingFutureLookup(inner) => {
                    <StakingFutureLookup as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingInsufficientShares(inner) => {
                    <StakingInsufficientShares as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingInvalidParameter(inner) => {
                    <StakingInvalidParameter as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingInvalidSigningKey(inner) => {
                    <StakingInvalidSigningKey as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingNotJailable(inner) => {
                    <StakingNotJailable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingNotOperator(inner) => {
                    <StakingNotOperator as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingNothingToWithdraw(inner) => {
                    <StakingNothingToWithdraw as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingOperatorInactive(inner) => {
                    <StakingOperatorInactive as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingOperatorJailed(inner) => {
                    <StakingOperatorJailed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingPoolDepleted(inner) => {
                    <StakingPoolDepleted as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingPoolSharesOverflow(inner) => {
                    <StakingPoolSharesOverflow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingSelfStakeTooLow(inner) => {
                    <StakingSelfStakeTooLow as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingTooManyOperators(inner) => {
                    <StakingTooManyOperators as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingTooManyRequests(inner) => {
                    <StakingTooManyRequests as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingUnauthorized(inner) => {
                    <StakingUnauthorized as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StakingZeroAmount(inner) => {
                    <StakingZeroAmount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Staking`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum StakingEvents {
        #[allow(missing_docs)]
        AddressUpdated(AddressUpdated),
        #[allow(missing_docs)]
        CommissionChangeScheduled(CommissionChangeScheduled),
        #[allow(missing_docs)]
        Jailed(Jailed),
        #[allow(missing_docs)]
        OperatorRegistered(OperatorRegistered),
        #[allow(missing_docs)]
        OwnershipTransferred(OwnershipTransferred),
        #[allow(missing_docs)]
        ParameterUpdated(ParameterUpdated),
        #[allow(missing_docs)]
        Slashed(Slashed),
        #[allow(missing_docs)]
        Staked(Staked),
        #[allow(missing_docs)]
        Unjailed(Unjailed),
        #[allow(missing_docs)]
        UnstakeRequested(UnstakeRequested),
        #[allow(missing_docs)]
        Withdrawn(Withdrawn),
    }
    impl StakingEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                8u8, 111u8, 12u8, 233u8, 157u8, 44u8, 66u8, 142u8, 105u8, 83u8, 212u8,
                79u8, 82u8, 140u8, 61u8, 7u8, 159u8, 3u8, 88u8, 59u8, 60u8, 212u8, 10u8,
                242u8, 104u8, 127u8, 80u8, 91u8, 34u8, 26u8, 64u8, 46u8,
            ],
            [
                10u8, 173u8, 21u8, 135u8, 251u8, 194u8, 29u8, 126u8, 89u8, 77u8, 29u8,
                99u8, 221u8, 166u8, 204u8, 178u8, 8u8, 161u8, 35u8, 132u8, 233u8, 199u8,
                96u8, 228u8, 243u8, 108u8, 150u8, 47u8, 48u8, 199u8, 200u8, 195u8,
            ],
            [
                24u8, 18u8, 80u8, 205u8, 22u8, 50u8, 213u8, 106u8, 204u8, 116u8, 123u8,
                5u8, 147u8, 243u8, 123u8, 74u8, 160u8, 142u8, 215u8, 29u8, 246u8, 73u8,
                40u8, 168u8, 243u8, 89u8, 136u8, 218u8, 206u8, 169u8, 248u8, 253u8,
            ],
            [
                48u8, 112u8, 234u8, 125u8, 198u8, 72u8, 215u8, 240u8, 254u8, 168u8,
                230u8, 20u8, 15u8, 187u8, 114u8, 36u8, 63u8, 127u8, 206u8, 7u8, 125u8,
                12u8, 123u8, 217u8, 133u8, 96u8, 117u8, 236u8, 3u8, 123u8, 58u8, 161u8,
            ],
            [
                120u8, 92u8, 123u8, 166u8, 200u8, 84u8, 18u8, 12u8, 60u8, 63u8, 52u8,
                210u8, 51u8, 245u8, 55u8, 35u8, 8u8, 244u8, 186u8, 228u8, 150u8, 246u8,
                204u8, 189u8, 38u8, 230u8, 222u8, 64u8, 176u8, 46u8, 139u8, 20u8,
            ],
            [
                127u8, 79u8, 81u8, 220u8, 107u8, 62u8, 254u8, 115u8, 41u8, 205u8, 71u8,
                128u8, 90u8, 12u8, 53u8, 16u8, 140u8, 159u8, 24u8, 168u8, 241u8, 135u8,
                129u8, 44u8, 2u8, 48u8, 145u8, 1u8, 144u8, 34u8, 89u8, 138u8,
            ],
            [
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ],
            [
                145u8, 251u8, 157u8, 152u8, 183u8, 134u8, 197u8, 125u8, 116u8, 192u8,
                153u8, 204u8, 210u8, 190u8, 202u8, 23u8, 57u8, 233u8, 246u8, 168u8, 31u8,
                180u8, 144u8, 1u8, 202u8, 70u8, 92u8, 75u8, 117u8, 145u8, 187u8, 226u8,
            ],
            [
                186u8, 205u8, 54u8, 98u8, 46u8, 25u8, 65u8, 52u8, 108u8, 17u8, 145u8,
                208u8, 57u8, 193u8, 231u8, 189u8, 142u8, 106u8, 50u8, 196u8, 119u8, 36u8,
                45u8, 114u8, 148u8, 91u8, 208u8, 91u8, 122u8, 77u8, 165u8, 93u8,
            ],
            [
                205u8, 241u8, 231u8, 234u8, 197u8, 121u8, 78u8, 204u8, 29u8, 27u8, 219u8,
                171u8, 245u8, 102u8, 246u8, 35u8, 203u8, 248u8, 203u8, 89u8, 75u8, 252u8,
                211u8, 34u8, 175u8, 246u8, 190u8, 47u8, 158u8, 232u8, 229u8, 177u8,
            ],
            [
                250u8, 80u8, 57u8, 73u8, 122u8, 217u8, 186u8, 17u8, 240u8, 235u8, 82u8,
                57u8, 178u8, 97u8, 78u8, 146u8, 85u8, 65u8, 187u8, 204u8, 12u8, 243u8,
                71u8, 109u8, 214u8, 142u8, 25u8, 39u8, 200u8, 109u8, 51u8, 255u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Slashed),
            ::core::stringify!(UnstakeRequested),
            ::core::stringify!(ParameterUpdated),
            ::core::stringify!(Jailed),
            ::core::stringify!(CommissionChangeScheduled),
            ::core::stringify!(OperatorRegistered),
            ::core::stringify!(OwnershipTransferred),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(Staked),
            ::core::stringify!(AddressUpdated),
            ::core::stringify!(Unjailed),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Slashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <UnstakeRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <ParameterUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Jailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommissionChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <OperatorRegistered as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <Staked as alloy_sol_types::SolEvent>::SIGNATURE,
            <AddressUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Unjailed as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for StakingEvents {
        const NAME: &'static str = "StakingEvents";
        const COUNT: usize = 11usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<AddressUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AddressUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AddressUpdated)
                }
                Some(
                    <CommissionChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <CommissionChangeScheduled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CommissionChangeScheduled)
                }
                Some(<Jailed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Jailed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Jailed)
                }
                Some(
                    <OperatorRegistered as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OperatorRegistered as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OperatorRegistered)
                }
                Some(
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnershipTransferred)
                }
                Some(<ParameterUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ParameterUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ParameterUpdated)
                }
                Some(<Slashed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Slashed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Slashed)
                }
                Some(<Staked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Staked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Staked)
                }
                Some(<Unjailed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Unjailed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Unjailed)
                }
                Some(<UnstakeRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <UnstakeRequested as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::UnstakeRequested)
                }
                Some(<Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Withdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Withdrawn)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for StakingEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AddressUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::CommissionChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Jailed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OperatorRegistered(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ParameterUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Slashed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Staked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Unjailed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::UnstakeRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Withdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AddressUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::CommissionChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Jailed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OperatorRegistered(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ParameterUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Slashed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Staked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Unjailed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::UnstakeRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Withdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Staking`](self) contract instance.

See the [wrapper's documentation](`StakingInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> StakingInstance<P, N> {
        StakingInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        token_: alloy::sol_types::private::Address,
        owner_: alloy::sol_types::private::Address,
        minSelfStake_: alloy::sol_types::private::primitives::aliases::U256,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<StakingInstance<P, N>>,
    > {
        StakingInstance::<P, N>::deploy(__provider, token_, owner_, minSelfStake_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        token_: alloy::sol_types::private::Address,
        owner_: alloy::sol_types::private::Address,
        minSelfStake_: alloy::sol_types::private::primitives::aliases::U256,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        StakingInstance::<
            P,
            N,
        >::deploy_builder(__provider, token_, owner_, minSelfStake_)
    }
    /**A [`Staking`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`Staking`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct StakingInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for StakingInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("StakingInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > StakingInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Staking`](self) contract instance.

See the [wrapper's documentation](`StakingInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            token_: alloy::sol_types::private::Address,
            owner_: alloy::sol_types::private::Address,
            minSelfStake_: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::Result<StakingInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                token_,
                owner_,
                minSelfStake_,
            );
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            token_: alloy::sol_types::private::Address,
            owner_: alloy::sol_types::private::Address,
            minSelfStake_: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            token_,
                            owner_,
                            minSelfStake_,
                        },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> StakingInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> StakingInstance<P, N> {
            StakingInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > StakingInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`BIPS`] function.
        pub fn BIPS(&self) -> alloy_contract::SolCallBuilder<&P, BIPSCall, N> {
            self.call_builder(&BIPSCall)
        }
        ///Creates a new call builder for the [`CLOCK_MODE`] function.
        pub fn CLOCK_MODE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, CLOCK_MODECall, N> {
            self.call_builder(&CLOCK_MODECall)
        }
        ///Creates a new call builder for the [`MAX_COMMISSION_DELAY`] function.
        pub fn MAX_COMMISSION_DELAY(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_COMMISSION_DELAYCall, N> {
            self.call_builder(&MAX_COMMISSION_DELAYCall)
        }
        ///Creates a new call builder for the [`MAX_OPERATORS_PER_STAKER`] function.
        pub fn MAX_OPERATORS_PER_STAKER(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_OPERATORS_PER_STAKERCall, N> {
            self.call_builder(&MAX_OPERATORS_PER_STAKERCall)
        }
        ///Creates a new call builder for the [`MAX_PENDING_REQUESTS`] function.
        pub fn MAX_PENDING_REQUESTS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_PENDING_REQUESTSCall, N> {
            self.call_builder(&MAX_PENDING_REQUESTSCall)
        }
        ///Creates a new call builder for the [`MAX_POOL_SHARES`] function.
        pub fn MAX_POOL_SHARES(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_POOL_SHARESCall, N> {
            self.call_builder(&MAX_POOL_SHARESCall)
        }
        ///Creates a new call builder for the [`MAX_UNBONDING`] function.
        pub fn MAX_UNBONDING(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_UNBONDINGCall, N> {
            self.call_builder(&MAX_UNBONDINGCall)
        }
        ///Creates a new call builder for the [`MIN_UNBONDING`] function.
        pub fn MIN_UNBONDING(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_UNBONDINGCall, N> {
            self.call_builder(&MIN_UNBONDINGCall)
        }
        ///Creates a new call builder for the [`RATE_SCALE`] function.
        pub fn RATE_SCALE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, RATE_SCALECall, N> {
            self.call_builder(&RATE_SCALECall)
        }
        ///Creates a new call builder for the [`clock`] function.
        pub fn clock(&self) -> alloy_contract::SolCallBuilder<&P, clockCall, N> {
            self.call_builder(&clockCall)
        }
        ///Creates a new call builder for the [`commissionDelay`] function.
        pub fn commissionDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, commissionDelayCall, N> {
            self.call_builder(&commissionDelayCall)
        }
        ///Creates a new call builder for the [`commissionOf`] function.
        pub fn commissionOf(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, commissionOfCall, N> {
            self.call_builder(&commissionOfCall { operator })
        }
        ///Creates a new call builder for the [`dutyStakesAt`] function.
        pub fn dutyStakesAt(
            &self,
            operators: alloy::sol_types::private::Vec<
                alloy::sol_types::private::Address,
            >,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, dutyStakesAtCall, N> {
            self.call_builder(
                &dutyStakesAtCall {
                    operators,
                    timepoint,
                },
            )
        }
        ///Creates a new call builder for the [`exchangeRate`] function.
        pub fn exchangeRate(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, exchangeRateCall, N> {
            self.call_builder(&exchangeRateCall { operator })
        }
        ///Creates a new call builder for the [`getPastStakedVotes`] function.
        pub fn getPastStakedVotes(
            &self,
            account: alloy::sol_types::private::Address,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getPastStakedVotesCall, N> {
            self.call_builder(
                &getPastStakedVotesCall {
                    account,
                    timepoint,
                },
            )
        }
        ///Creates a new call builder for the [`getStakedVotes`] function.
        pub fn getStakedVotes(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, getStakedVotesCall, N> {
            self.call_builder(&getStakedVotesCall { account })
        }
        ///Creates a new call builder for the [`isActive`] function.
        pub fn isActive(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isActiveCall, N> {
            self.call_builder(&isActiveCall { operator })
        }
        ///Creates a new call builder for the [`isJailed`] function.
        pub fn isJailed(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isJailedCall, N> {
            self.call_builder(&isJailedCall { operator })
        }
        ///Creates a new call builder for the [`jail`] function.
        pub fn jail(
            &self,
            operator: alloy::sol_types::private::Address,
            until: u64,
        ) -> alloy_contract::SolCallBuilder<&P, jailCall, N> {
            self.call_builder(&jailCall { operator, until })
        }
        ///Creates a new call builder for the [`maxCommissionBips`] function.
        pub fn maxCommissionBips(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, maxCommissionBipsCall, N> {
            self.call_builder(&maxCommissionBipsCall)
        }
        ///Creates a new call builder for the [`minSelfStake`] function.
        pub fn minSelfStake(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, minSelfStakeCall, N> {
            self.call_builder(&minSelfStakeCall)
        }
        ///Creates a new call builder for the [`operatorById`] function.
        pub fn operatorById(
            &self,
            id: u32,
        ) -> alloy_contract::SolCallBuilder<&P, operatorByIdCall, N> {
            self.call_builder(&operatorByIdCall { id })
        }
        ///Creates a new call builder for the [`operatorInfo`] function.
        pub fn operatorInfo(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, operatorInfoCall, N> {
            self.call_builder(&operatorInfoCall { operator })
        }
        ///Creates a new call builder for the [`operatorOfSigningKey`] function.
        pub fn operatorOfSigningKey(
            &self,
            key: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, operatorOfSigningKeyCall, N> {
            self.call_builder(&operatorOfSigningKeyCall { key })
        }
        ///Creates a new call builder for the [`operatorsOf`] function.
        pub fn operatorsOf(
            &self,
            staker: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, operatorsOfCall, N> {
            self.call_builder(&operatorsOfCall { staker })
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`pendingRequests`] function.
        pub fn pendingRequests(
            &self,
            staker: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, pendingRequestsCall, N> {
            self.call_builder(&pendingRequestsCall { staker })
        }
        ///Creates a new call builder for the [`pool`] function.
        pub fn pool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, poolCall, N> {
            self.call_builder(&poolCall { operator })
        }
        ///Creates a new call builder for the [`poolValue`] function.
        pub fn poolValue(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, poolValueCall, N> {
            self.call_builder(&poolValueCall { operator })
        }
        ///Creates a new call builder for the [`registerOperator`] function.
        pub fn registerOperator(
            &self,
            signingKey: alloy::sol_types::private::Address,
            commissionBips: u16,
            selfStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, registerOperatorCall, N> {
            self.call_builder(
                &registerOperatorCall {
                    signingKey,
                    commissionBips,
                    selfStake,
                },
            )
        }
        ///Creates a new call builder for the [`renounceOwnership`] function.
        pub fn renounceOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, renounceOwnershipCall, N> {
            self.call_builder(&renounceOwnershipCall)
        }
        ///Creates a new call builder for the [`requestUnstake`] function.
        pub fn requestUnstake(
            &self,
            operator: alloy::sol_types::private::Address,
            shares: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, requestUnstakeCall, N> {
            self.call_builder(
                &requestUnstakeCall {
                    operator,
                    shares,
                },
            )
        }
        ///Creates a new call builder for the [`requestValue`] function.
        pub fn requestValue(
            &self,
            staker: alloy::sol_types::private::Address,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, requestValueCall, N> {
            self.call_builder(
                &requestValueCall {
                    staker,
                    requestId,
                },
            )
        }
        ///Creates a new call builder for the [`scheduleCommission`] function.
        pub fn scheduleCommission(
            &self,
            commissionBips: u16,
        ) -> alloy_contract::SolCallBuilder<&P, scheduleCommissionCall, N> {
            self.call_builder(
                &scheduleCommissionCall {
                    commissionBips,
                },
            )
        }
        ///Creates a new call builder for the [`setCommissionDelay`] function.
        pub fn setCommissionDelay(
            &self,
            delay: u64,
        ) -> alloy_contract::SolCallBuilder<&P, setCommissionDelayCall, N> {
            self.call_builder(&setCommissionDelayCall { delay })
        }
        ///Creates a new call builder for the [`setMaxCommission`] function.
        pub fn setMaxCommission(
            &self,
            bips: u16,
        ) -> alloy_contract::SolCallBuilder<&P, setMaxCommissionCall, N> {
            self.call_builder(&setMaxCommissionCall { bips })
        }
        ///Creates a new call builder for the [`setMinSelfStake`] function.
        pub fn setMinSelfStake(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setMinSelfStakeCall, N> {
            self.call_builder(&setMinSelfStakeCall { amount })
        }
        ///Creates a new call builder for the [`setSlasher`] function.
        pub fn setSlasher(
            &self,
            slasher_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setSlasherCall, N> {
            self.call_builder(&setSlasherCall { slasher_ })
        }
        ///Creates a new call builder for the [`setStakeHook`] function.
        pub fn setStakeHook(
            &self,
            hook: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setStakeHookCall, N> {
            self.call_builder(&setStakeHookCall { hook })
        }
        ///Creates a new call builder for the [`setUnbondingPeriod`] function.
        pub fn setUnbondingPeriod(
            &self,
            period: u64,
        ) -> alloy_contract::SolCallBuilder<&P, setUnbondingPeriodCall, N> {
            self.call_builder(&setUnbondingPeriodCall { period })
        }
        ///Creates a new call builder for the [`sharesOf`] function.
        pub fn sharesOf(
            &self,
            staker: alloy::sol_types::private::Address,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, sharesOfCall, N> {
            self.call_builder(&sharesOfCall { staker, operator })
        }
        ///Creates a new call builder for the [`slash`] function.
        pub fn slash(
            &self,
            operator: alloy::sol_types::private::Address,
            bips: alloy::sol_types::private::primitives::aliases::U256,
            rewardRecipient: alloy::sol_types::private::Address,
            rewardBips: alloy::sol_types::private::primitives::aliases::U256,
            remainderRecipient: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, slashCall, N> {
            self.call_builder(
                &slashCall {
                    operator,
                    bips,
                    rewardRecipient,
                    rewardBips,
                    remainderRecipient,
                },
            )
        }
        ///Creates a new call builder for the [`slasher`] function.
        pub fn slasher(&self) -> alloy_contract::SolCallBuilder<&P, slasherCall, N> {
            self.call_builder(&slasherCall)
        }
        ///Creates a new call builder for the [`stake`] function.
        pub fn stake(
            &self,
            operator: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, stakeCall, N> {
            self.call_builder(&stakeCall { operator, amount })
        }
        ///Creates a new call builder for the [`stakeAt`] function.
        pub fn stakeAt(
            &self,
            operator: alloy::sol_types::private::Address,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, stakeAtCall, N> {
            self.call_builder(&stakeAtCall { operator, timepoint })
        }
        ///Creates a new call builder for the [`stakeHook`] function.
        pub fn stakeHook(&self) -> alloy_contract::SolCallBuilder<&P, stakeHookCall, N> {
            self.call_builder(&stakeHookCall)
        }
        ///Creates a new call builder for the [`stakeOf`] function.
        pub fn stakeOf(
            &self,
            staker: alloy::sol_types::private::Address,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, stakeOfCall, N> {
            self.call_builder(&stakeOfCall { staker, operator })
        }
        ///Creates a new call builder for the [`stakeWithPermit`] function.
        pub fn stakeWithPermit(
            &self,
            operator: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            v: u8,
            r: alloy::sol_types::private::FixedBytes<32>,
            s: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, stakeWithPermitCall, N> {
            self.call_builder(
                &stakeWithPermitCall {
                    operator,
                    amount,
                    deadline,
                    v,
                    r,
                    s,
                },
            )
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`totalStaked`] function.
        pub fn totalStaked(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, totalStakedCall, N> {
            self.call_builder(&totalStakedCall)
        }
        ///Creates a new call builder for the [`transferOwnership`] function.
        pub fn transferOwnership(
            &self,
            newOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferOwnershipCall, N> {
            self.call_builder(&transferOwnershipCall { newOwner })
        }
        ///Creates a new call builder for the [`unbondingPeriod`] function.
        pub fn unbondingPeriod(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, unbondingPeriodCall, N> {
            self.call_builder(&unbondingPeriodCall)
        }
        ///Creates a new call builder for the [`unbondingPool`] function.
        pub fn unbondingPool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, unbondingPoolCall, N> {
            self.call_builder(&unbondingPoolCall { operator })
        }
        ///Creates a new call builder for the [`unjail`] function.
        pub fn unjail(&self) -> alloy_contract::SolCallBuilder<&P, unjailCall, N> {
            self.call_builder(&unjailCall)
        }
        ///Creates a new call builder for the [`withdraw`] function.
        pub fn withdraw(
            &self,
            maxRequests: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawCall, N> {
            self.call_builder(&withdrawCall { maxRequests })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > StakingInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`AddressUpdated`] event.
        pub fn AddressUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, AddressUpdated, N> {
            self.event_filter::<AddressUpdated>()
        }
        ///Creates a new event filter for the [`CommissionChangeScheduled`] event.
        pub fn CommissionChangeScheduled_filter(
            &self,
        ) -> alloy_contract::Event<&P, CommissionChangeScheduled, N> {
            self.event_filter::<CommissionChangeScheduled>()
        }
        ///Creates a new event filter for the [`Jailed`] event.
        pub fn Jailed_filter(&self) -> alloy_contract::Event<&P, Jailed, N> {
            self.event_filter::<Jailed>()
        }
        ///Creates a new event filter for the [`OperatorRegistered`] event.
        pub fn OperatorRegistered_filter(
            &self,
        ) -> alloy_contract::Event<&P, OperatorRegistered, N> {
            self.event_filter::<OperatorRegistered>()
        }
        ///Creates a new event filter for the [`OwnershipTransferred`] event.
        pub fn OwnershipTransferred_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferred, N> {
            self.event_filter::<OwnershipTransferred>()
        }
        ///Creates a new event filter for the [`ParameterUpdated`] event.
        pub fn ParameterUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, ParameterUpdated, N> {
            self.event_filter::<ParameterUpdated>()
        }
        ///Creates a new event filter for the [`Slashed`] event.
        pub fn Slashed_filter(&self) -> alloy_contract::Event<&P, Slashed, N> {
            self.event_filter::<Slashed>()
        }
        ///Creates a new event filter for the [`Staked`] event.
        pub fn Staked_filter(&self) -> alloy_contract::Event<&P, Staked, N> {
            self.event_filter::<Staked>()
        }
        ///Creates a new event filter for the [`Unjailed`] event.
        pub fn Unjailed_filter(&self) -> alloy_contract::Event<&P, Unjailed, N> {
            self.event_filter::<Unjailed>()
        }
        ///Creates a new event filter for the [`UnstakeRequested`] event.
        pub fn UnstakeRequested_filter(
            &self,
        ) -> alloy_contract::Event<&P, UnstakeRequested, N> {
            self.event_filter::<UnstakeRequested>()
        }
        ///Creates a new event filter for the [`Withdrawn`] event.
        pub fn Withdrawn_filter(&self) -> alloy_contract::Event<&P, Withdrawn, N> {
            self.event_filter::<Withdrawn>()
        }
    }
}

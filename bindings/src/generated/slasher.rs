///Module containing a contract's types and functions.
/**

```solidity
library ISlasher {
    type SlashKind is uint8;
    struct BatchCommitment { uint256 rollupId; uint256 batchIndex; bytes32 root; uint64 signedAt; uint8 role; }
    struct SlashRequest { address operator; uint16 bips; uint64 executableAt; uint64 expiresAt; bool executed; bool vetoed; }
    struct SlashingPeriod { uint64 slashedAt; uint16 bips; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ISlasher {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlashKind(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<SlashKind> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::tokenize(self)
                    .0
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl SlashKind {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for SlashKind {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<SlashKind> for u8 {
            fn from(value: SlashKind) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for SlashKind {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SlashKind {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct BatchCommitment { uint256 rollupId; uint256 batchIndex; bytes32 root; uint64 signedAt; uint8 role; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BatchCommitment {
        #[allow(missing_docs)]
        pub rollupId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub batchIndex: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub signedAt: u64,
        #[allow(missing_docs)]
        pub role: u8,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::FixedBytes<32>,
            u64,
            u8,
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
        impl ::core::convert::From<BatchCommitment> for UnderlyingRustTuple<'_> {
            fn from(value: BatchCommitment) -> Self {
                (
                    value.rollupId,
                    value.batchIndex,
                    value.root,
                    value.signedAt,
                    value.role,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BatchCommitment {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    rollupId: tuple.0,
                    batchIndex: tuple.1,
                    root: tuple.2,
                    signedAt: tuple.3,
                    role: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for BatchCommitment {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for BatchCommitment {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.batchIndex),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.root),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.signedAt),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
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
        impl alloy_sol_types::SolType for BatchCommitment {
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
        impl alloy_sol_types::SolStruct for BatchCommitment {
            const NAME: &'static str = "BatchCommitment";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "BatchCommitment(uint256 rollupId,uint256 batchIndex,bytes32 root,uint64 signedAt,uint8 role)",
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.rollupId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.batchIndex)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.root)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.signedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.role)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for BatchCommitment {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.rollupId,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.batchIndex,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.root)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.role)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.rollupId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.batchIndex,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.root,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.role,
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
struct SlashRequest { address operator; uint16 bips; uint64 executableAt; uint64 expiresAt; bool executed; bool vetoed; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlashRequest {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bips: u16,
        #[allow(missing_docs)]
        pub executableAt: u64,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub executed: bool,
        #[allow(missing_docs)]
        pub vetoed: bool,
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
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u16,
            u64,
            u64,
            bool,
            bool,
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
        impl ::core::convert::From<SlashRequest> for UnderlyingRustTuple<'_> {
            fn from(value: SlashRequest) -> Self {
                (
                    value.operator,
                    value.bips,
                    value.executableAt,
                    value.expiresAt,
                    value.executed,
                    value.vetoed,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlashRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    operator: tuple.0,
                    bips: tuple.1,
                    executableAt: tuple.2,
                    expiresAt: tuple.3,
                    executed: tuple.4,
                    vetoed: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for SlashRequest {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for SlashRequest {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.executableAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.executed,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.vetoed,
                    ),
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
        impl alloy_sol_types::SolType for SlashRequest {
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
        impl alloy_sol_types::SolStruct for SlashRequest {
            const NAME: &'static str = "SlashRequest";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "SlashRequest(address operator,uint16 bips,uint64 executableAt,uint64 expiresAt,bool executed,bool vetoed)",
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
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.bips)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.executableAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.executed,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.vetoed,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SlashRequest {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.operator,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.bips)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.executableAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.executed,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.vetoed,
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
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.bips,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.executableAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.executed,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.vetoed,
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
struct SlashingPeriod { uint64 slashedAt; uint16 bips; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlashingPeriod {
        #[allow(missing_docs)]
        pub slashedAt: u64,
        #[allow(missing_docs)]
        pub bips: u16,
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
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<16>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u16);
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
        impl ::core::convert::From<SlashingPeriod> for UnderlyingRustTuple<'_> {
            fn from(value: SlashingPeriod) -> Self {
                (value.slashedAt, value.bips)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlashingPeriod {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slashedAt: tuple.0,
                    bips: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for SlashingPeriod {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for SlashingPeriod {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashedAt),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
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
        impl alloy_sol_types::SolType for SlashingPeriod {
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
        impl alloy_sol_types::SolStruct for SlashingPeriod {
            const NAME: &'static str = "SlashingPeriod";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "SlashingPeriod(uint64 slashedAt,uint16 bips)",
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
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slashedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.bips)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SlashingPeriod {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slashedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.bips)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slashedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.bips,
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
    /**Creates a new wrapper around an on-chain [`ISlasher`](self) contract instance.

See the [wrapper's documentation](`ISlasherInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ISlasherInstance<P, N> {
        ISlasherInstance::<P, N>::new(address, __provider)
    }
    /**A [`ISlasher`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ISlasher`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ISlasherInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ISlasherInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ISlasherInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ISlasherInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ISlasher`](self) contract instance.

See the [wrapper's documentation](`ISlasherInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> ISlasherInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ISlasherInstance<P, N> {
            ISlasherInstance {
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
    > ISlasherInstance<P, N> {
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
    > ISlasherInstance<P, N> {
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
library ISlasher {
    type SlashKind is uint8;
    struct BatchCommitment {
        uint256 rollupId;
        uint256 batchIndex;
        bytes32 root;
        uint64 signedAt;
        uint8 role;
    }
    struct SlashRequest {
        address operator;
        uint16 bips;
        uint64 executableAt;
        uint64 expiresAt;
        bool executed;
        bool vetoed;
    }
    struct SlashingPeriod {
        uint64 slashedAt;
        uint16 bips;
    }
}

interface Slasher {
    error ECDSAInvalidSignature();
    error ECDSAInvalidSignatureLength(uint256 length);
    error ECDSAInvalidSignatureS(bytes32 s);
    error InvalidShortString();
    error OwnableInvalidOwner(address owner);
    error OwnableUnauthorizedAccount(address account);
    error SlasherAlreadySlashed(address operator, uint256 rollupId, uint256 batchIndex);
    error SlasherEvidenceExpired(uint256 offenceTime, uint256 oldestAccepted);
    error SlasherInvalidParameter(bytes32 name, uint256 value);
    error SlasherInvalidSignature();
    error SlasherNotConflicting();
    error SlasherOffenceAlreadyPunished(address operator, uint64 periodSlashedAt, uint16 periodBips);
    error SlasherRequestNotExecutable(uint256 requestId);
    error SlasherUnauthorized();
    error SlasherUnknownRollup(uint256 rollupId);
    error StringTooLong(string str);

    event AddressUpdated(bytes32 indexed name, address oldValue, address newValue);
    event EIP712DomainChanged();
    event OffenceAbsorbed(address indexed operator, ISlasher.SlashKind indexed kind, uint256 indexed rollupId, uint256 batchIndex, uint64 offenceTime, uint64 periodSlashedAt, uint16 periodBips, uint16 newBips, uint16 chargedBips);
    event OperatorSlashed(address indexed operator, ISlasher.SlashKind indexed kind, uint256 indexed rollupId, uint256 batchIndex, uint256 amount, address reporter, uint256 reporterReward, uint256 treasuryAmount);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
    event SlashExecuted(uint256 indexed requestId, uint256 amount);
    event SlashRequested(uint256 indexed requestId, address indexed operator, uint16 bips, uint64 executableAt, uint64 expiresAt, string reason);
    event SlashVetoed(uint256 indexed requestId);

    constructor(address staking_, address token_, address owner_, address treasury_);

    function BATCH_COMMITMENT_TYPEHASH() external view returns (bytes32);
    function BIPS() external view returns (uint256);
    function GOVERNANCE_ROLLUP_ID() external view returns (uint256);
    function commitmentDigest(ISlasher.BatchCommitment memory c) external view returns (bytes32);
    function domainSeparator() external view returns (bytes32);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function executeSlash(uint256 requestId) external returns (uint256 amount);
    function fraudBips() external view returns (uint16);
    function governor() external view returns (address);
    function isSlashed(address operator, ISlasher.SlashKind kind, uint256 rollupId, uint256 batchIndex) external view returns (bool);
    function owner() external view returns (address);
    function parameters() external view returns (uint16 equivocationBips, uint16 fraudBips_, uint16 reporterBips, uint64 jailDuration, uint64 vetoWindow_, address treasury, address vetoer, address fraudProver);
    function renounceOwnership() external;
    function requestSlash(address operator, uint16 bips, string memory reason) external returns (uint256 requestId);
    function setEquivocationBips(uint16 bips) external;
    function setFraudBips(uint16 bips) external;
    function setFraudProver(address prover) external;
    function setGovernor(address governor_) external;
    function setJailDuration(uint64 duration) external;
    function setReporterBips(uint16 bips) external;
    function setTreasury(address treasury_) external;
    function setVetoWindow(uint64 window) external;
    function setVetoer(address vetoer_) external;
    function slashEquivocation(ISlasher.BatchCommitment memory a, bytes memory sigA, ISlasher.BatchCommitment memory b, bytes memory sigB) external returns (uint256 amount);
    function slashForFraud(address operator, uint256 rollupId, uint256 batchIndex, uint64 postedAt, address challenger) external returns (uint256 amount);
    function slashLatency() external view returns (uint256);
    function slashRequest(uint256 requestId) external view returns (ISlasher.SlashRequest memory);
    function slashRequestCount() external view returns (uint256);
    function slashingPeriod(address operator) external view returns (ISlasher.SlashingPeriod memory);
    function staking() external view returns (address);
    function token() external view returns (address);
    function transferOwnership(address newOwner) external;
    function vetoSlash(uint256 requestId) external;
    function vetoWindow() external view returns (uint64);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "staking_",
        "type": "address",
        "internalType": "contract IStaking"
      },
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
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "BATCH_COMMITMENT_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
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
    "name": "GOVERNANCE_ROLLUP_ID",
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
    "name": "commitmentDigest",
    "inputs": [
      {
        "name": "c",
        "type": "tuple",
        "internalType": "struct ISlasher.BatchCommitment",
        "components": [
          {
            "name": "rollupId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "batchIndex",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "root",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "signedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "role",
            "type": "uint8",
            "internalType": "uint8"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "domainSeparator",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "executeSlash",
    "inputs": [
      {
        "name": "requestId",
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
    "type": "function",
    "name": "fraudBips",
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
    "name": "governor",
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
    "name": "isSlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "enum ISlasher.SlashKind"
      },
      {
        "name": "rollupId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "batchIndex",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "parameters",
    "inputs": [],
    "outputs": [
      {
        "name": "equivocationBips",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "fraudBips_",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "reporterBips",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "jailDuration",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "vetoWindow_",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "treasury",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "vetoer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "fraudProver",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
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
    "name": "requestSlash",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "bips",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setEquivocationBips",
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
    "name": "setFraudBips",
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
    "name": "setFraudProver",
    "inputs": [
      {
        "name": "prover",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setGovernor",
    "inputs": [
      {
        "name": "governor_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setJailDuration",
    "inputs": [
      {
        "name": "duration",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setReporterBips",
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
    "name": "setTreasury",
    "inputs": [
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setVetoWindow",
    "inputs": [
      {
        "name": "window",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setVetoer",
    "inputs": [
      {
        "name": "vetoer_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashEquivocation",
    "inputs": [
      {
        "name": "a",
        "type": "tuple",
        "internalType": "struct ISlasher.BatchCommitment",
        "components": [
          {
            "name": "rollupId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "batchIndex",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "root",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "signedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "role",
            "type": "uint8",
            "internalType": "uint8"
          }
        ]
      },
      {
        "name": "sigA",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "b",
        "type": "tuple",
        "internalType": "struct ISlasher.BatchCommitment",
        "components": [
          {
            "name": "rollupId",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "batchIndex",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "root",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "signedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "role",
            "type": "uint8",
            "internalType": "uint8"
          }
        ]
      },
      {
        "name": "sigB",
        "type": "bytes",
        "internalType": "bytes"
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
    "type": "function",
    "name": "slashForFraud",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "rollupId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "batchIndex",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "postedAt",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "challenger",
        "type": "address",
        "internalType": "address"
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
    "type": "function",
    "name": "slashLatency",
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
    "name": "slashRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct ISlasher.SlashRequest",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "bips",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "executableAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "executed",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "vetoed",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slashRequestCount",
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
    "name": "slashingPeriod",
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
        "internalType": "struct ISlasher.SlashingPeriod",
        "components": [
          {
            "name": "slashedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "bips",
            "type": "uint16",
            "internalType": "uint16"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "staking",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IStaking"
      }
    ],
    "stateMutability": "view"
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
    "name": "vetoSlash",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "vetoWindow",
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
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OffenceAbsorbed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum ISlasher.SlashKind"
      },
      {
        "name": "rollupId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "batchIndex",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "offenceTime",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "periodSlashedAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "periodBips",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "newBips",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "chargedBips",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OperatorSlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum ISlasher.SlashKind"
      },
      {
        "name": "rollupId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "batchIndex",
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
        "name": "reporter",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "reporterReward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "treasuryAmount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
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
    "name": "SlashExecuted",
    "inputs": [
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
    "type": "event",
    "name": "SlashRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bips",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "executableAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "reason",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SlashVetoed",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignature",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignatureLength",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ECDSAInvalidSignatureS",
    "inputs": [
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidShortString",
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
    "name": "SlasherAlreadySlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "rollupId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "batchIndex",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SlasherEvidenceExpired",
    "inputs": [
      {
        "name": "offenceTime",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "oldestAccepted",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SlasherInvalidParameter",
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
    "name": "SlasherInvalidSignature",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SlasherNotConflicting",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SlasherOffenceAlreadyPunished",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "periodSlashedAt",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "periodBips",
        "type": "uint16",
        "internalType": "uint16"
      }
    ]
  },
  {
    "type": "error",
    "name": "SlasherRequestNotExecutable",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SlasherUnauthorized",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SlasherUnknownRollup",
    "inputs": [
      {
        "name": "rollupId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
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
pub mod Slasher {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x6101a0604052600380546001600160b01b0319167003f4800000000000093a8003e803e803e8179055348015610033575f5ffd5b5060405161344338038061344383398101604081905261005291610245565b604080518082018252600b81526a20a62a1029b630b9b432b960a91b602080830191909152825180840190935260018352603160f81b9083015290836001600160a01b0381166100bc57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100c5816101a2565b506100cf826101f1565b610120526100dc816101f1565b61014052815160208084019190912060e052815190820120610100524660a05261016860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03938416610160529183166101805250600480546001600160a01b031916919092161790556102fc565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f829050601f8151111561021b578260405163305a27a960e01b81526004016100b391906102a1565b8051610226826102d6565b179392505050565b6001600160a01b0381168114610242575f5ffd5b50565b5f5f5f5f60808587031215610258575f5ffd5b84516102638161022e565b60208601519094506102748161022e565b60408601519093506102858161022e565b60608601519092506102968161022e565b939692955090935050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102f6575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516101805161309c6103a75f395f61061401525f818161034a0152818161065301528181610b1401528181610d6601528181610e140152818161158c01528181611e7d01528181611f6c0152818161220d015281816123ea01526124dc01525f611b3501525f611b0a01525f6126a401525f61267c01525f6125d701525f61260101525f61262b015261309c5ff3fe608060405234801561000f575f5ffd5b50600436106101fc575f3560e01c806384b0196e11610114578063b88b4b53116100a9578063f0f4426011610079578063f0f44260146105d8578063f2fde38b146105eb578063f698da25146105fe578063f705003114610606578063fc0c546a1461060f575f5ffd5b8063b88b4b531461058c578063c42cf5351461059f578063d152a32e146105b2578063ead9a069146105c5575f5ffd5b8063a00f2b58116100e4578063a00f2b5814610546578063a16b74821461054e578063a2477dac14610571578063b67bc17914610579575f5ffd5b806384b0196e1461048657806389035730146104a15780638da5cb5b146105235780639c0c962914610533575f5ffd5b8063514194f311610195578063715018a611610165578063715018a6146103c557806372e31ffa146103cd578063795a8d0b146103e05780637ac0931a146103f35780637d15371e14610406575f5ffd5b8063514194f31461036c5780635dcc30bb14610397578063673b24f2146103aa57806369ae9af8146103b2575f5ffd5b80633024a3e7116101d05780633024a3e7146102945780633fa77bb4146102a757806344e47033146102ba5780634cf088d914610345575f5ffd5b806220af37146102005780630c340a241461023a5780631d86d77a1461025f5780632d432eaf14610274575b5f5ffd5b6102277f2196b47dd523ea87156036bdd47d97915e22e47af9b730a325afbd9edf239b8a81565b6040519081526020015b60405180910390f35b6007546001600160a01b03165b6040516001600160a01b039091168152602001610231565b61027261026d3660046129a1565b610636565b005b60035462010000900461ffff1660405161ffff9091168152602001610231565b6102726102a23660046129d2565b6107b2565b6102726102b5366004612a01565b61086f565b61031d6102c8366004612a01565b604080518082019091525f8082526020820152506001600160a01b03165f908152600a60209081526040918290208251808401909352546001600160401b0381168352600160401b900461ffff169082015290565b6040805182516001600160401b0316815260209283015161ffff169281019290925201610231565b6102477f000000000000000000000000000000000000000000000000000000000000000081565b600354600160701b90046001600160401b03166040516001600160401b039091168152602001610231565b6102726103a53660046129a1565b6108dd565b6102276109b2565b6102276103c0366004612a1c565b6109dd565b610272610c21565b6102726103db3660046129d2565b610c34565b6102276103ee366004612a77565b610cf1565b610272610401366004612a1c565b61109f565b610419610414366004612a1c565b6111a5565b60405161023191905f60c08201905060018060a01b03835116825261ffff60208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015260a0830151151560a083015292915050565b61048e611274565b6040516102319796959493929190612b05565b6003546004546005546006546040805161ffff808716825262010000870481166020830152640100000000870416918101919091526001600160401b03600160301b860481166060830152600160701b90950490941660808501526001600160a01b0392831660a085015290821660c08401521660e082015261010001610231565b5f546001600160a01b0316610247565b610227610541366004612b9b565b6112b6565b6102275f1981565b61056161055c366004612bf6565b611318565b6040519015158152602001610231565b600954610227565b610227610587366004612c52565b6113e2565b61027261059a3660046129d2565b611424565b6102726105ad366004612a01565b6114dd565b6102726105c0366004612a01565b61165c565b6102276105d3366004612ce5565b6116c5565b6102726105e6366004612a01565b61176f565b6102726105f9366004612a01565b611818565b610227611855565b61022761271081565b6102477f000000000000000000000000000000000000000000000000000000000000000081565b61063e61185e565b5f816001600160401b03161180156106f757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156106ad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106d19190612d0f565b6001600160401b03166106e261188a565b6106f5906001600160401b038416612d3e565b105b819061073a5760405163d831ef5f60e01b8152697665746f57696e646f7760b01b60048201526001600160401b0390911660248201526044015b60405180910390fd5b5060035460408051600160701b9092046001600160401b03908116835283166020830152697665746f57696e646f7760b01b915f5160206130705f395f51905f52910160405180910390a2600380546001600160401b03909216600160701b0267ffffffffffffffff60701b19909216919091179055565b6107ba61185e565b5f8161ffff161180156107d357506127108161ffff1611155b819061080b5760405163d831ef5f60e01b81526866726175644269707360b81b600482015261ffff9091166024820152604401610731565b50600354604080516201000090920461ffff9081168352831660208301526866726175644269707360b81b915f5160206130705f395f51905f52910160405180910390a26003805461ffff909216620100000263ffff000019909216919091179055565b61087761185e565b600654604080516001600160a01b03928316815291831660208301526a333930bab2283937bb32b960a91b915f5160206130505f395f51905f52910160405180910390a2600680546001600160a01b0319166001600160a01b0392909216919091179055565b6108e561185e565b806301e133806001600160401b03821611156109355760405163d831ef5f60e01b81526b3530b4b6223ab930ba34b7b760a11b60048201526001600160401b039091166024820152604401610731565b5060035460408051600160301b9092046001600160401b039081168352831660208301526b3530b4b6223ab930ba34b7b760a11b915f5160206130705f395f51905f52910160405180910390a2600380546001600160401b03909216600160301b026dffffffffffffffff00000000000019909216919091179055565b5f6109bb61188a565b6003546109d89190600160701b90046001600160401b0316612d3e565b905090565b6009545f9082908110610a065760405163722f407760e01b815260040161073191815260200190565b505f60098381548110610a1b57610a1b612d51565b905f5260205f20906002020190508060010160089054906101000a900460ff16158015610a5457506001810154600160481b900460ff16155b8015610a7157508054600160b01b90046001600160401b03164210155b8015610a89575060018101546001600160401b031642105b8390610aab5760405163722f407760e01b815260040161073191815260200190565b50600181018054600160401b68ff000000000000000019909116179055805460048054604051631f57bac960e31b81526001600160a01b0380851693820193909352600160a01b90930461ffff1660248401525f604484018190526064840152811660848301527f0000000000000000000000000000000000000000000000000000000000000000169063fabdd6489060a40160408051808303815f875af1158015610b59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b7d9190612d65565b50815460408051868152602081018490525f81830181905260608201526080810184905290519294505f19926002926001600160a01b0316917f51f9054f18aabc2e72abe1cd4780be2f2b9940a0d669b802890be9557c92dca6919081900360a00190a4827f43b372a8e5bd8930cceca3e2af95f150d2ef6c242bc707e8a53f67cb78c1a06383604051610c1391815260200190565b60405180910390a250919050565b610c2961185e565b610c325f611ab4565b565b610c3c61185e565b5f8161ffff16118015610c5557506127108161ffff1611155b8190610c945760405163d831ef5f60e01b81526f65717569766f636174696f6e4269707360801b600482015261ffff9091166024820152604401610731565b506003546040805161ffff928316815291831660208301526f65717569766f636174696f6e4269707360801b915f5160206130705f395f51905f52910160405180910390a26003805461ffff191661ffff92909216919091179055565b5f610cfa61185e565b5f8461ffff16118015610d1357506127108461ffff1611155b8490610d465760405163d831ef5f60e01b8152636269707360e01b600482015261ffff9091166024820152604401610731565b50604051632861236b60e11b81526001600160a01b0386811660048301527f000000000000000000000000000000000000000000000000000000000000000016906350c246d69060240161010060405180830381865afa158015610dac573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd09190612df5565b608001518590610e105760405163d831ef5f60e01b81526737b832b930ba37b960c11b60048201526001600160a01b039091166024820152604401610731565b505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e6e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e929190612d0f565b600354909150600160701b90046001600160401b039081169082168110610eeb5760405163d831ef5f60e01b8152697665746f57696e646f7760b01b60048201526001600160401b039091166024820152604401610731565b506009546003549092505f90610f1190600160701b90046001600160401b031642612ec3565b90505f610f1e8342612ec3565b6040805160c0810182526001600160a01b03808c1680835261ffff808d16602085019081526001600160401b03808a16868801908152818916606088019081525f6080890181815260a08a01828152600980546001810182559352995160029092027f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af81018054975195518716600160b01b0267ffffffffffffffff60b01b1996909916600160a01b026001600160b01b031990981693909a169290921795909517929092169490941790955591517f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7b09094018054915195511515600160481b0260ff60481b19961515600160401b0268ffffffffffffffffff199093169590931694909417179390931692909217905590519192509085907fcfacb8d0957820fd2dd755c016eb8ffe3efa89b3727b7665bd34d1b7ed5a502c9061108c908b90879087908d908d90612ee2565b60405180910390a3505050949350505050565b6005546001600160a01b031633146110ca57604051632296e1d160e21b815260040160405180910390fd5b600954819081106110f15760405163722f407760e01b815260040161073191815260200190565b505f6009828154811061110657611106612d51565b905f5260205f20906002020190508060010160089054906101000a900460ff1615801561113f57506001810154600160481b900460ff16155b82906111615760405163722f407760e01b815260040161073191815260200190565b5060018101805460ff60481b1916600160481b17905560405182907fd9fba74120cb5b56f7c56d9b79b9051b8b1424920196e546bb84cf19a646a72c905f90a25050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152600982815481106111e9576111e9612d51565b5f9182526020918290206040805160c081018252600290930290910180546001600160a01b038116845261ffff600160a01b820416948401949094526001600160401b03600160b01b90940484169183019190915260010154918216606082015260ff600160401b8304811615156080830152600160481b909204909116151560a082015292915050565b5f6060805f5f5f6060611285611b03565b61128d611b2e565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6006545f906001600160a01b0316331480156112d157503315155b6112ee57604051632296e1d160e21b815260040160405180910390fd5b61130e86868686600360029054906101000a900461ffff16600188611b59565b9695505050505050565b5f600284600281111561132d5761132d612d87565b036113b5576009548210801561136f57506009828154811061135157611351612d51565b905f5260205f20906002020160010160089054906101000a900460ff165b80156113ae5750846001600160a01b03166009838154811061139357611393612d51565b5f9182526020909120600290910201546001600160a01b0316145b90506113da565b60085f6113c4878787876120a7565b815260208101919091526040015f205460ff1690505b949350505050565b5f5f5f6113f38989898989896120df565b60035491935091506114179083908b359060208d013590859061ffff165f33611b59565b9998505050505050505050565b61142c61185e565b8061271061ffff821611156114705760405163d831ef5f60e01b81526b7265706f727465724269707360a01b600482015261ffff9091166024820152604401610731565b506003546040805164010000000090920461ffff9081168352831660208301526b7265706f727465724269707360a01b915f5160206130705f395f51905f52910160405180910390a26003805461ffff9092166401000000000265ffff0000000019909216919091179055565b6114e561185e565b5f6001600160a01b0382166115225760405163d831ef5f60e01b81526733b7bb32b93737b960c11b60048201526024810191909152604401610731565b50600754604080516001600160a01b03928316815291831660208301526733b7bb32b93737b960c11b915f5160206130505f395f51905f52910160405180910390a28060075f6101000a8154816001600160a01b0302191690836001600160a01b031602179055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156115e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061160a9190612d0f565b6001600160401b031661161b6109b2565b1081906116585760405163d831ef5f60e01b81526733b7bb32b93737b960c11b60048201526001600160a01b039091166024820152604401610731565b5050565b61166461185e565b600554604080516001600160a01b0392831681529183166020830152653b32ba37b2b960d11b915f5160206130505f395f51905f52910160405180910390a2600580546001600160a01b0319166001600160a01b0392909216919091179055565b5f6117697f2196b47dd523ea87156036bdd47d97915e22e47af9b730a325afbd9edf239b8a83356020850135604086013561170660808801606089016129a1565b61171660a0890160808a01612f3b565b604080516020810197909752860194909452606085019290925260808401526001600160401b031660a083015260ff1660c082015260e0016040516020818303038152906040528051906020012061259f565b92915050565b61177761185e565b5f6001600160a01b0382166117b45760405163d831ef5f60e01b815267747265617375727960c01b60048201526024810191909152604401610731565b50600454604080516001600160a01b039283168152918316602083015267747265617375727960c01b915f5160206130505f395f51905f52910160405180910390a2600480546001600160a01b0319166001600160a01b0392909216919091179055565b61182061185e565b6001600160a01b03811661184957604051631e4fbdf760e01b81525f6004820152602401610731565b61185281611ab4565b50565b5f6109d86125cb565b5f546001600160a01b03163314610c325760405163118cdaa760e01b8152336004820152602401610731565b6007545f906001600160a01b0316806118a4575f91505090565b5f819050806001600160a01b031663d33219b46040518163ffffffff1660e01b8152600401602060405180830381865afa1580156118e4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119089190612f5b565b6001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015611943573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119679190612f76565b816001600160a01b03166332b8113e6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156119a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119c79190612f8d565b65ffffffffffff16826001600160a01b03166302a251a36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a0b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a2f9190612f76565b836001600160a01b0316633932abb16040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a6b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a8f9190612f76565b611a999190612d3e565b611aa39190612d3e565b611aad9190612d3e565b9250505090565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60606109d87f00000000000000000000000000000000000000000000000000000000000000006126f4565b60606109d87f00000000000000000000000000000000000000000000000000000000000000006126f4565b5f5f611b6789858a8a6120a7565b5f8181526008602052604090205490915089908990899060ff1615611bb85760405163a3089e5360e01b81526001600160a01b03909316600484015260248301919091526044820152606401610731565b5050505f818152600860209081526040808320805460ff191660011790556001600160a01b038c168352600a8252918290208251808401909352546001600160401b038116835261ffff600160401b909104811691830182905287169015801590611c385750815f01516001600160401b0316886001600160401b031611155b15611ddf57816020015161ffff168761ffff1611611c56575f611c94565b611c94612710836020015189611c6c9190612fb2565b61ffff16611c7a9190612fcc565b6020840151611c8f9061ffff16612710612fe3565b612731565b90505f866002811115611ca957611ca9612d87565b03611cff57815160208301518c919083611cfb576040516306d7905b60e31b81526001600160a01b0390931660048401526001600160401b03909116602483015261ffff166044820152606401610731565b5050505b89866002811115611d1257611d12612d87565b8c6001600160a01b03167fffaf8c3f63b8cd1b0380e5ed5272fccfa84c15a4ace9548b6c76b3477ce87dac8c8c875f01518860200151885f14611d55578e611d5b565b89602001515b604080519586526001600160401b039485166020870152929093168483015261ffff9081166060850152918216608084015290871660a0830152519081900360c00190a48015611dda576001600160a01b038b165f908152600a60205260409020805469ffff00000000000000001916600160401b61ffff8a16021790555b611e74565b6040518060400160405280426001600160401b031681526020018861ffff16815250600a5f8d6001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a81548161ffff021916908361ffff1602179055509050505b5f8115611f67577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fabdd6488d8489600360049054906101000a900461ffff1660045f9054906101000a90046001600160a01b03166040518663ffffffff1660e01b8152600401611f229594939291906001600160a01b0395861681526020810194909452918416604084015261ffff166060830152909116608082015260a00190565b60408051808303815f875af1158015611f3d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f619190612d65565b90955090505b6003547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636944f4a6908e90611fb790600160301b90046001600160401b031642612ec3565b6040516001600160e01b031960e085901b1681526001600160a01b0390921660048301526001600160401b031660248201526044015f604051808303815f87803b158015612003575f5ffd5b505af1158015612015573d5f5f3e3d5ffd5b505050508a87600281111561202c5761202c612d87565b6001600160a01b038e167f51f9054f18aabc2e72abe1cd4780be2f2b9940a0d669b802890be9557c92dca68d898b876120658184612fe3565b6040805195865260208601949094526001600160a01b03929092168484015260608401526080830152519081900360a00190a450505050979650505050505050565b5f838584846040516020016120bf9493929190612ff6565b604051602081830303815290604052805190602001209050949350505050565b5f80873585351480156120f9575084602001358860200135145b8015612128575061211060a0860160808701612f3b565b60ff1661212360a08a0160808b01612f3b565b60ff16145b801561213c57508460400135886040013514155b61215957604051630392976560e61b815260040160405180910390fd5b5f6121a16121668a6116c5565b89898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061276492505050565b90505f6121eb6121b0886116c5565b87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061276492505050565b6040516389ca417960e01b81526001600160a01b0384811660048301529192507f0000000000000000000000000000000000000000000000000000000000000000909116906389ca417990602401602060405180830381865afa158015612254573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122789190612f5b565b9350806001600160a01b0316826001600160a01b03161480156122a357506001600160a01b03841615155b6122c0576040516322cdaf4160e11b815260040160405180910390fd5b6006546001600160a01b03168a35158015906122e457506001600160a01b03811615155b80156123505750806001600160a01b031663f4e926756040518163ffffffff1660e01b8152600401602060405180830381865afa158015612327573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061234b9190612f76565b8b3511155b8b35906123735760405163ee7d3ae160e01b815260040161073191815260200190565b505f61238560808a0160608b016129a1565b6001600160401b031661239e60808e0160608f016129a1565b6001600160401b0316116123c1576123bc60808a0160608b016129a1565b6123d1565b6123d160808d0160608e016129a1565b6001600160401b03169050428111156123e75750425b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015612444573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124689190612d0f565b6001600160401b031690505f814211612481575f61248b565b61248b8242612fe3565b90508281808210156124b957604051630a74ea2f60e01b815260048101929092526024820152604401610731565b505060405163253e473f60e11b81526001600160a01b0387811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690634a7c8e7e90602401602060405180830381865afa158015612523573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125479190612d0f565b6001600160401b0316905080158061255f5750818110155b8183909161258957604051630a74ea2f60e01b815260048101929092526024820152604401610731565b5093975050505050505050965096945050505050565b5f6117696125ab6125cb565b8360405161190160f01b8152600281019290925260228201526042902090565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561262357507f000000000000000000000000000000000000000000000000000000000000000046145b1561264d57507f000000000000000000000000000000000000000000000000000000000000000090565b6109d8604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60605f6127008361278c565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f815f036127435761274360126127b3565b8160018403816127555761275561303b565b04600101831515029392505050565b5f5f5f5f61277286866127c4565b925092509250612782828261280d565b5090949350505050565b5f60ff8216601f81111561176957604051632cd44ac360e21b815260040160405180910390fd5b634e487b715f52806020526024601cfd5b5f5f5f83516041036127fb576020840151604085015160608601515f1a6127ed888285856128c5565b955095509550505050612806565b505081515f91506002905b9250925092565b5f82600381111561282057612820612d87565b03612829575050565b600182600381111561283d5761283d612d87565b0361285b5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561286f5761286f612d87565b036128905760405163fce698f760e01b815260048101829052602401610731565b60038260038111156128a4576128a4612d87565b03611658576040516335e2f38360e21b815260048101829052602401610731565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156128fe57505f91506003905082612983565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561294f573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661297a57505f925060019150829050612983565b92505f91508190505b9450945094915050565b6001600160401b0381168114611852575f5ffd5b5f602082840312156129b1575f5ffd5b81356129bc8161298d565b9392505050565b61ffff81168114611852575f5ffd5b5f602082840312156129e2575f5ffd5b81356129bc816129c3565b6001600160a01b0381168114611852575f5ffd5b5f60208284031215612a11575f5ffd5b81356129bc816129ed565b5f60208284031215612a2c575f5ffd5b5035919050565b5f5f83601f840112612a43575f5ffd5b5081356001600160401b03811115612a59575f5ffd5b602083019150836020828501011115612a70575f5ffd5b9250929050565b5f5f5f5f60608587031215612a8a575f5ffd5b8435612a95816129ed565b93506020850135612aa5816129c3565b925060408501356001600160401b03811115612abf575f5ffd5b612acb87828801612a33565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f612b2360e0830189612ad7565b8281036040840152612b358189612ad7565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612b8a578351835260209384019390920191600101612b6c565b50909b9a5050505050505050505050565b5f5f5f5f5f60a08688031215612baf575f5ffd5b8535612bba816129ed565b945060208601359350604086013592506060860135612bd88161298d565b91506080860135612be8816129ed565b809150509295509295909350565b5f5f5f5f60808587031215612c09575f5ffd5b8435612c14816129ed565b9350602085013560038110612c27575f5ffd5b93969395505050506040820135916060013590565b5f60a08284031215612c4c575f5ffd5b50919050565b5f5f5f5f5f5f6101808789031215612c68575f5ffd5b612c728888612c3c565b955060a08701356001600160401b03811115612c8c575f5ffd5b612c9889828a01612a33565b9096509450612cac90508860c08901612c3c565b92506101608701356001600160401b03811115612cc7575f5ffd5b612cd389828a01612a33565b979a9699509497509295939492505050565b5f60a08284031215612cf5575f5ffd5b6129bc8383612c3c565b8051612d0a8161298d565b919050565b5f60208284031215612d1f575f5ffd5b81516129bc8161298d565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561176957611769612d2a565b634e487b7160e01b5f52603260045260245ffd5b5f5f60408385031215612d76575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52602160045260245ffd5b8051612d0a816129ed565b8051612d0a816129c3565b80518015158114612d0a575f5ffd5b805163ffffffff81168114612d0a575f5ffd5b805172ffffffffffffffffffffffffffffffffffffff81168114612d0a575f5ffd5b5f610100828403128015612e07575f5ffd5b5060405161010081016001600160401b0381118282101715612e3757634e487b7160e01b5f52604160045260245ffd5b604052612e4383612d9b565b8152612e5160208401612da6565b6020820152612e6260408401612da6565b6040820152612e7360608401612cff565b6060820152612e8460808401612db1565b6080820152612e9560a08401612cff565b60a0820152612ea660c08401612dc0565b60c0820152612eb760e08401612dd3565b60e08201529392505050565b6001600160401b03818116838216019081111561176957611769612d2a565b61ffff861681526001600160401b03851660208201526001600160401b038416604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b5f60208284031215612f4b575f5ffd5b813560ff811681146129bc575f5ffd5b5f60208284031215612f6b575f5ffd5b81516129bc816129ed565b5f60208284031215612f86575f5ffd5b5051919050565b5f60208284031215612f9d575f5ffd5b815165ffffffffffff811681146129bc575f5ffd5b61ffff828116828216039081111561176957611769612d2a565b808202811582820484141761176957611769612d2a565b8181038181111561176957611769612d2a565b608081016003861061301657634e487b7160e01b5f52602160045260245ffd5b9481526001600160a01b03939093166020840152604083019190915260609091015290565b634e487b7160e01b5f52601260045260245ffdfecdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fda164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\xA0`@R`\x03\x80T`\x01`\x01`\xB0\x1B\x03\x19\x16p\x03\xF4\x80\0\0\0\0\0\t:\x80\x03\xE8\x03\xE8\x03\xE8\x17\x90U4\x80\x15a\x003W__\xFD[P`@Qa4C8\x03\x80a4C\x839\x81\x01`@\x81\x90Ra\0R\x91a\x02EV[`@\x80Q\x80\x82\x01\x82R`\x0B\x81Rj \xA6*\x10)\xB60\xB9\xB42\xB9`\xA9\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90\x83`\x01`\x01`\xA0\x1B\x03\x81\x16a\0\xBCW`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\0\xC5\x81a\x01\xA2V[Pa\0\xCF\x82a\x01\xF1V[a\x01 Ra\0\xDC\x81a\x01\xF1V[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01h`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R`\x01`\x01`\xA0\x1B\x03\x93\x84\x16a\x01`R\x91\x83\x16a\x01\x80RP`\x04\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x91\x90\x92\x16\x17\x90Ua\x02\xFCV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x02\x1BW\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\0\xB3\x91\x90a\x02\xA1V[\x80Qa\x02&\x82a\x02\xD6V[\x17\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x02BW__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\x02XW__\xFD[\x84Qa\x02c\x81a\x02.V[` \x86\x01Q\x90\x94Pa\x02t\x81a\x02.V[`@\x86\x01Q\x90\x93Pa\x02\x85\x81a\x02.V[``\x86\x01Q\x90\x92Pa\x02\x96\x81a\x02.V[\x93\x96\x92\x95P\x90\x93PPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x02\xF6W_\x19\x81` \x03`\x03\x1B\x1B\x82\x16\x91P[P\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa0\x9Ca\x03\xA7_9_a\x06\x14\x01R_\x81\x81a\x03J\x01R\x81\x81a\x06S\x01R\x81\x81a\x0B\x14\x01R\x81\x81a\rf\x01R\x81\x81a\x0E\x14\x01R\x81\x81a\x15\x8C\x01R\x81\x81a\x1E}\x01R\x81\x81a\x1Fl\x01R\x81\x81a\"\r\x01R\x81\x81a#\xEA\x01Ra$\xDC\x01R_a\x1B5\x01R_a\x1B\n\x01R_a&\xA4\x01R_a&|\x01R_a%\xD7\x01R_a&\x01\x01R_a&+\x01Ra0\x9C_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xFCW_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\x01\x14W\x80c\xB8\x8BKS\x11a\0\xA9W\x80c\xF0\xF4B`\x11a\0yW\x80c\xF0\xF4B`\x14a\x05\xD8W\x80c\xF2\xFD\xE3\x8B\x14a\x05\xEBW\x80c\xF6\x98\xDA%\x14a\x05\xFEW\x80c\xF7\x05\x001\x14a\x06\x06W\x80c\xFC\x0CTj\x14a\x06\x0FW__\xFD[\x80c\xB8\x8BKS\x14a\x05\x8CW\x80c\xC4,\xF55\x14a\x05\x9FW\x80c\xD1R\xA3.\x14a\x05\xB2W\x80c\xEA\xD9\xA0i\x14a\x05\xC5W__\xFD[\x80c\xA0\x0F+X\x11a\0\xE4W\x80c\xA0\x0F+X\x14a\x05FW\x80c\xA1kt\x82\x14a\x05NW\x80c\xA2G}\xAC\x14a\x05qW\x80c\xB6{\xC1y\x14a\x05yW__\xFD[\x80c\x84\xB0\x19n\x14a\x04\x86W\x80c\x89\x03W0\x14a\x04\xA1W\x80c\x8D\xA5\xCB[\x14a\x05#W\x80c\x9C\x0C\x96)\x14a\x053W__\xFD[\x80cQA\x94\xF3\x11a\x01\x95W\x80cqP\x18\xA6\x11a\x01eW\x80cqP\x18\xA6\x14a\x03\xC5W\x80cr\xE3\x1F\xFA\x14a\x03\xCDW\x80cyZ\x8D\x0B\x14a\x03\xE0W\x80cz\xC0\x93\x1A\x14a\x03\xF3W\x80c}\x157\x1E\x14a\x04\x06W__\xFD[\x80cQA\x94\xF3\x14a\x03lW\x80c]\xCC0\xBB\x14a\x03\x97W\x80cg;$\xF2\x14a\x03\xAAW\x80ci\xAE\x9A\xF8\x14a\x03\xB2W__\xFD[\x80c0$\xA3\xE7\x11a\x01\xD0W\x80c0$\xA3\xE7\x14a\x02\x94W\x80c?\xA7{\xB4\x14a\x02\xA7W\x80cD\xE4p3\x14a\x02\xBAW\x80cL\xF0\x88\xD9\x14a\x03EW__\xFD[\x80b \xAF7\x14a\x02\0W\x80c\x0C4\n$\x14a\x02:W\x80c\x1D\x86\xD7z\x14a\x02_W\x80c-C.\xAF\x14a\x02tW[__\xFD[a\x02'\x7F!\x96\xB4}\xD5#\xEA\x87\x15`6\xBD\xD4}\x97\x91^\"\xE4z\xF9\xB70\xA3%\xAF\xBD\x9E\xDF#\x9B\x8A\x81V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[`\x07T`\x01`\x01`\xA0\x1B\x03\x16[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x021V[a\x02ra\x02m6`\x04a)\xA1V[a\x066V[\0[`\x03Tb\x01\0\0\x90\x04a\xFF\xFF\x16`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x021V[a\x02ra\x02\xA26`\x04a)\xD2V[a\x07\xB2V[a\x02ra\x02\xB56`\x04a*\x01V[a\x08oV[a\x03\x1Da\x02\xC86`\x04a*\x01V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01RP`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\n` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01`@\x1B\x03\x81\x16\x83R`\x01`@\x1B\x90\x04a\xFF\xFF\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q`\x01`\x01`@\x1B\x03\x16\x81R` \x92\x83\x01Qa\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x01a\x021V[a\x02G\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`\x03T`\x01`p\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16`@Q`\x01`\x01`@\x1B\x03\x90\x91\x16\x81R` \x01a\x021V[a\x02ra\x03\xA56`\x04a)\xA1V[a\x08\xDDV[a\x02'a\t\xB2V[a\x02'a\x03\xC06`\x04a*\x1CV[a\t\xDDV[a\x02ra\x0C!V[a\x02ra\x03\xDB6`\x04a)\xD2V[a\x0C4V[a\x02'a\x03\xEE6`\x04a*wV[a\x0C\xF1V[a\x02ra\x04\x016`\x04a*\x1CV[a\x10\x9FV[a\x04\x19a\x04\x146`\x04a*\x1CV[a\x11\xA5V[`@Qa\x021\x91\x90_`\xC0\x82\x01\x90P`\x01\x80`\xA0\x1B\x03\x83Q\x16\x82Ra\xFF\xFF` \x84\x01Q\x16` \x83\x01R`\x01`\x01`@\x1B\x03`@\x84\x01Q\x16`@\x83\x01R`\x01`\x01`@\x1B\x03``\x84\x01Q\x16``\x83\x01R`\x80\x83\x01Q\x15\x15`\x80\x83\x01R`\xA0\x83\x01Q\x15\x15`\xA0\x83\x01R\x92\x91PPV[a\x04\x8Ea\x12tV[`@Qa\x021\x97\x96\x95\x94\x93\x92\x91\x90a+\x05V[`\x03T`\x04T`\x05T`\x06T`@\x80Qa\xFF\xFF\x80\x87\x16\x82Rb\x01\0\0\x87\x04\x81\x16` \x83\x01Rd\x01\0\0\0\0\x87\x04\x16\x91\x81\x01\x91\x90\x91R`\x01`\x01`@\x1B\x03`\x01`0\x1B\x86\x04\x81\x16``\x83\x01R`\x01`p\x1B\x90\x95\x04\x90\x94\x16`\x80\x85\x01R`\x01`\x01`\xA0\x1B\x03\x92\x83\x16`\xA0\x85\x01R\x90\x82\x16`\xC0\x84\x01R\x16`\xE0\x82\x01Ra\x01\0\x01a\x021V[_T`\x01`\x01`\xA0\x1B\x03\x16a\x02GV[a\x02'a\x05A6`\x04a+\x9BV[a\x12\xB6V[a\x02'_\x19\x81V[a\x05aa\x05\\6`\x04a+\xF6V[a\x13\x18V[`@Q\x90\x15\x15\x81R` \x01a\x021V[`\tTa\x02'V[a\x02'a\x05\x876`\x04a,RV[a\x13\xE2V[a\x02ra\x05\x9A6`\x04a)\xD2V[a\x14$V[a\x02ra\x05\xAD6`\x04a*\x01V[a\x14\xDDV[a\x02ra\x05\xC06`\x04a*\x01V[a\x16\\V[a\x02'a\x05\xD36`\x04a,\xE5V[a\x16\xC5V[a\x02ra\x05\xE66`\x04a*\x01V[a\x17oV[a\x02ra\x05\xF96`\x04a*\x01V[a\x18\x18V[a\x02'a\x18UV[a\x02'a'\x10\x81V[a\x02G\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x06>a\x18^V[_\x81`\x01`\x01`@\x1B\x03\x16\x11\x80\x15a\x06\xF7WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x06\xADW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x06\xD1\x91\x90a-\x0FV[`\x01`\x01`@\x1B\x03\x16a\x06\xE2a\x18\x8AV[a\x06\xF5\x90`\x01`\x01`@\x1B\x03\x84\x16a->V[\x10[\x81\x90a\x07:W`@Qc\xD81\xEF_`\xE0\x1B\x81RivetoWindow`\xB0\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[P`\x03T`@\x80Q`\x01`p\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x83\x16` \x83\x01RivetoWindow`\xB0\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01`p\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`p\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x07\xBAa\x18^V[_\x81a\xFF\xFF\x16\x11\x80\x15a\x07\xD3WPa'\x10\x81a\xFF\xFF\x16\x11\x15[\x81\x90a\x08\x0BW`@Qc\xD81\xEF_`\xE0\x1B\x81RhfraudBips`\xB8\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\x03T`@\x80Qb\x01\0\0\x90\x92\x04a\xFF\xFF\x90\x81\x16\x83R\x83\x16` \x83\x01RhfraudBips`\xB8\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80Ta\xFF\xFF\x90\x92\x16b\x01\0\0\x02c\xFF\xFF\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x08wa\x18^V[`\x06T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rj390\xBA\xB2(97\xBB2\xB9`\xA9\x1B\x91_Q` a0P_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x06\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x08\xE5a\x18^V[\x80c\x01\xE13\x80`\x01`\x01`@\x1B\x03\x82\x16\x11\x15a\t5W`@Qc\xD81\xEF_`\xE0\x1B\x81Rk50\xB4\xB6\":\xB90\xBA4\xB7\xB7`\xA1\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\x03T`@\x80Q`\x01`0\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x83\x16` \x83\x01Rk50\xB4\xB6\":\xB90\xBA4\xB7\xB7`\xA1\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01`0\x1B\x02m\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\t\xBBa\x18\x8AV[`\x03Ta\t\xD8\x91\x90`\x01`p\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16a->V[\x90P\x90V[`\tT_\x90\x82\x90\x81\x10a\n\x06W`@Qcr/@w`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P_`\t\x83\x81T\x81\x10a\n\x1BWa\n\x1Ba-QV[\x90_R` _ \x90`\x02\x02\x01\x90P\x80`\x01\x01`\x08\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x80\x15a\nTWP`\x01\x81\x01T`\x01`H\x1B\x90\x04`\xFF\x16\x15[\x80\x15a\nqWP\x80T`\x01`\xB0\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x80\x15a\n\x89WP`\x01\x81\x01T`\x01`\x01`@\x1B\x03\x16B\x10[\x83\x90a\n\xABW`@Qcr/@w`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P`\x01\x81\x01\x80T`\x01`@\x1Bh\xFF\0\0\0\0\0\0\0\0\x19\x90\x91\x16\x17\x90U\x80T`\x04\x80T`@Qc\x1FW\xBA\xC9`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x80\x85\x16\x93\x82\x01\x93\x90\x93R`\x01`\xA0\x1B\x90\x93\x04a\xFF\xFF\x16`$\x84\x01R_`D\x84\x01\x81\x90R`d\x84\x01R\x81\x16`\x84\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xFA\xBD\xD6H\x90`\xA4\x01`@\x80Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x0BYW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0B}\x91\x90a-eV[P\x81T`@\x80Q\x86\x81R` \x81\x01\x84\x90R_\x81\x83\x01\x81\x90R``\x82\x01R`\x80\x81\x01\x84\x90R\x90Q\x92\x94P_\x19\x92`\x02\x92`\x01`\x01`\xA0\x1B\x03\x16\x91\x7FQ\xF9\x05O\x18\xAA\xBC.r\xAB\xE1\xCDG\x80\xBE/+\x99@\xA0\xD6i\xB8\x02\x89\x0B\xE9U|\x92\xDC\xA6\x91\x90\x81\x90\x03`\xA0\x01\x90\xA4\x82\x7FC\xB3r\xA8\xE5\xBD\x890\xCC\xEC\xA3\xE2\xAF\x95\xF1P\xD2\xEFl$+\xC7\x07\xE8\xA5?g\xCBx\xC1\xA0c\x83`@Qa\x0C\x13\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x91\x90PV[a\x0C)a\x18^V[a\x0C2_a\x1A\xB4V[V[a\x0C<a\x18^V[_\x81a\xFF\xFF\x16\x11\x80\x15a\x0CUWPa'\x10\x81a\xFF\xFF\x16\x11\x15[\x81\x90a\x0C\x94W`@Qc\xD81\xEF_`\xE0\x1B\x81RoequivocationBips`\x80\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\x03T`@\x80Qa\xFF\xFF\x92\x83\x16\x81R\x91\x83\x16` \x83\x01RoequivocationBips`\x80\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80Ta\xFF\xFF\x19\x16a\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x0C\xFAa\x18^V[_\x84a\xFF\xFF\x16\x11\x80\x15a\r\x13WPa'\x10\x84a\xFF\xFF\x16\x11\x15[\x84\x90a\rFW`@Qc\xD81\xEF_`\xE0\x1B\x81Rcbips`\xE0\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`@Qc(a#k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x86\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cP\xC2F\xD6\x90`$\x01a\x01\0`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xACW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\r\xD0\x91\x90a-\xF5V[`\x80\x01Q\x85\x90a\x0E\x10W`@Qc\xD81\xEF_`\xE0\x1B\x81Rg7\xB82\xB90\xBA7\xB9`\xC1\x1B`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0EnW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x92\x91\x90a-\x0FV[`\x03T\x90\x91P`\x01`p\x1B\x90\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x90\x82\x16\x81\x10a\x0E\xEBW`@Qc\xD81\xEF_`\xE0\x1B\x81RivetoWindow`\xB0\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\tT`\x03T\x90\x92P_\x90a\x0F\x11\x90`\x01`p\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16Ba.\xC3V[\x90P_a\x0F\x1E\x83Ba.\xC3V[`@\x80Q`\xC0\x81\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x8C\x16\x80\x83Ra\xFF\xFF\x80\x8D\x16` \x85\x01\x90\x81R`\x01`\x01`@\x1B\x03\x80\x8A\x16\x86\x88\x01\x90\x81R\x81\x89\x16``\x88\x01\x90\x81R_`\x80\x89\x01\x81\x81R`\xA0\x8A\x01\x82\x81R`\t\x80T`\x01\x81\x01\x82U\x93R\x99Q`\x02\x90\x92\x02\x7Fn\x15@\x17\x1Bl\x0C\x96\x0Bq\xA7\x02\r\x9F`\x07\x7Fj\xF91\xA8\xBB\xF5\x90\xDA\x02#\xDA\xCFu\xC7\xAF\x81\x01\x80T\x97Q\x95Q\x87\x16`\x01`\xB0\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x96\x90\x99\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xB0\x1B\x03\x19\x90\x98\x16\x93\x90\x9A\x16\x92\x90\x92\x17\x95\x90\x95\x17\x92\x90\x92\x16\x94\x90\x94\x17\x90\x95U\x91Q\x7Fn\x15@\x17\x1Bl\x0C\x96\x0Bq\xA7\x02\r\x9F`\x07\x7Fj\xF91\xA8\xBB\xF5\x90\xDA\x02#\xDA\xCFu\xC7\xB0\x90\x94\x01\x80T\x91Q\x95Q\x15\x15`\x01`H\x1B\x02`\xFF`H\x1B\x19\x96\x15\x15`\x01`@\x1B\x02h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x95\x90\x93\x16\x94\x90\x94\x17\x17\x93\x90\x93\x16\x92\x90\x92\x17\x90U\x90Q\x91\x92P\x90\x85\x90\x7F\xCF\xAC\xB8\xD0\x95x \xFD-\xD7U\xC0\x16\xEB\x8F\xFE>\xFA\x89\xB3r{ve\xBD4\xD1\xB7\xEDZP,\x90a\x10\x8C\x90\x8B\x90\x87\x90\x87\x90\x8D\x90\x8D\x90a.\xE2V[`@Q\x80\x91\x03\x90\xA3PPP\x94\x93PPPPV[`\x05T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x10\xCAW`@Qc\"\x96\xE1\xD1`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\tT\x81\x90\x81\x10a\x10\xF1W`@Qcr/@w`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P_`\t\x82\x81T\x81\x10a\x11\x06Wa\x11\x06a-QV[\x90_R` _ \x90`\x02\x02\x01\x90P\x80`\x01\x01`\x08\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x80\x15a\x11?WP`\x01\x81\x01T`\x01`H\x1B\x90\x04`\xFF\x16\x15[\x82\x90a\x11aW`@Qcr/@w`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P`\x01\x81\x01\x80T`\xFF`H\x1B\x19\x16`\x01`H\x1B\x17\x90U`@Q\x82\x90\x7F\xD9\xFB\xA7A \xCB[V\xF7\xC5m\x9By\xB9\x05\x1B\x8B\x14$\x92\x01\x96\xE5F\xBB\x84\xCF\x19\xA6F\xA7,\x90_\x90\xA2PPV[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91R`\t\x82\x81T\x81\x10a\x11\xE9Wa\x11\xE9a-QV[_\x91\x82R` \x91\x82\x90 `@\x80Q`\xC0\x81\x01\x82R`\x02\x90\x93\x02\x90\x91\x01\x80T`\x01`\x01`\xA0\x1B\x03\x81\x16\x84Ra\xFF\xFF`\x01`\xA0\x1B\x82\x04\x16\x94\x84\x01\x94\x90\x94R`\x01`\x01`@\x1B\x03`\x01`\xB0\x1B\x90\x94\x04\x84\x16\x91\x83\x01\x91\x90\x91R`\x01\x01T\x91\x82\x16``\x82\x01R`\xFF`\x01`@\x1B\x83\x04\x81\x16\x15\x15`\x80\x83\x01R`\x01`H\x1B\x90\x92\x04\x90\x91\x16\x15\x15`\xA0\x82\x01R\x92\x91PPV[_``\x80___``a\x12\x85a\x1B\x03V[a\x12\x8Da\x1B.V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R`\x0F`\xF8\x1B\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`\x06T_\x90`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15a\x12\xD1WP3\x15\x15[a\x12\xEEW`@Qc\"\x96\xE1\xD1`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\x0E\x86\x86\x86\x86`\x03`\x02\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16`\x01\x88a\x1BYV[\x96\x95PPPPPPV[_`\x02\x84`\x02\x81\x11\x15a\x13-Wa\x13-a-\x87V[\x03a\x13\xB5W`\tT\x82\x10\x80\x15a\x13oWP`\t\x82\x81T\x81\x10a\x13QWa\x13Qa-QV[\x90_R` _ \x90`\x02\x02\x01`\x01\x01`\x08\x90T\x90a\x01\0\n\x90\x04`\xFF\x16[\x80\x15a\x13\xAEWP\x84`\x01`\x01`\xA0\x1B\x03\x16`\t\x83\x81T\x81\x10a\x13\x93Wa\x13\x93a-QV[_\x91\x82R` \x90\x91 `\x02\x90\x91\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x14[\x90Pa\x13\xDAV[`\x08_a\x13\xC4\x87\x87\x87\x87a \xA7V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ T`\xFF\x16\x90P[\x94\x93PPPPV[___a\x13\xF3\x89\x89\x89\x89\x89\x89a \xDFV[`\x03T\x91\x93P\x91Pa\x14\x17\x90\x83\x90\x8B5\x90` \x8D\x015\x90\x85\x90a\xFF\xFF\x16_3a\x1BYV[\x99\x98PPPPPPPPPV[a\x14,a\x18^V[\x80a'\x10a\xFF\xFF\x82\x16\x11\x15a\x14pW`@Qc\xD81\xEF_`\xE0\x1B\x81RkreporterBips`\xA0\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\x03T`@\x80Qd\x01\0\0\0\0\x90\x92\x04a\xFF\xFF\x90\x81\x16\x83R\x83\x16` \x83\x01RkreporterBips`\xA0\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80Ta\xFF\xFF\x90\x92\x16d\x01\0\0\0\0\x02e\xFF\xFF\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x14\xE5a\x18^V[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\x15\"W`@Qc\xD81\xEF_`\xE0\x1B\x81Rg3\xB7\xBB2\xB977\xB9`\xC1\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\x071V[P`\x07T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rg3\xB7\xBB2\xB977\xB9`\xC1\x1B\x91_Q` a0P_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2\x80`\x07_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15\xE6W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\n\x91\x90a-\x0FV[`\x01`\x01`@\x1B\x03\x16a\x16\x1Ba\t\xB2V[\x10\x81\x90a\x16XW`@Qc\xD81\xEF_`\xE0\x1B\x81Rg3\xB7\xBB2\xB977\xB9`\xC1\x1B`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\x071V[PPV[a\x16da\x18^V[`\x05T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Re;2\xBA7\xB2\xB9`\xD1\x1B\x91_Q` a0P_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x05\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x17i\x7F!\x96\xB4}\xD5#\xEA\x87\x15`6\xBD\xD4}\x97\x91^\"\xE4z\xF9\xB70\xA3%\xAF\xBD\x9E\xDF#\x9B\x8A\x835` \x85\x015`@\x86\x015a\x17\x06`\x80\x88\x01``\x89\x01a)\xA1V[a\x17\x16`\xA0\x89\x01`\x80\x8A\x01a/;V[`@\x80Q` \x81\x01\x97\x90\x97R\x86\x01\x94\x90\x94R``\x85\x01\x92\x90\x92R`\x80\x84\x01R`\x01`\x01`@\x1B\x03\x16`\xA0\x83\x01R`\xFF\x16`\xC0\x82\x01R`\xE0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a%\x9FV[\x92\x91PPV[a\x17wa\x18^V[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\x17\xB4W`@Qc\xD81\xEF_`\xE0\x1B\x81Rgtreasury`\xC0\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\x071V[P`\x04T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rgtreasury`\xC0\x1B\x91_Q` a0P_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x04\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x18 a\x18^V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x18IW`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x071V[a\x18R\x81a\x1A\xB4V[PV[_a\t\xD8a%\xCBV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0C2W`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x071V[`\x07T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80a\x18\xA4W_\x91PP\x90V[_\x81\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16c\xD32\x19\xB4`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x18\xE4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\x08\x91\x90a/[V[`\x01`\x01`\xA0\x1B\x03\x16c\xF2z\x0C\x92`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x19CW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19g\x91\x90a/vV[\x81`\x01`\x01`\xA0\x1B\x03\x16c2\xB8\x11>`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x19\xA3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\xC7\x91\x90a/\x8DV[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c\x02\xA2Q\xA3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A\x0BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A/\x91\x90a/vV[\x83`\x01`\x01`\xA0\x1B\x03\x16c92\xAB\xB1`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1AkW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A\x8F\x91\x90a/vV[a\x1A\x99\x91\x90a->V[a\x1A\xA3\x91\x90a->V[a\x1A\xAD\x91\x90a->V[\x92PPP\x90V[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[``a\t\xD8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a&\xF4V[``a\t\xD8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a&\xF4V[__a\x1Bg\x89\x85\x8A\x8Aa \xA7V[_\x81\x81R`\x08` R`@\x90 T\x90\x91P\x89\x90\x89\x90\x89\x90`\xFF\x16\x15a\x1B\xB8W`@Qc\xA3\x08\x9ES`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x93\x16`\x04\x84\x01R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x071V[PPP_\x81\x81R`\x08` \x90\x81R`@\x80\x83 \x80T`\xFF\x19\x16`\x01\x17\x90U`\x01`\x01`\xA0\x1B\x03\x8C\x16\x83R`\n\x82R\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01`@\x1B\x03\x81\x16\x83Ra\xFF\xFF`\x01`@\x1B\x90\x91\x04\x81\x16\x91\x83\x01\x82\x90R\x87\x16\x90\x15\x80\x15\x90a\x1C8WP\x81_\x01Q`\x01`\x01`@\x1B\x03\x16\x88`\x01`\x01`@\x1B\x03\x16\x11\x15[\x15a\x1D\xDFW\x81` \x01Qa\xFF\xFF\x16\x87a\xFF\xFF\x16\x11a\x1CVW_a\x1C\x94V[a\x1C\x94a'\x10\x83` \x01Q\x89a\x1Cl\x91\x90a/\xB2V[a\xFF\xFF\x16a\x1Cz\x91\x90a/\xCCV[` \x84\x01Qa\x1C\x8F\x90a\xFF\xFF\x16a'\x10a/\xE3V[a'1V[\x90P_\x86`\x02\x81\x11\x15a\x1C\xA9Wa\x1C\xA9a-\x87V[\x03a\x1C\xFFW\x81Q` \x83\x01Q\x8C\x91\x90\x83a\x1C\xFBW`@Qc\x06\xD7\x90[`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x93\x16`\x04\x84\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x83\x01Ra\xFF\xFF\x16`D\x82\x01R`d\x01a\x071V[PPP[\x89\x86`\x02\x81\x11\x15a\x1D\x12Wa\x1D\x12a-\x87V[\x8C`\x01`\x01`\xA0\x1B\x03\x16\x7F\xFF\xAF\x8C?c\xB8\xCD\x1B\x03\x80\xE5\xEDRr\xFC\xCF\xA8L\x15\xA4\xAC\xE9T\x8Blv\xB3G|\xE8}\xAC\x8C\x8C\x87_\x01Q\x88` \x01Q\x88_\x14a\x1DUW\x8Ea\x1D[V[\x89` \x01Q[`@\x80Q\x95\x86R`\x01`\x01`@\x1B\x03\x94\x85\x16` \x87\x01R\x92\x90\x93\x16\x84\x83\x01Ra\xFF\xFF\x90\x81\x16``\x85\x01R\x91\x82\x16`\x80\x84\x01R\x90\x87\x16`\xA0\x83\x01RQ\x90\x81\x90\x03`\xC0\x01\x90\xA4\x80\x15a\x1D\xDAW`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\n` R`@\x90 \x80Ti\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`\x01`@\x1Ba\xFF\xFF\x8A\x16\x02\x17\x90U[a\x1EtV[`@Q\x80`@\x01`@R\x80B`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x88a\xFF\xFF\x16\x81RP`\n_\x8D`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x08a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP\x90PP[_\x81\x15a\x1FgW\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xFA\xBD\xD6H\x8D\x84\x89`\x03`\x04\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16`\x04_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`@Q\x86c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x1F\"\x95\x94\x93\x92\x91\x90`\x01`\x01`\xA0\x1B\x03\x95\x86\x16\x81R` \x81\x01\x94\x90\x94R\x91\x84\x16`@\x84\x01Ra\xFF\xFF\x16``\x83\x01R\x90\x91\x16`\x80\x82\x01R`\xA0\x01\x90V[`@\x80Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x1F=W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1Fa\x91\x90a-eV[\x90\x95P\x90P[`\x03T\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90ciD\xF4\xA6\x90\x8E\x90a\x1F\xB7\x90`\x01`0\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16Ba.\xC3V[`@Q`\x01`\x01`\xE0\x1B\x03\x19`\xE0\x85\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01R`\x01`\x01`@\x1B\x03\x16`$\x82\x01R`D\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a \x03W__\xFD[PZ\xF1\x15\x80\x15a \x15W=__>=_\xFD[PPPP\x8A\x87`\x02\x81\x11\x15a ,Wa ,a-\x87V[`\x01`\x01`\xA0\x1B\x03\x8E\x16\x7FQ\xF9\x05O\x18\xAA\xBC.r\xAB\xE1\xCDG\x80\xBE/+\x99@\xA0\xD6i\xB8\x02\x89\x0B\xE9U|\x92\xDC\xA6\x8D\x89\x8B\x87a e\x81\x84a/\xE3V[`@\x80Q\x95\x86R` \x86\x01\x94\x90\x94R`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x84\x84\x01R``\x84\x01R`\x80\x83\x01RQ\x90\x81\x90\x03`\xA0\x01\x90\xA4PPPP\x97\x96PPPPPPPV[_\x83\x85\x84\x84`@Q` \x01a \xBF\x94\x93\x92\x91\x90a/\xF6V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[_\x80\x875\x855\x14\x80\x15a \xF9WP\x84` \x015\x88` \x015\x14[\x80\x15a!(WPa!\x10`\xA0\x86\x01`\x80\x87\x01a/;V[`\xFF\x16a!#`\xA0\x8A\x01`\x80\x8B\x01a/;V[`\xFF\x16\x14[\x80\x15a!<WP\x84`@\x015\x88`@\x015\x14\x15[a!YW`@Qc\x03\x92\x97e`\xE6\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a!\xA1a!f\x8Aa\x16\xC5V[\x89\x89\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa'd\x92PPPV[\x90P_a!\xEBa!\xB0\x88a\x16\xC5V[\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa'd\x92PPPV[`@Qc\x89\xCAAy`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x89\xCAAy\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\"TW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\"x\x91\x90a/[V[\x93P\x80`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x80\x15a\"\xA3WP`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x15[a\"\xC0W`@Qc\"\xCD\xAFA`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x06T`\x01`\x01`\xA0\x1B\x03\x16\x8A5\x15\x80\x15\x90a\"\xE4WP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x15[\x80\x15a#PWP\x80`\x01`\x01`\xA0\x1B\x03\x16c\xF4\xE9&u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#'W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a#K\x91\x90a/vV[\x8B5\x11\x15[\x8B5\x90a#sW`@Qc\xEE}:\xE1`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P_a#\x85`\x80\x8A\x01``\x8B\x01a)\xA1V[`\x01`\x01`@\x1B\x03\x16a#\x9E`\x80\x8E\x01``\x8F\x01a)\xA1V[`\x01`\x01`@\x1B\x03\x16\x11a#\xC1Wa#\xBC`\x80\x8A\x01``\x8B\x01a)\xA1V[a#\xD1V[a#\xD1`\x80\x8D\x01``\x8E\x01a)\xA1V[`\x01`\x01`@\x1B\x03\x16\x90PB\x81\x11\x15a#\xE7WPB[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a$DW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a$h\x91\x90a-\x0FV[`\x01`\x01`@\x1B\x03\x16\x90P_\x81B\x11a$\x81W_a$\x8BV[a$\x8B\x82Ba/\xE3V[\x90P\x82\x81\x80\x82\x10\x15a$\xB9W`@Qc\nt\xEA/`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x071V[PP`@Qc%>G?`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04\x83\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cJ|\x8E~\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a%#W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%G\x91\x90a-\x0FV[`\x01`\x01`@\x1B\x03\x16\x90P\x80\x15\x80a%_WP\x81\x81\x10\x15[\x81\x83\x90\x91a%\x89W`@Qc\nt\xEA/`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x071V[P\x93\x97PPPPPPPP\x96P\x96\x94PPPPPV[_a\x17ia%\xABa%\xCBV[\x83`@Qa\x19\x01`\xF0\x1B\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a&#WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a&MWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\t\xD8`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[``_a'\0\x83a'\x8CV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x81_\x03a'CWa'C`\x12a'\xB3V[\x81`\x01\x84\x03\x81a'UWa'Ua0;V[\x04`\x01\x01\x83\x15\x15\x02\x93\x92PPPV[____a'r\x86\x86a'\xC4V[\x92P\x92P\x92Pa'\x82\x82\x82a(\rV[P\x90\x94\x93PPPPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x17iW`@Qc,\xD4J\xC3`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[cNH{q_R\x80` R`$`\x1C\xFD[___\x83Q`A\x03a'\xFBW` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa'\xED\x88\x82\x85\x85a(\xC5V[\x95P\x95P\x95PPPPa(\x06V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[_\x82`\x03\x81\x11\x15a( Wa( a-\x87V[\x03a()WPPV[`\x01\x82`\x03\x81\x11\x15a(=Wa(=a-\x87V[\x03a([W`@Qc\xF6E\xEE\xDF`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x82`\x03\x81\x11\x15a(oWa(oa-\x87V[\x03a(\x90W`@Qc\xFC\xE6\x98\xF7`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x071V[`\x03\x82`\x03\x81\x11\x15a(\xA4Wa(\xA4a-\x87V[\x03a\x16XW`@Qc5\xE2\xF3\x83`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x071V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a(\xFEWP_\x91P`\x03\x90P\x82a)\x83V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a)OW=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a)zWP_\x92P`\x01\x91P\x82\x90Pa)\x83V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x18RW__\xFD[_` \x82\x84\x03\x12\x15a)\xB1W__\xFD[\x815a)\xBC\x81a)\x8DV[\x93\x92PPPV[a\xFF\xFF\x81\x16\x81\x14a\x18RW__\xFD[_` \x82\x84\x03\x12\x15a)\xE2W__\xFD[\x815a)\xBC\x81a)\xC3V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x18RW__\xFD[_` \x82\x84\x03\x12\x15a*\x11W__\xFD[\x815a)\xBC\x81a)\xEDV[_` \x82\x84\x03\x12\x15a*,W__\xFD[P5\x91\x90PV[__\x83`\x1F\x84\x01\x12a*CW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a*YW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a*pW__\xFD[\x92P\x92\x90PV[____``\x85\x87\x03\x12\x15a*\x8AW__\xFD[\x845a*\x95\x81a)\xEDV[\x93P` \x85\x015a*\xA5\x81a)\xC3V[\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xBFW__\xFD[a*\xCB\x87\x82\x88\x01a*3V[\x95\x98\x94\x97P\x95PPPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`\xFF`\xF8\x1B\x88\x16\x81R`\xE0` \x82\x01R_a+#`\xE0\x83\x01\x89a*\xD7V[\x82\x81\x03`@\x84\x01Ra+5\x81\x89a*\xD7V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a+\x8AW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a+lV[P\x90\x9B\x9APPPPPPPPPPPV[_____`\xA0\x86\x88\x03\x12\x15a+\xAFW__\xFD[\x855a+\xBA\x81a)\xEDV[\x94P` \x86\x015\x93P`@\x86\x015\x92P``\x86\x015a+\xD8\x81a)\x8DV[\x91P`\x80\x86\x015a+\xE8\x81a)\xEDV[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[____`\x80\x85\x87\x03\x12\x15a,\tW__\xFD[\x845a,\x14\x81a)\xEDV[\x93P` \x85\x015`\x03\x81\x10a,'W__\xFD[\x93\x96\x93\x95PPPP`@\x82\x015\x91``\x015\x90V[_`\xA0\x82\x84\x03\x12\x15a,LW__\xFD[P\x91\x90PV[______a\x01\x80\x87\x89\x03\x12\x15a,hW__\xFD[a,r\x88\x88a,<V[\x95P`\xA0\x87\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a,\x8CW__\xFD[a,\x98\x89\x82\x8A\x01a*3V[\x90\x96P\x94Pa,\xAC\x90P\x88`\xC0\x89\x01a,<V[\x92Pa\x01`\x87\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a,\xC7W__\xFD[a,\xD3\x89\x82\x8A\x01a*3V[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[_`\xA0\x82\x84\x03\x12\x15a,\xF5W__\xFD[a)\xBC\x83\x83a,<V[\x80Qa-\n\x81a)\x8DV[\x91\x90PV[_` \x82\x84\x03\x12\x15a-\x1FW__\xFD[\x81Qa)\xBC\x81a)\x8DV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x17iWa\x17ia-*V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[__`@\x83\x85\x03\x12\x15a-vW__\xFD[PP\x80Q` \x90\x91\x01Q\x90\x92\x90\x91PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x80Qa-\n\x81a)\xEDV[\x80Qa-\n\x81a)\xC3V[\x80Q\x80\x15\x15\x81\x14a-\nW__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a-\nW__\xFD[\x80Qr\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a-\nW__\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a.\x07W__\xFD[P`@Qa\x01\0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a.7WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Ra.C\x83a-\x9BV[\x81Ra.Q` \x84\x01a-\xA6V[` \x82\x01Ra.b`@\x84\x01a-\xA6V[`@\x82\x01Ra.s``\x84\x01a,\xFFV[``\x82\x01Ra.\x84`\x80\x84\x01a-\xB1V[`\x80\x82\x01Ra.\x95`\xA0\x84\x01a,\xFFV[`\xA0\x82\x01Ra.\xA6`\xC0\x84\x01a-\xC0V[`\xC0\x82\x01Ra.\xB7`\xE0\x84\x01a-\xD3V[`\xE0\x82\x01R\x93\x92PPPV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x17iWa\x17ia-*V[a\xFF\xFF\x86\x16\x81R`\x01`\x01`@\x1B\x03\x85\x16` \x82\x01R`\x01`\x01`@\x1B\x03\x84\x16`@\x82\x01R`\x80``\x82\x01R\x81`\x80\x82\x01R\x81\x83`\xA0\x83\x017_\x81\x83\x01`\xA0\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01`\x1F\x19\x16\x01\x01\x94\x93PPPPV[_` \x82\x84\x03\x12\x15a/KW__\xFD[\x815`\xFF\x81\x16\x81\x14a)\xBCW__\xFD[_` \x82\x84\x03\x12\x15a/kW__\xFD[\x81Qa)\xBC\x81a)\xEDV[_` \x82\x84\x03\x12\x15a/\x86W__\xFD[PQ\x91\x90PV[_` \x82\x84\x03\x12\x15a/\x9DW__\xFD[\x81Qe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a)\xBCW__\xFD[a\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x17iWa\x17ia-*V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x17iWa\x17ia-*V[\x81\x81\x03\x81\x81\x11\x15a\x17iWa\x17ia-*V[`\x80\x81\x01`\x03\x86\x10a0\x16WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x94\x81R`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16` \x84\x01R`@\x83\x01\x91\x90\x91R``\x90\x91\x01R\x90V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD\xFE\xCD\xF1\xE7\xEA\xC5yN\xCC\x1D\x1B\xDB\xAB\xF5f\xF6#\xCB\xF8\xCBYK\xFC\xD3\"\xAF\xF6\xBE/\x9E\xE8\xE5\xB1\x18\x12P\xCD\x162\xD5j\xCCt{\x05\x93\xF3{J\xA0\x8E\xD7\x1D\xF6I(\xA8\xF3Y\x88\xDA\xCE\xA9\xF8\xFD\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106101fc575f3560e01c806384b0196e11610114578063b88b4b53116100a9578063f0f4426011610079578063f0f44260146105d8578063f2fde38b146105eb578063f698da25146105fe578063f705003114610606578063fc0c546a1461060f575f5ffd5b8063b88b4b531461058c578063c42cf5351461059f578063d152a32e146105b2578063ead9a069146105c5575f5ffd5b8063a00f2b58116100e4578063a00f2b5814610546578063a16b74821461054e578063a2477dac14610571578063b67bc17914610579575f5ffd5b806384b0196e1461048657806389035730146104a15780638da5cb5b146105235780639c0c962914610533575f5ffd5b8063514194f311610195578063715018a611610165578063715018a6146103c557806372e31ffa146103cd578063795a8d0b146103e05780637ac0931a146103f35780637d15371e14610406575f5ffd5b8063514194f31461036c5780635dcc30bb14610397578063673b24f2146103aa57806369ae9af8146103b2575f5ffd5b80633024a3e7116101d05780633024a3e7146102945780633fa77bb4146102a757806344e47033146102ba5780634cf088d914610345575f5ffd5b806220af37146102005780630c340a241461023a5780631d86d77a1461025f5780632d432eaf14610274575b5f5ffd5b6102277f2196b47dd523ea87156036bdd47d97915e22e47af9b730a325afbd9edf239b8a81565b6040519081526020015b60405180910390f35b6007546001600160a01b03165b6040516001600160a01b039091168152602001610231565b61027261026d3660046129a1565b610636565b005b60035462010000900461ffff1660405161ffff9091168152602001610231565b6102726102a23660046129d2565b6107b2565b6102726102b5366004612a01565b61086f565b61031d6102c8366004612a01565b604080518082019091525f8082526020820152506001600160a01b03165f908152600a60209081526040918290208251808401909352546001600160401b0381168352600160401b900461ffff169082015290565b6040805182516001600160401b0316815260209283015161ffff169281019290925201610231565b6102477f000000000000000000000000000000000000000000000000000000000000000081565b600354600160701b90046001600160401b03166040516001600160401b039091168152602001610231565b6102726103a53660046129a1565b6108dd565b6102276109b2565b6102276103c0366004612a1c565b6109dd565b610272610c21565b6102726103db3660046129d2565b610c34565b6102276103ee366004612a77565b610cf1565b610272610401366004612a1c565b61109f565b610419610414366004612a1c565b6111a5565b60405161023191905f60c08201905060018060a01b03835116825261ffff60208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015260a0830151151560a083015292915050565b61048e611274565b6040516102319796959493929190612b05565b6003546004546005546006546040805161ffff808716825262010000870481166020830152640100000000870416918101919091526001600160401b03600160301b860481166060830152600160701b90950490941660808501526001600160a01b0392831660a085015290821660c08401521660e082015261010001610231565b5f546001600160a01b0316610247565b610227610541366004612b9b565b6112b6565b6102275f1981565b61056161055c366004612bf6565b611318565b6040519015158152602001610231565b600954610227565b610227610587366004612c52565b6113e2565b61027261059a3660046129d2565b611424565b6102726105ad366004612a01565b6114dd565b6102726105c0366004612a01565b61165c565b6102276105d3366004612ce5565b6116c5565b6102726105e6366004612a01565b61176f565b6102726105f9366004612a01565b611818565b610227611855565b61022761271081565b6102477f000000000000000000000000000000000000000000000000000000000000000081565b61063e61185e565b5f816001600160401b03161180156106f757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156106ad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106d19190612d0f565b6001600160401b03166106e261188a565b6106f5906001600160401b038416612d3e565b105b819061073a5760405163d831ef5f60e01b8152697665746f57696e646f7760b01b60048201526001600160401b0390911660248201526044015b60405180910390fd5b5060035460408051600160701b9092046001600160401b03908116835283166020830152697665746f57696e646f7760b01b915f5160206130705f395f51905f52910160405180910390a2600380546001600160401b03909216600160701b0267ffffffffffffffff60701b19909216919091179055565b6107ba61185e565b5f8161ffff161180156107d357506127108161ffff1611155b819061080b5760405163d831ef5f60e01b81526866726175644269707360b81b600482015261ffff9091166024820152604401610731565b50600354604080516201000090920461ffff9081168352831660208301526866726175644269707360b81b915f5160206130705f395f51905f52910160405180910390a26003805461ffff909216620100000263ffff000019909216919091179055565b61087761185e565b600654604080516001600160a01b03928316815291831660208301526a333930bab2283937bb32b960a91b915f5160206130505f395f51905f52910160405180910390a2600680546001600160a01b0319166001600160a01b0392909216919091179055565b6108e561185e565b806301e133806001600160401b03821611156109355760405163d831ef5f60e01b81526b3530b4b6223ab930ba34b7b760a11b60048201526001600160401b039091166024820152604401610731565b5060035460408051600160301b9092046001600160401b039081168352831660208301526b3530b4b6223ab930ba34b7b760a11b915f5160206130705f395f51905f52910160405180910390a2600380546001600160401b03909216600160301b026dffffffffffffffff00000000000019909216919091179055565b5f6109bb61188a565b6003546109d89190600160701b90046001600160401b0316612d3e565b905090565b6009545f9082908110610a065760405163722f407760e01b815260040161073191815260200190565b505f60098381548110610a1b57610a1b612d51565b905f5260205f20906002020190508060010160089054906101000a900460ff16158015610a5457506001810154600160481b900460ff16155b8015610a7157508054600160b01b90046001600160401b03164210155b8015610a89575060018101546001600160401b031642105b8390610aab5760405163722f407760e01b815260040161073191815260200190565b50600181018054600160401b68ff000000000000000019909116179055805460048054604051631f57bac960e31b81526001600160a01b0380851693820193909352600160a01b90930461ffff1660248401525f604484018190526064840152811660848301527f0000000000000000000000000000000000000000000000000000000000000000169063fabdd6489060a40160408051808303815f875af1158015610b59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b7d9190612d65565b50815460408051868152602081018490525f81830181905260608201526080810184905290519294505f19926002926001600160a01b0316917f51f9054f18aabc2e72abe1cd4780be2f2b9940a0d669b802890be9557c92dca6919081900360a00190a4827f43b372a8e5bd8930cceca3e2af95f150d2ef6c242bc707e8a53f67cb78c1a06383604051610c1391815260200190565b60405180910390a250919050565b610c2961185e565b610c325f611ab4565b565b610c3c61185e565b5f8161ffff16118015610c5557506127108161ffff1611155b8190610c945760405163d831ef5f60e01b81526f65717569766f636174696f6e4269707360801b600482015261ffff9091166024820152604401610731565b506003546040805161ffff928316815291831660208301526f65717569766f636174696f6e4269707360801b915f5160206130705f395f51905f52910160405180910390a26003805461ffff191661ffff92909216919091179055565b5f610cfa61185e565b5f8461ffff16118015610d1357506127108461ffff1611155b8490610d465760405163d831ef5f60e01b8152636269707360e01b600482015261ffff9091166024820152604401610731565b50604051632861236b60e11b81526001600160a01b0386811660048301527f000000000000000000000000000000000000000000000000000000000000000016906350c246d69060240161010060405180830381865afa158015610dac573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd09190612df5565b608001518590610e105760405163d831ef5f60e01b81526737b832b930ba37b960c11b60048201526001600160a01b039091166024820152604401610731565b505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e6e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e929190612d0f565b600354909150600160701b90046001600160401b039081169082168110610eeb5760405163d831ef5f60e01b8152697665746f57696e646f7760b01b60048201526001600160401b039091166024820152604401610731565b506009546003549092505f90610f1190600160701b90046001600160401b031642612ec3565b90505f610f1e8342612ec3565b6040805160c0810182526001600160a01b03808c1680835261ffff808d16602085019081526001600160401b03808a16868801908152818916606088019081525f6080890181815260a08a01828152600980546001810182559352995160029092027f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af81018054975195518716600160b01b0267ffffffffffffffff60b01b1996909916600160a01b026001600160b01b031990981693909a169290921795909517929092169490941790955591517f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7b09094018054915195511515600160481b0260ff60481b19961515600160401b0268ffffffffffffffffff199093169590931694909417179390931692909217905590519192509085907fcfacb8d0957820fd2dd755c016eb8ffe3efa89b3727b7665bd34d1b7ed5a502c9061108c908b90879087908d908d90612ee2565b60405180910390a3505050949350505050565b6005546001600160a01b031633146110ca57604051632296e1d160e21b815260040160405180910390fd5b600954819081106110f15760405163722f407760e01b815260040161073191815260200190565b505f6009828154811061110657611106612d51565b905f5260205f20906002020190508060010160089054906101000a900460ff1615801561113f57506001810154600160481b900460ff16155b82906111615760405163722f407760e01b815260040161073191815260200190565b5060018101805460ff60481b1916600160481b17905560405182907fd9fba74120cb5b56f7c56d9b79b9051b8b1424920196e546bb84cf19a646a72c905f90a25050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152600982815481106111e9576111e9612d51565b5f9182526020918290206040805160c081018252600290930290910180546001600160a01b038116845261ffff600160a01b820416948401949094526001600160401b03600160b01b90940484169183019190915260010154918216606082015260ff600160401b8304811615156080830152600160481b909204909116151560a082015292915050565b5f6060805f5f5f6060611285611b03565b61128d611b2e565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6006545f906001600160a01b0316331480156112d157503315155b6112ee57604051632296e1d160e21b815260040160405180910390fd5b61130e86868686600360029054906101000a900461ffff16600188611b59565b9695505050505050565b5f600284600281111561132d5761132d612d87565b036113b5576009548210801561136f57506009828154811061135157611351612d51565b905f5260205f20906002020160010160089054906101000a900460ff165b80156113ae5750846001600160a01b03166009838154811061139357611393612d51565b5f9182526020909120600290910201546001600160a01b0316145b90506113da565b60085f6113c4878787876120a7565b815260208101919091526040015f205460ff1690505b949350505050565b5f5f5f6113f38989898989896120df565b60035491935091506114179083908b359060208d013590859061ffff165f33611b59565b9998505050505050505050565b61142c61185e565b8061271061ffff821611156114705760405163d831ef5f60e01b81526b7265706f727465724269707360a01b600482015261ffff9091166024820152604401610731565b506003546040805164010000000090920461ffff9081168352831660208301526b7265706f727465724269707360a01b915f5160206130705f395f51905f52910160405180910390a26003805461ffff9092166401000000000265ffff0000000019909216919091179055565b6114e561185e565b5f6001600160a01b0382166115225760405163d831ef5f60e01b81526733b7bb32b93737b960c11b60048201526024810191909152604401610731565b50600754604080516001600160a01b03928316815291831660208301526733b7bb32b93737b960c11b915f5160206130505f395f51905f52910160405180910390a28060075f6101000a8154816001600160a01b0302191690836001600160a01b031602179055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156115e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061160a9190612d0f565b6001600160401b031661161b6109b2565b1081906116585760405163d831ef5f60e01b81526733b7bb32b93737b960c11b60048201526001600160a01b039091166024820152604401610731565b5050565b61166461185e565b600554604080516001600160a01b0392831681529183166020830152653b32ba37b2b960d11b915f5160206130505f395f51905f52910160405180910390a2600580546001600160a01b0319166001600160a01b0392909216919091179055565b5f6117697f2196b47dd523ea87156036bdd47d97915e22e47af9b730a325afbd9edf239b8a83356020850135604086013561170660808801606089016129a1565b61171660a0890160808a01612f3b565b604080516020810197909752860194909452606085019290925260808401526001600160401b031660a083015260ff1660c082015260e0016040516020818303038152906040528051906020012061259f565b92915050565b61177761185e565b5f6001600160a01b0382166117b45760405163d831ef5f60e01b815267747265617375727960c01b60048201526024810191909152604401610731565b50600454604080516001600160a01b039283168152918316602083015267747265617375727960c01b915f5160206130505f395f51905f52910160405180910390a2600480546001600160a01b0319166001600160a01b0392909216919091179055565b61182061185e565b6001600160a01b03811661184957604051631e4fbdf760e01b81525f6004820152602401610731565b61185281611ab4565b50565b5f6109d86125cb565b5f546001600160a01b03163314610c325760405163118cdaa760e01b8152336004820152602401610731565b6007545f906001600160a01b0316806118a4575f91505090565b5f819050806001600160a01b031663d33219b46040518163ffffffff1660e01b8152600401602060405180830381865afa1580156118e4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119089190612f5b565b6001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015611943573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119679190612f76565b816001600160a01b03166332b8113e6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156119a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119c79190612f8d565b65ffffffffffff16826001600160a01b03166302a251a36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a0b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a2f9190612f76565b836001600160a01b0316633932abb16040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a6b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a8f9190612f76565b611a999190612d3e565b611aa39190612d3e565b611aad9190612d3e565b9250505090565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60606109d87f00000000000000000000000000000000000000000000000000000000000000006126f4565b60606109d87f00000000000000000000000000000000000000000000000000000000000000006126f4565b5f5f611b6789858a8a6120a7565b5f8181526008602052604090205490915089908990899060ff1615611bb85760405163a3089e5360e01b81526001600160a01b03909316600484015260248301919091526044820152606401610731565b5050505f818152600860209081526040808320805460ff191660011790556001600160a01b038c168352600a8252918290208251808401909352546001600160401b038116835261ffff600160401b909104811691830182905287169015801590611c385750815f01516001600160401b0316886001600160401b031611155b15611ddf57816020015161ffff168761ffff1611611c56575f611c94565b611c94612710836020015189611c6c9190612fb2565b61ffff16611c7a9190612fcc565b6020840151611c8f9061ffff16612710612fe3565b612731565b90505f866002811115611ca957611ca9612d87565b03611cff57815160208301518c919083611cfb576040516306d7905b60e31b81526001600160a01b0390931660048401526001600160401b03909116602483015261ffff166044820152606401610731565b5050505b89866002811115611d1257611d12612d87565b8c6001600160a01b03167fffaf8c3f63b8cd1b0380e5ed5272fccfa84c15a4ace9548b6c76b3477ce87dac8c8c875f01518860200151885f14611d55578e611d5b565b89602001515b604080519586526001600160401b039485166020870152929093168483015261ffff9081166060850152918216608084015290871660a0830152519081900360c00190a48015611dda576001600160a01b038b165f908152600a60205260409020805469ffff00000000000000001916600160401b61ffff8a16021790555b611e74565b6040518060400160405280426001600160401b031681526020018861ffff16815250600a5f8d6001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a81548161ffff021916908361ffff1602179055509050505b5f8115611f67577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fabdd6488d8489600360049054906101000a900461ffff1660045f9054906101000a90046001600160a01b03166040518663ffffffff1660e01b8152600401611f229594939291906001600160a01b0395861681526020810194909452918416604084015261ffff166060830152909116608082015260a00190565b60408051808303815f875af1158015611f3d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f619190612d65565b90955090505b6003547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636944f4a6908e90611fb790600160301b90046001600160401b031642612ec3565b6040516001600160e01b031960e085901b1681526001600160a01b0390921660048301526001600160401b031660248201526044015f604051808303815f87803b158015612003575f5ffd5b505af1158015612015573d5f5f3e3d5ffd5b505050508a87600281111561202c5761202c612d87565b6001600160a01b038e167f51f9054f18aabc2e72abe1cd4780be2f2b9940a0d669b802890be9557c92dca68d898b876120658184612fe3565b6040805195865260208601949094526001600160a01b03929092168484015260608401526080830152519081900360a00190a450505050979650505050505050565b5f838584846040516020016120bf9493929190612ff6565b604051602081830303815290604052805190602001209050949350505050565b5f80873585351480156120f9575084602001358860200135145b8015612128575061211060a0860160808701612f3b565b60ff1661212360a08a0160808b01612f3b565b60ff16145b801561213c57508460400135886040013514155b61215957604051630392976560e61b815260040160405180910390fd5b5f6121a16121668a6116c5565b89898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061276492505050565b90505f6121eb6121b0886116c5565b87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061276492505050565b6040516389ca417960e01b81526001600160a01b0384811660048301529192507f0000000000000000000000000000000000000000000000000000000000000000909116906389ca417990602401602060405180830381865afa158015612254573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122789190612f5b565b9350806001600160a01b0316826001600160a01b03161480156122a357506001600160a01b03841615155b6122c0576040516322cdaf4160e11b815260040160405180910390fd5b6006546001600160a01b03168a35158015906122e457506001600160a01b03811615155b80156123505750806001600160a01b031663f4e926756040518163ffffffff1660e01b8152600401602060405180830381865afa158015612327573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061234b9190612f76565b8b3511155b8b35906123735760405163ee7d3ae160e01b815260040161073191815260200190565b505f61238560808a0160608b016129a1565b6001600160401b031661239e60808e0160608f016129a1565b6001600160401b0316116123c1576123bc60808a0160608b016129a1565b6123d1565b6123d160808d0160608e016129a1565b6001600160401b03169050428111156123e75750425b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015612444573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124689190612d0f565b6001600160401b031690505f814211612481575f61248b565b61248b8242612fe3565b90508281808210156124b957604051630a74ea2f60e01b815260048101929092526024820152604401610731565b505060405163253e473f60e11b81526001600160a01b0387811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690634a7c8e7e90602401602060405180830381865afa158015612523573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125479190612d0f565b6001600160401b0316905080158061255f5750818110155b8183909161258957604051630a74ea2f60e01b815260048101929092526024820152604401610731565b5093975050505050505050965096945050505050565b5f6117696125ab6125cb565b8360405161190160f01b8152600281019290925260228201526042902090565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561262357507f000000000000000000000000000000000000000000000000000000000000000046145b1561264d57507f000000000000000000000000000000000000000000000000000000000000000090565b6109d8604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60605f6127008361278c565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f815f036127435761274360126127b3565b8160018403816127555761275561303b565b04600101831515029392505050565b5f5f5f5f61277286866127c4565b925092509250612782828261280d565b5090949350505050565b5f60ff8216601f81111561176957604051632cd44ac360e21b815260040160405180910390fd5b634e487b715f52806020526024601cfd5b5f5f5f83516041036127fb576020840151604085015160608601515f1a6127ed888285856128c5565b955095509550505050612806565b505081515f91506002905b9250925092565b5f82600381111561282057612820612d87565b03612829575050565b600182600381111561283d5761283d612d87565b0361285b5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561286f5761286f612d87565b036128905760405163fce698f760e01b815260048101829052602401610731565b60038260038111156128a4576128a4612d87565b03611658576040516335e2f38360e21b815260048101829052602401610731565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156128fe57505f91506003905082612983565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561294f573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661297a57505f925060019150829050612983565b92505f91508190505b9450945094915050565b6001600160401b0381168114611852575f5ffd5b5f602082840312156129b1575f5ffd5b81356129bc8161298d565b9392505050565b61ffff81168114611852575f5ffd5b5f602082840312156129e2575f5ffd5b81356129bc816129c3565b6001600160a01b0381168114611852575f5ffd5b5f60208284031215612a11575f5ffd5b81356129bc816129ed565b5f60208284031215612a2c575f5ffd5b5035919050565b5f5f83601f840112612a43575f5ffd5b5081356001600160401b03811115612a59575f5ffd5b602083019150836020828501011115612a70575f5ffd5b9250929050565b5f5f5f5f60608587031215612a8a575f5ffd5b8435612a95816129ed565b93506020850135612aa5816129c3565b925060408501356001600160401b03811115612abf575f5ffd5b612acb87828801612a33565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f612b2360e0830189612ad7565b8281036040840152612b358189612ad7565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612b8a578351835260209384019390920191600101612b6c565b50909b9a5050505050505050505050565b5f5f5f5f5f60a08688031215612baf575f5ffd5b8535612bba816129ed565b945060208601359350604086013592506060860135612bd88161298d565b91506080860135612be8816129ed565b809150509295509295909350565b5f5f5f5f60808587031215612c09575f5ffd5b8435612c14816129ed565b9350602085013560038110612c27575f5ffd5b93969395505050506040820135916060013590565b5f60a08284031215612c4c575f5ffd5b50919050565b5f5f5f5f5f5f6101808789031215612c68575f5ffd5b612c728888612c3c565b955060a08701356001600160401b03811115612c8c575f5ffd5b612c9889828a01612a33565b9096509450612cac90508860c08901612c3c565b92506101608701356001600160401b03811115612cc7575f5ffd5b612cd389828a01612a33565b979a9699509497509295939492505050565b5f60a08284031215612cf5575f5ffd5b6129bc8383612c3c565b8051612d0a8161298d565b919050565b5f60208284031215612d1f575f5ffd5b81516129bc8161298d565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561176957611769612d2a565b634e487b7160e01b5f52603260045260245ffd5b5f5f60408385031215612d76575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52602160045260245ffd5b8051612d0a816129ed565b8051612d0a816129c3565b80518015158114612d0a575f5ffd5b805163ffffffff81168114612d0a575f5ffd5b805172ffffffffffffffffffffffffffffffffffffff81168114612d0a575f5ffd5b5f610100828403128015612e07575f5ffd5b5060405161010081016001600160401b0381118282101715612e3757634e487b7160e01b5f52604160045260245ffd5b604052612e4383612d9b565b8152612e5160208401612da6565b6020820152612e6260408401612da6565b6040820152612e7360608401612cff565b6060820152612e8460808401612db1565b6080820152612e9560a08401612cff565b60a0820152612ea660c08401612dc0565b60c0820152612eb760e08401612dd3565b60e08201529392505050565b6001600160401b03818116838216019081111561176957611769612d2a565b61ffff861681526001600160401b03851660208201526001600160401b038416604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b5f60208284031215612f4b575f5ffd5b813560ff811681146129bc575f5ffd5b5f60208284031215612f6b575f5ffd5b81516129bc816129ed565b5f60208284031215612f86575f5ffd5b5051919050565b5f60208284031215612f9d575f5ffd5b815165ffffffffffff811681146129bc575f5ffd5b61ffff828116828216039081111561176957611769612d2a565b808202811582820484141761176957611769612d2a565b8181038181111561176957611769612d2a565b608081016003861061301657634e487b7160e01b5f52602160045260245ffd5b9481526001600160a01b03939093166020840152604083019190915260609091015290565b634e487b7160e01b5f52601260045260245ffdfecdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fda164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\xFCW_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\x01\x14W\x80c\xB8\x8BKS\x11a\0\xA9W\x80c\xF0\xF4B`\x11a\0yW\x80c\xF0\xF4B`\x14a\x05\xD8W\x80c\xF2\xFD\xE3\x8B\x14a\x05\xEBW\x80c\xF6\x98\xDA%\x14a\x05\xFEW\x80c\xF7\x05\x001\x14a\x06\x06W\x80c\xFC\x0CTj\x14a\x06\x0FW__\xFD[\x80c\xB8\x8BKS\x14a\x05\x8CW\x80c\xC4,\xF55\x14a\x05\x9FW\x80c\xD1R\xA3.\x14a\x05\xB2W\x80c\xEA\xD9\xA0i\x14a\x05\xC5W__\xFD[\x80c\xA0\x0F+X\x11a\0\xE4W\x80c\xA0\x0F+X\x14a\x05FW\x80c\xA1kt\x82\x14a\x05NW\x80c\xA2G}\xAC\x14a\x05qW\x80c\xB6{\xC1y\x14a\x05yW__\xFD[\x80c\x84\xB0\x19n\x14a\x04\x86W\x80c\x89\x03W0\x14a\x04\xA1W\x80c\x8D\xA5\xCB[\x14a\x05#W\x80c\x9C\x0C\x96)\x14a\x053W__\xFD[\x80cQA\x94\xF3\x11a\x01\x95W\x80cqP\x18\xA6\x11a\x01eW\x80cqP\x18\xA6\x14a\x03\xC5W\x80cr\xE3\x1F\xFA\x14a\x03\xCDW\x80cyZ\x8D\x0B\x14a\x03\xE0W\x80cz\xC0\x93\x1A\x14a\x03\xF3W\x80c}\x157\x1E\x14a\x04\x06W__\xFD[\x80cQA\x94\xF3\x14a\x03lW\x80c]\xCC0\xBB\x14a\x03\x97W\x80cg;$\xF2\x14a\x03\xAAW\x80ci\xAE\x9A\xF8\x14a\x03\xB2W__\xFD[\x80c0$\xA3\xE7\x11a\x01\xD0W\x80c0$\xA3\xE7\x14a\x02\x94W\x80c?\xA7{\xB4\x14a\x02\xA7W\x80cD\xE4p3\x14a\x02\xBAW\x80cL\xF0\x88\xD9\x14a\x03EW__\xFD[\x80b \xAF7\x14a\x02\0W\x80c\x0C4\n$\x14a\x02:W\x80c\x1D\x86\xD7z\x14a\x02_W\x80c-C.\xAF\x14a\x02tW[__\xFD[a\x02'\x7F!\x96\xB4}\xD5#\xEA\x87\x15`6\xBD\xD4}\x97\x91^\"\xE4z\xF9\xB70\xA3%\xAF\xBD\x9E\xDF#\x9B\x8A\x81V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[`\x07T`\x01`\x01`\xA0\x1B\x03\x16[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x021V[a\x02ra\x02m6`\x04a)\xA1V[a\x066V[\0[`\x03Tb\x01\0\0\x90\x04a\xFF\xFF\x16`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x021V[a\x02ra\x02\xA26`\x04a)\xD2V[a\x07\xB2V[a\x02ra\x02\xB56`\x04a*\x01V[a\x08oV[a\x03\x1Da\x02\xC86`\x04a*\x01V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01RP`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\n` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01`@\x1B\x03\x81\x16\x83R`\x01`@\x1B\x90\x04a\xFF\xFF\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q`\x01`\x01`@\x1B\x03\x16\x81R` \x92\x83\x01Qa\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x01a\x021V[a\x02G\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`\x03T`\x01`p\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16`@Q`\x01`\x01`@\x1B\x03\x90\x91\x16\x81R` \x01a\x021V[a\x02ra\x03\xA56`\x04a)\xA1V[a\x08\xDDV[a\x02'a\t\xB2V[a\x02'a\x03\xC06`\x04a*\x1CV[a\t\xDDV[a\x02ra\x0C!V[a\x02ra\x03\xDB6`\x04a)\xD2V[a\x0C4V[a\x02'a\x03\xEE6`\x04a*wV[a\x0C\xF1V[a\x02ra\x04\x016`\x04a*\x1CV[a\x10\x9FV[a\x04\x19a\x04\x146`\x04a*\x1CV[a\x11\xA5V[`@Qa\x021\x91\x90_`\xC0\x82\x01\x90P`\x01\x80`\xA0\x1B\x03\x83Q\x16\x82Ra\xFF\xFF` \x84\x01Q\x16` \x83\x01R`\x01`\x01`@\x1B\x03`@\x84\x01Q\x16`@\x83\x01R`\x01`\x01`@\x1B\x03``\x84\x01Q\x16``\x83\x01R`\x80\x83\x01Q\x15\x15`\x80\x83\x01R`\xA0\x83\x01Q\x15\x15`\xA0\x83\x01R\x92\x91PPV[a\x04\x8Ea\x12tV[`@Qa\x021\x97\x96\x95\x94\x93\x92\x91\x90a+\x05V[`\x03T`\x04T`\x05T`\x06T`@\x80Qa\xFF\xFF\x80\x87\x16\x82Rb\x01\0\0\x87\x04\x81\x16` \x83\x01Rd\x01\0\0\0\0\x87\x04\x16\x91\x81\x01\x91\x90\x91R`\x01`\x01`@\x1B\x03`\x01`0\x1B\x86\x04\x81\x16``\x83\x01R`\x01`p\x1B\x90\x95\x04\x90\x94\x16`\x80\x85\x01R`\x01`\x01`\xA0\x1B\x03\x92\x83\x16`\xA0\x85\x01R\x90\x82\x16`\xC0\x84\x01R\x16`\xE0\x82\x01Ra\x01\0\x01a\x021V[_T`\x01`\x01`\xA0\x1B\x03\x16a\x02GV[a\x02'a\x05A6`\x04a+\x9BV[a\x12\xB6V[a\x02'_\x19\x81V[a\x05aa\x05\\6`\x04a+\xF6V[a\x13\x18V[`@Q\x90\x15\x15\x81R` \x01a\x021V[`\tTa\x02'V[a\x02'a\x05\x876`\x04a,RV[a\x13\xE2V[a\x02ra\x05\x9A6`\x04a)\xD2V[a\x14$V[a\x02ra\x05\xAD6`\x04a*\x01V[a\x14\xDDV[a\x02ra\x05\xC06`\x04a*\x01V[a\x16\\V[a\x02'a\x05\xD36`\x04a,\xE5V[a\x16\xC5V[a\x02ra\x05\xE66`\x04a*\x01V[a\x17oV[a\x02ra\x05\xF96`\x04a*\x01V[a\x18\x18V[a\x02'a\x18UV[a\x02'a'\x10\x81V[a\x02G\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x06>a\x18^V[_\x81`\x01`\x01`@\x1B\x03\x16\x11\x80\x15a\x06\xF7WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x06\xADW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x06\xD1\x91\x90a-\x0FV[`\x01`\x01`@\x1B\x03\x16a\x06\xE2a\x18\x8AV[a\x06\xF5\x90`\x01`\x01`@\x1B\x03\x84\x16a->V[\x10[\x81\x90a\x07:W`@Qc\xD81\xEF_`\xE0\x1B\x81RivetoWindow`\xB0\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[P`\x03T`@\x80Q`\x01`p\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x83\x16` \x83\x01RivetoWindow`\xB0\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01`p\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`p\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x07\xBAa\x18^V[_\x81a\xFF\xFF\x16\x11\x80\x15a\x07\xD3WPa'\x10\x81a\xFF\xFF\x16\x11\x15[\x81\x90a\x08\x0BW`@Qc\xD81\xEF_`\xE0\x1B\x81RhfraudBips`\xB8\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\x03T`@\x80Qb\x01\0\0\x90\x92\x04a\xFF\xFF\x90\x81\x16\x83R\x83\x16` \x83\x01RhfraudBips`\xB8\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80Ta\xFF\xFF\x90\x92\x16b\x01\0\0\x02c\xFF\xFF\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x08wa\x18^V[`\x06T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rj390\xBA\xB2(97\xBB2\xB9`\xA9\x1B\x91_Q` a0P_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x06\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x08\xE5a\x18^V[\x80c\x01\xE13\x80`\x01`\x01`@\x1B\x03\x82\x16\x11\x15a\t5W`@Qc\xD81\xEF_`\xE0\x1B\x81Rk50\xB4\xB6\":\xB90\xBA4\xB7\xB7`\xA1\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\x03T`@\x80Q`\x01`0\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x83\x16` \x83\x01Rk50\xB4\xB6\":\xB90\xBA4\xB7\xB7`\xA1\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01`0\x1B\x02m\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\t\xBBa\x18\x8AV[`\x03Ta\t\xD8\x91\x90`\x01`p\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16a->V[\x90P\x90V[`\tT_\x90\x82\x90\x81\x10a\n\x06W`@Qcr/@w`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P_`\t\x83\x81T\x81\x10a\n\x1BWa\n\x1Ba-QV[\x90_R` _ \x90`\x02\x02\x01\x90P\x80`\x01\x01`\x08\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x80\x15a\nTWP`\x01\x81\x01T`\x01`H\x1B\x90\x04`\xFF\x16\x15[\x80\x15a\nqWP\x80T`\x01`\xB0\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16B\x10\x15[\x80\x15a\n\x89WP`\x01\x81\x01T`\x01`\x01`@\x1B\x03\x16B\x10[\x83\x90a\n\xABW`@Qcr/@w`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P`\x01\x81\x01\x80T`\x01`@\x1Bh\xFF\0\0\0\0\0\0\0\0\x19\x90\x91\x16\x17\x90U\x80T`\x04\x80T`@Qc\x1FW\xBA\xC9`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x80\x85\x16\x93\x82\x01\x93\x90\x93R`\x01`\xA0\x1B\x90\x93\x04a\xFF\xFF\x16`$\x84\x01R_`D\x84\x01\x81\x90R`d\x84\x01R\x81\x16`\x84\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xFA\xBD\xD6H\x90`\xA4\x01`@\x80Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x0BYW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0B}\x91\x90a-eV[P\x81T`@\x80Q\x86\x81R` \x81\x01\x84\x90R_\x81\x83\x01\x81\x90R``\x82\x01R`\x80\x81\x01\x84\x90R\x90Q\x92\x94P_\x19\x92`\x02\x92`\x01`\x01`\xA0\x1B\x03\x16\x91\x7FQ\xF9\x05O\x18\xAA\xBC.r\xAB\xE1\xCDG\x80\xBE/+\x99@\xA0\xD6i\xB8\x02\x89\x0B\xE9U|\x92\xDC\xA6\x91\x90\x81\x90\x03`\xA0\x01\x90\xA4\x82\x7FC\xB3r\xA8\xE5\xBD\x890\xCC\xEC\xA3\xE2\xAF\x95\xF1P\xD2\xEFl$+\xC7\x07\xE8\xA5?g\xCBx\xC1\xA0c\x83`@Qa\x0C\x13\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x91\x90PV[a\x0C)a\x18^V[a\x0C2_a\x1A\xB4V[V[a\x0C<a\x18^V[_\x81a\xFF\xFF\x16\x11\x80\x15a\x0CUWPa'\x10\x81a\xFF\xFF\x16\x11\x15[\x81\x90a\x0C\x94W`@Qc\xD81\xEF_`\xE0\x1B\x81RoequivocationBips`\x80\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\x03T`@\x80Qa\xFF\xFF\x92\x83\x16\x81R\x91\x83\x16` \x83\x01RoequivocationBips`\x80\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80Ta\xFF\xFF\x19\x16a\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x0C\xFAa\x18^V[_\x84a\xFF\xFF\x16\x11\x80\x15a\r\x13WPa'\x10\x84a\xFF\xFF\x16\x11\x15[\x84\x90a\rFW`@Qc\xD81\xEF_`\xE0\x1B\x81Rcbips`\xE0\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`@Qc(a#k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x86\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cP\xC2F\xD6\x90`$\x01a\x01\0`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xACW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\r\xD0\x91\x90a-\xF5V[`\x80\x01Q\x85\x90a\x0E\x10W`@Qc\xD81\xEF_`\xE0\x1B\x81Rg7\xB82\xB90\xBA7\xB9`\xC1\x1B`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0EnW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x92\x91\x90a-\x0FV[`\x03T\x90\x91P`\x01`p\x1B\x90\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x90\x82\x16\x81\x10a\x0E\xEBW`@Qc\xD81\xEF_`\xE0\x1B\x81RivetoWindow`\xB0\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\tT`\x03T\x90\x92P_\x90a\x0F\x11\x90`\x01`p\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16Ba.\xC3V[\x90P_a\x0F\x1E\x83Ba.\xC3V[`@\x80Q`\xC0\x81\x01\x82R`\x01`\x01`\xA0\x1B\x03\x80\x8C\x16\x80\x83Ra\xFF\xFF\x80\x8D\x16` \x85\x01\x90\x81R`\x01`\x01`@\x1B\x03\x80\x8A\x16\x86\x88\x01\x90\x81R\x81\x89\x16``\x88\x01\x90\x81R_`\x80\x89\x01\x81\x81R`\xA0\x8A\x01\x82\x81R`\t\x80T`\x01\x81\x01\x82U\x93R\x99Q`\x02\x90\x92\x02\x7Fn\x15@\x17\x1Bl\x0C\x96\x0Bq\xA7\x02\r\x9F`\x07\x7Fj\xF91\xA8\xBB\xF5\x90\xDA\x02#\xDA\xCFu\xC7\xAF\x81\x01\x80T\x97Q\x95Q\x87\x16`\x01`\xB0\x1B\x02g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x96\x90\x99\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xB0\x1B\x03\x19\x90\x98\x16\x93\x90\x9A\x16\x92\x90\x92\x17\x95\x90\x95\x17\x92\x90\x92\x16\x94\x90\x94\x17\x90\x95U\x91Q\x7Fn\x15@\x17\x1Bl\x0C\x96\x0Bq\xA7\x02\r\x9F`\x07\x7Fj\xF91\xA8\xBB\xF5\x90\xDA\x02#\xDA\xCFu\xC7\xB0\x90\x94\x01\x80T\x91Q\x95Q\x15\x15`\x01`H\x1B\x02`\xFF`H\x1B\x19\x96\x15\x15`\x01`@\x1B\x02h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x95\x90\x93\x16\x94\x90\x94\x17\x17\x93\x90\x93\x16\x92\x90\x92\x17\x90U\x90Q\x91\x92P\x90\x85\x90\x7F\xCF\xAC\xB8\xD0\x95x \xFD-\xD7U\xC0\x16\xEB\x8F\xFE>\xFA\x89\xB3r{ve\xBD4\xD1\xB7\xEDZP,\x90a\x10\x8C\x90\x8B\x90\x87\x90\x87\x90\x8D\x90\x8D\x90a.\xE2V[`@Q\x80\x91\x03\x90\xA3PPP\x94\x93PPPPV[`\x05T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x10\xCAW`@Qc\"\x96\xE1\xD1`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\tT\x81\x90\x81\x10a\x10\xF1W`@Qcr/@w`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P_`\t\x82\x81T\x81\x10a\x11\x06Wa\x11\x06a-QV[\x90_R` _ \x90`\x02\x02\x01\x90P\x80`\x01\x01`\x08\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x80\x15a\x11?WP`\x01\x81\x01T`\x01`H\x1B\x90\x04`\xFF\x16\x15[\x82\x90a\x11aW`@Qcr/@w`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P`\x01\x81\x01\x80T`\xFF`H\x1B\x19\x16`\x01`H\x1B\x17\x90U`@Q\x82\x90\x7F\xD9\xFB\xA7A \xCB[V\xF7\xC5m\x9By\xB9\x05\x1B\x8B\x14$\x92\x01\x96\xE5F\xBB\x84\xCF\x19\xA6F\xA7,\x90_\x90\xA2PPV[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91R`\t\x82\x81T\x81\x10a\x11\xE9Wa\x11\xE9a-QV[_\x91\x82R` \x91\x82\x90 `@\x80Q`\xC0\x81\x01\x82R`\x02\x90\x93\x02\x90\x91\x01\x80T`\x01`\x01`\xA0\x1B\x03\x81\x16\x84Ra\xFF\xFF`\x01`\xA0\x1B\x82\x04\x16\x94\x84\x01\x94\x90\x94R`\x01`\x01`@\x1B\x03`\x01`\xB0\x1B\x90\x94\x04\x84\x16\x91\x83\x01\x91\x90\x91R`\x01\x01T\x91\x82\x16``\x82\x01R`\xFF`\x01`@\x1B\x83\x04\x81\x16\x15\x15`\x80\x83\x01R`\x01`H\x1B\x90\x92\x04\x90\x91\x16\x15\x15`\xA0\x82\x01R\x92\x91PPV[_``\x80___``a\x12\x85a\x1B\x03V[a\x12\x8Da\x1B.V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R`\x0F`\xF8\x1B\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`\x06T_\x90`\x01`\x01`\xA0\x1B\x03\x163\x14\x80\x15a\x12\xD1WP3\x15\x15[a\x12\xEEW`@Qc\"\x96\xE1\xD1`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\x0E\x86\x86\x86\x86`\x03`\x02\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16`\x01\x88a\x1BYV[\x96\x95PPPPPPV[_`\x02\x84`\x02\x81\x11\x15a\x13-Wa\x13-a-\x87V[\x03a\x13\xB5W`\tT\x82\x10\x80\x15a\x13oWP`\t\x82\x81T\x81\x10a\x13QWa\x13Qa-QV[\x90_R` _ \x90`\x02\x02\x01`\x01\x01`\x08\x90T\x90a\x01\0\n\x90\x04`\xFF\x16[\x80\x15a\x13\xAEWP\x84`\x01`\x01`\xA0\x1B\x03\x16`\t\x83\x81T\x81\x10a\x13\x93Wa\x13\x93a-QV[_\x91\x82R` \x90\x91 `\x02\x90\x91\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x14[\x90Pa\x13\xDAV[`\x08_a\x13\xC4\x87\x87\x87\x87a \xA7V[\x81R` \x81\x01\x91\x90\x91R`@\x01_ T`\xFF\x16\x90P[\x94\x93PPPPV[___a\x13\xF3\x89\x89\x89\x89\x89\x89a \xDFV[`\x03T\x91\x93P\x91Pa\x14\x17\x90\x83\x90\x8B5\x90` \x8D\x015\x90\x85\x90a\xFF\xFF\x16_3a\x1BYV[\x99\x98PPPPPPPPPV[a\x14,a\x18^V[\x80a'\x10a\xFF\xFF\x82\x16\x11\x15a\x14pW`@Qc\xD81\xEF_`\xE0\x1B\x81RkreporterBips`\xA0\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\x071V[P`\x03T`@\x80Qd\x01\0\0\0\0\x90\x92\x04a\xFF\xFF\x90\x81\x16\x83R\x83\x16` \x83\x01RkreporterBips`\xA0\x1B\x91_Q` a0p_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x03\x80Ta\xFF\xFF\x90\x92\x16d\x01\0\0\0\0\x02e\xFF\xFF\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x14\xE5a\x18^V[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\x15\"W`@Qc\xD81\xEF_`\xE0\x1B\x81Rg3\xB7\xBB2\xB977\xB9`\xC1\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\x071V[P`\x07T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rg3\xB7\xBB2\xB977\xB9`\xC1\x1B\x91_Q` a0P_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2\x80`\x07_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15\xE6W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\n\x91\x90a-\x0FV[`\x01`\x01`@\x1B\x03\x16a\x16\x1Ba\t\xB2V[\x10\x81\x90a\x16XW`@Qc\xD81\xEF_`\xE0\x1B\x81Rg3\xB7\xBB2\xB977\xB9`\xC1\x1B`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01a\x071V[PPV[a\x16da\x18^V[`\x05T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Re;2\xBA7\xB2\xB9`\xD1\x1B\x91_Q` a0P_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x05\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x17i\x7F!\x96\xB4}\xD5#\xEA\x87\x15`6\xBD\xD4}\x97\x91^\"\xE4z\xF9\xB70\xA3%\xAF\xBD\x9E\xDF#\x9B\x8A\x835` \x85\x015`@\x86\x015a\x17\x06`\x80\x88\x01``\x89\x01a)\xA1V[a\x17\x16`\xA0\x89\x01`\x80\x8A\x01a/;V[`@\x80Q` \x81\x01\x97\x90\x97R\x86\x01\x94\x90\x94R``\x85\x01\x92\x90\x92R`\x80\x84\x01R`\x01`\x01`@\x1B\x03\x16`\xA0\x83\x01R`\xFF\x16`\xC0\x82\x01R`\xE0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a%\x9FV[\x92\x91PPV[a\x17wa\x18^V[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\x17\xB4W`@Qc\xD81\xEF_`\xE0\x1B\x81Rgtreasury`\xC0\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\x071V[P`\x04T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rgtreasury`\xC0\x1B\x91_Q` a0P_9_Q\x90_R\x91\x01`@Q\x80\x91\x03\x90\xA2`\x04\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x18 a\x18^V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x18IW`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x071V[a\x18R\x81a\x1A\xB4V[PV[_a\t\xD8a%\xCBV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0C2W`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x071V[`\x07T_\x90`\x01`\x01`\xA0\x1B\x03\x16\x80a\x18\xA4W_\x91PP\x90V[_\x81\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16c\xD32\x19\xB4`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x18\xE4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\x08\x91\x90a/[V[`\x01`\x01`\xA0\x1B\x03\x16c\xF2z\x0C\x92`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x19CW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19g\x91\x90a/vV[\x81`\x01`\x01`\xA0\x1B\x03\x16c2\xB8\x11>`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x19\xA3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\xC7\x91\x90a/\x8DV[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c\x02\xA2Q\xA3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A\x0BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A/\x91\x90a/vV[\x83`\x01`\x01`\xA0\x1B\x03\x16c92\xAB\xB1`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1AkW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A\x8F\x91\x90a/vV[a\x1A\x99\x91\x90a->V[a\x1A\xA3\x91\x90a->V[a\x1A\xAD\x91\x90a->V[\x92PPP\x90V[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[``a\t\xD8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a&\xF4V[``a\t\xD8\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a&\xF4V[__a\x1Bg\x89\x85\x8A\x8Aa \xA7V[_\x81\x81R`\x08` R`@\x90 T\x90\x91P\x89\x90\x89\x90\x89\x90`\xFF\x16\x15a\x1B\xB8W`@Qc\xA3\x08\x9ES`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x93\x16`\x04\x84\x01R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x071V[PPP_\x81\x81R`\x08` \x90\x81R`@\x80\x83 \x80T`\xFF\x19\x16`\x01\x17\x90U`\x01`\x01`\xA0\x1B\x03\x8C\x16\x83R`\n\x82R\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01`@\x1B\x03\x81\x16\x83Ra\xFF\xFF`\x01`@\x1B\x90\x91\x04\x81\x16\x91\x83\x01\x82\x90R\x87\x16\x90\x15\x80\x15\x90a\x1C8WP\x81_\x01Q`\x01`\x01`@\x1B\x03\x16\x88`\x01`\x01`@\x1B\x03\x16\x11\x15[\x15a\x1D\xDFW\x81` \x01Qa\xFF\xFF\x16\x87a\xFF\xFF\x16\x11a\x1CVW_a\x1C\x94V[a\x1C\x94a'\x10\x83` \x01Q\x89a\x1Cl\x91\x90a/\xB2V[a\xFF\xFF\x16a\x1Cz\x91\x90a/\xCCV[` \x84\x01Qa\x1C\x8F\x90a\xFF\xFF\x16a'\x10a/\xE3V[a'1V[\x90P_\x86`\x02\x81\x11\x15a\x1C\xA9Wa\x1C\xA9a-\x87V[\x03a\x1C\xFFW\x81Q` \x83\x01Q\x8C\x91\x90\x83a\x1C\xFBW`@Qc\x06\xD7\x90[`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x93\x16`\x04\x84\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x83\x01Ra\xFF\xFF\x16`D\x82\x01R`d\x01a\x071V[PPP[\x89\x86`\x02\x81\x11\x15a\x1D\x12Wa\x1D\x12a-\x87V[\x8C`\x01`\x01`\xA0\x1B\x03\x16\x7F\xFF\xAF\x8C?c\xB8\xCD\x1B\x03\x80\xE5\xEDRr\xFC\xCF\xA8L\x15\xA4\xAC\xE9T\x8Blv\xB3G|\xE8}\xAC\x8C\x8C\x87_\x01Q\x88` \x01Q\x88_\x14a\x1DUW\x8Ea\x1D[V[\x89` \x01Q[`@\x80Q\x95\x86R`\x01`\x01`@\x1B\x03\x94\x85\x16` \x87\x01R\x92\x90\x93\x16\x84\x83\x01Ra\xFF\xFF\x90\x81\x16``\x85\x01R\x91\x82\x16`\x80\x84\x01R\x90\x87\x16`\xA0\x83\x01RQ\x90\x81\x90\x03`\xC0\x01\x90\xA4\x80\x15a\x1D\xDAW`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\n` R`@\x90 \x80Ti\xFF\xFF\0\0\0\0\0\0\0\0\x19\x16`\x01`@\x1Ba\xFF\xFF\x8A\x16\x02\x17\x90U[a\x1EtV[`@Q\x80`@\x01`@R\x80B`\x01`\x01`@\x1B\x03\x16\x81R` \x01\x88a\xFF\xFF\x16\x81RP`\n_\x8D`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x08a\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP\x90PP[_\x81\x15a\x1FgW\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xFA\xBD\xD6H\x8D\x84\x89`\x03`\x04\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16`\x04_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`@Q\x86c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x1F\"\x95\x94\x93\x92\x91\x90`\x01`\x01`\xA0\x1B\x03\x95\x86\x16\x81R` \x81\x01\x94\x90\x94R\x91\x84\x16`@\x84\x01Ra\xFF\xFF\x16``\x83\x01R\x90\x91\x16`\x80\x82\x01R`\xA0\x01\x90V[`@\x80Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x1F=W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1Fa\x91\x90a-eV[\x90\x95P\x90P[`\x03T\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90ciD\xF4\xA6\x90\x8E\x90a\x1F\xB7\x90`\x01`0\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16Ba.\xC3V[`@Q`\x01`\x01`\xE0\x1B\x03\x19`\xE0\x85\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01R`\x01`\x01`@\x1B\x03\x16`$\x82\x01R`D\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a \x03W__\xFD[PZ\xF1\x15\x80\x15a \x15W=__>=_\xFD[PPPP\x8A\x87`\x02\x81\x11\x15a ,Wa ,a-\x87V[`\x01`\x01`\xA0\x1B\x03\x8E\x16\x7FQ\xF9\x05O\x18\xAA\xBC.r\xAB\xE1\xCDG\x80\xBE/+\x99@\xA0\xD6i\xB8\x02\x89\x0B\xE9U|\x92\xDC\xA6\x8D\x89\x8B\x87a e\x81\x84a/\xE3V[`@\x80Q\x95\x86R` \x86\x01\x94\x90\x94R`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x84\x84\x01R``\x84\x01R`\x80\x83\x01RQ\x90\x81\x90\x03`\xA0\x01\x90\xA4PPPP\x97\x96PPPPPPPV[_\x83\x85\x84\x84`@Q` \x01a \xBF\x94\x93\x92\x91\x90a/\xF6V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[_\x80\x875\x855\x14\x80\x15a \xF9WP\x84` \x015\x88` \x015\x14[\x80\x15a!(WPa!\x10`\xA0\x86\x01`\x80\x87\x01a/;V[`\xFF\x16a!#`\xA0\x8A\x01`\x80\x8B\x01a/;V[`\xFF\x16\x14[\x80\x15a!<WP\x84`@\x015\x88`@\x015\x14\x15[a!YW`@Qc\x03\x92\x97e`\xE6\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a!\xA1a!f\x8Aa\x16\xC5V[\x89\x89\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa'd\x92PPPV[\x90P_a!\xEBa!\xB0\x88a\x16\xC5V[\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa'd\x92PPPV[`@Qc\x89\xCAAy`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R\x91\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x89\xCAAy\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\"TW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\"x\x91\x90a/[V[\x93P\x80`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14\x80\x15a\"\xA3WP`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x15[a\"\xC0W`@Qc\"\xCD\xAFA`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x06T`\x01`\x01`\xA0\x1B\x03\x16\x8A5\x15\x80\x15\x90a\"\xE4WP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x15[\x80\x15a#PWP\x80`\x01`\x01`\xA0\x1B\x03\x16c\xF4\xE9&u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#'W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a#K\x91\x90a/vV[\x8B5\x11\x15[\x8B5\x90a#sW`@Qc\xEE}:\xE1`\xE0\x1B\x81R`\x04\x01a\x071\x91\x81R` \x01\x90V[P_a#\x85`\x80\x8A\x01``\x8B\x01a)\xA1V[`\x01`\x01`@\x1B\x03\x16a#\x9E`\x80\x8E\x01``\x8F\x01a)\xA1V[`\x01`\x01`@\x1B\x03\x16\x11a#\xC1Wa#\xBC`\x80\x8A\x01``\x8B\x01a)\xA1V[a#\xD1V[a#\xD1`\x80\x8D\x01``\x8E\x01a)\xA1V[`\x01`\x01`@\x1B\x03\x16\x90PB\x81\x11\x15a#\xE7WPB[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a$DW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a$h\x91\x90a-\x0FV[`\x01`\x01`@\x1B\x03\x16\x90P_\x81B\x11a$\x81W_a$\x8BV[a$\x8B\x82Ba/\xE3V[\x90P\x82\x81\x80\x82\x10\x15a$\xB9W`@Qc\nt\xEA/`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x071V[PP`@Qc%>G?`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04\x83\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90cJ|\x8E~\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a%#W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%G\x91\x90a-\x0FV[`\x01`\x01`@\x1B\x03\x16\x90P\x80\x15\x80a%_WP\x81\x81\x10\x15[\x81\x83\x90\x91a%\x89W`@Qc\nt\xEA/`\xE0\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x071V[P\x93\x97PPPPPPPP\x96P\x96\x94PPPPPV[_a\x17ia%\xABa%\xCBV[\x83`@Qa\x19\x01`\xF0\x1B\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a&#WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a&MWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\t\xD8`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[``_a'\0\x83a'\x8CV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x81_\x03a'CWa'C`\x12a'\xB3V[\x81`\x01\x84\x03\x81a'UWa'Ua0;V[\x04`\x01\x01\x83\x15\x15\x02\x93\x92PPPV[____a'r\x86\x86a'\xC4V[\x92P\x92P\x92Pa'\x82\x82\x82a(\rV[P\x90\x94\x93PPPPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x17iW`@Qc,\xD4J\xC3`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[cNH{q_R\x80` R`$`\x1C\xFD[___\x83Q`A\x03a'\xFBW` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa'\xED\x88\x82\x85\x85a(\xC5V[\x95P\x95P\x95PPPPa(\x06V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[_\x82`\x03\x81\x11\x15a( Wa( a-\x87V[\x03a()WPPV[`\x01\x82`\x03\x81\x11\x15a(=Wa(=a-\x87V[\x03a([W`@Qc\xF6E\xEE\xDF`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x82`\x03\x81\x11\x15a(oWa(oa-\x87V[\x03a(\x90W`@Qc\xFC\xE6\x98\xF7`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x071V[`\x03\x82`\x03\x81\x11\x15a(\xA4Wa(\xA4a-\x87V[\x03a\x16XW`@Qc5\xE2\xF3\x83`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x071V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a(\xFEWP_\x91P`\x03\x90P\x82a)\x83V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a)OW=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a)zWP_\x92P`\x01\x91P\x82\x90Pa)\x83V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x18RW__\xFD[_` \x82\x84\x03\x12\x15a)\xB1W__\xFD[\x815a)\xBC\x81a)\x8DV[\x93\x92PPPV[a\xFF\xFF\x81\x16\x81\x14a\x18RW__\xFD[_` \x82\x84\x03\x12\x15a)\xE2W__\xFD[\x815a)\xBC\x81a)\xC3V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x18RW__\xFD[_` \x82\x84\x03\x12\x15a*\x11W__\xFD[\x815a)\xBC\x81a)\xEDV[_` \x82\x84\x03\x12\x15a*,W__\xFD[P5\x91\x90PV[__\x83`\x1F\x84\x01\x12a*CW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a*YW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a*pW__\xFD[\x92P\x92\x90PV[____``\x85\x87\x03\x12\x15a*\x8AW__\xFD[\x845a*\x95\x81a)\xEDV[\x93P` \x85\x015a*\xA5\x81a)\xC3V[\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xBFW__\xFD[a*\xCB\x87\x82\x88\x01a*3V[\x95\x98\x94\x97P\x95PPPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[`\xFF`\xF8\x1B\x88\x16\x81R`\xE0` \x82\x01R_a+#`\xE0\x83\x01\x89a*\xD7V[\x82\x81\x03`@\x84\x01Ra+5\x81\x89a*\xD7V[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a+\x8AW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a+lV[P\x90\x9B\x9APPPPPPPPPPPV[_____`\xA0\x86\x88\x03\x12\x15a+\xAFW__\xFD[\x855a+\xBA\x81a)\xEDV[\x94P` \x86\x015\x93P`@\x86\x015\x92P``\x86\x015a+\xD8\x81a)\x8DV[\x91P`\x80\x86\x015a+\xE8\x81a)\xEDV[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[____`\x80\x85\x87\x03\x12\x15a,\tW__\xFD[\x845a,\x14\x81a)\xEDV[\x93P` \x85\x015`\x03\x81\x10a,'W__\xFD[\x93\x96\x93\x95PPPP`@\x82\x015\x91``\x015\x90V[_`\xA0\x82\x84\x03\x12\x15a,LW__\xFD[P\x91\x90PV[______a\x01\x80\x87\x89\x03\x12\x15a,hW__\xFD[a,r\x88\x88a,<V[\x95P`\xA0\x87\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a,\x8CW__\xFD[a,\x98\x89\x82\x8A\x01a*3V[\x90\x96P\x94Pa,\xAC\x90P\x88`\xC0\x89\x01a,<V[\x92Pa\x01`\x87\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a,\xC7W__\xFD[a,\xD3\x89\x82\x8A\x01a*3V[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[_`\xA0\x82\x84\x03\x12\x15a,\xF5W__\xFD[a)\xBC\x83\x83a,<V[\x80Qa-\n\x81a)\x8DV[\x91\x90PV[_` \x82\x84\x03\x12\x15a-\x1FW__\xFD[\x81Qa)\xBC\x81a)\x8DV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x17iWa\x17ia-*V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[__`@\x83\x85\x03\x12\x15a-vW__\xFD[PP\x80Q` \x90\x91\x01Q\x90\x92\x90\x91PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x80Qa-\n\x81a)\xEDV[\x80Qa-\n\x81a)\xC3V[\x80Q\x80\x15\x15\x81\x14a-\nW__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a-\nW__\xFD[\x80Qr\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a-\nW__\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a.\x07W__\xFD[P`@Qa\x01\0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a.7WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Ra.C\x83a-\x9BV[\x81Ra.Q` \x84\x01a-\xA6V[` \x82\x01Ra.b`@\x84\x01a-\xA6V[`@\x82\x01Ra.s``\x84\x01a,\xFFV[``\x82\x01Ra.\x84`\x80\x84\x01a-\xB1V[`\x80\x82\x01Ra.\x95`\xA0\x84\x01a,\xFFV[`\xA0\x82\x01Ra.\xA6`\xC0\x84\x01a-\xC0V[`\xC0\x82\x01Ra.\xB7`\xE0\x84\x01a-\xD3V[`\xE0\x82\x01R\x93\x92PPPV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x17iWa\x17ia-*V[a\xFF\xFF\x86\x16\x81R`\x01`\x01`@\x1B\x03\x85\x16` \x82\x01R`\x01`\x01`@\x1B\x03\x84\x16`@\x82\x01R`\x80``\x82\x01R\x81`\x80\x82\x01R\x81\x83`\xA0\x83\x017_\x81\x83\x01`\xA0\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01`\x1F\x19\x16\x01\x01\x94\x93PPPPV[_` \x82\x84\x03\x12\x15a/KW__\xFD[\x815`\xFF\x81\x16\x81\x14a)\xBCW__\xFD[_` \x82\x84\x03\x12\x15a/kW__\xFD[\x81Qa)\xBC\x81a)\xEDV[_` \x82\x84\x03\x12\x15a/\x86W__\xFD[PQ\x91\x90PV[_` \x82\x84\x03\x12\x15a/\x9DW__\xFD[\x81Qe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a)\xBCW__\xFD[a\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x17iWa\x17ia-*V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x17iWa\x17ia-*V[\x81\x81\x03\x81\x81\x11\x15a\x17iWa\x17ia-*V[`\x80\x81\x01`\x03\x86\x10a0\x16WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x94\x81R`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16` \x84\x01R`@\x83\x01\x91\x90\x91R``\x90\x91\x01R\x90V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD\xFE\xCD\xF1\xE7\xEA\xC5yN\xCC\x1D\x1B\xDB\xAB\xF5f\xF6#\xCB\xF8\xCBYK\xFC\xD3\"\xAF\xF6\xBE/\x9E\xE8\xE5\xB1\x18\x12P\xCD\x162\xD5j\xCCt{\x05\x93\xF3{J\xA0\x8E\xD7\x1D\xF6I(\xA8\xF3Y\x88\xDA\xCE\xA9\xF8\xFD\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ECDSAInvalidSignature()` and selector `0xf645eedf`.
```solidity
error ECDSAInvalidSignature();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ECDSAInvalidSignature;
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
        impl ::core::convert::From<ECDSAInvalidSignature> for UnderlyingRustTuple<'_> {
            fn from(value: ECDSAInvalidSignature) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ECDSAInvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ECDSAInvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ECDSAInvalidSignature()";
            const SELECTOR: [u8; 4] = [246u8, 69u8, 238u8, 223u8];
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
    /**Custom error with signature `ECDSAInvalidSignatureLength(uint256)` and selector `0xfce698f7`.
```solidity
error ECDSAInvalidSignatureLength(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ECDSAInvalidSignatureLength {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ECDSAInvalidSignatureLength>
        for UnderlyingRustTuple<'_> {
            fn from(value: ECDSAInvalidSignatureLength) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ECDSAInvalidSignatureLength {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ECDSAInvalidSignatureLength {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ECDSAInvalidSignatureLength(uint256)";
            const SELECTOR: [u8; 4] = [252u8, 230u8, 152u8, 247u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
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
    /**Custom error with signature `ECDSAInvalidSignatureS(bytes32)` and selector `0xd78bce0c`.
```solidity
error ECDSAInvalidSignatureS(bytes32 s);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ECDSAInvalidSignatureS {
        #[allow(missing_docs)]
        pub s: alloy::sol_types::private::FixedBytes<32>,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
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
        impl ::core::convert::From<ECDSAInvalidSignatureS> for UnderlyingRustTuple<'_> {
            fn from(value: ECDSAInvalidSignatureS) -> Self {
                (value.s,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ECDSAInvalidSignatureS {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { s: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ECDSAInvalidSignatureS {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ECDSAInvalidSignatureS(bytes32)";
            const SELECTOR: [u8; 4] = [215u8, 139u8, 206u8, 12u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.s),
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
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
```solidity
error InvalidShortString();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
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
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
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
    /**Custom error with signature `SlasherAlreadySlashed(address,uint256,uint256)` and selector `0xa3089e53`.
```solidity
error SlasherAlreadySlashed(address operator, uint256 rollupId, uint256 batchIndex);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherAlreadySlashed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub rollupId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub batchIndex: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<SlasherAlreadySlashed> for UnderlyingRustTuple<'_> {
            fn from(value: SlasherAlreadySlashed) -> Self {
                (value.operator, value.rollupId, value.batchIndex)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlasherAlreadySlashed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    operator: tuple.0,
                    rollupId: tuple.1,
                    batchIndex: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherAlreadySlashed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherAlreadySlashed(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [163u8, 8u8, 158u8, 83u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.batchIndex),
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
    /**Custom error with signature `SlasherEvidenceExpired(uint256,uint256)` and selector `0x0a74ea2f`.
```solidity
error SlasherEvidenceExpired(uint256 offenceTime, uint256 oldestAccepted);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherEvidenceExpired {
        #[allow(missing_docs)]
        pub offenceTime: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub oldestAccepted: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<SlasherEvidenceExpired> for UnderlyingRustTuple<'_> {
            fn from(value: SlasherEvidenceExpired) -> Self {
                (value.offenceTime, value.oldestAccepted)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlasherEvidenceExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    offenceTime: tuple.0,
                    oldestAccepted: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherEvidenceExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherEvidenceExpired(uint256,uint256)";
            const SELECTOR: [u8; 4] = [10u8, 116u8, 234u8, 47u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.offenceTime),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldestAccepted),
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
    /**Custom error with signature `SlasherInvalidParameter(bytes32,uint256)` and selector `0xd831ef5f`.
```solidity
error SlasherInvalidParameter(bytes32 name, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherInvalidParameter {
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
        impl ::core::convert::From<SlasherInvalidParameter> for UnderlyingRustTuple<'_> {
            fn from(value: SlasherInvalidParameter) -> Self {
                (value.name, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlasherInvalidParameter {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    name: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherInvalidParameter {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherInvalidParameter(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [216u8, 49u8, 239u8, 95u8];
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
    /**Custom error with signature `SlasherInvalidSignature()` and selector `0x459b5e82`.
```solidity
error SlasherInvalidSignature();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherInvalidSignature;
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
        impl ::core::convert::From<SlasherInvalidSignature> for UnderlyingRustTuple<'_> {
            fn from(value: SlasherInvalidSignature) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlasherInvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherInvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherInvalidSignature()";
            const SELECTOR: [u8; 4] = [69u8, 155u8, 94u8, 130u8];
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
    /**Custom error with signature `SlasherNotConflicting()` and selector `0xe4a5d940`.
```solidity
error SlasherNotConflicting();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherNotConflicting;
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
        impl ::core::convert::From<SlasherNotConflicting> for UnderlyingRustTuple<'_> {
            fn from(value: SlasherNotConflicting) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlasherNotConflicting {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherNotConflicting {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherNotConflicting()";
            const SELECTOR: [u8; 4] = [228u8, 165u8, 217u8, 64u8];
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
    /**Custom error with signature `SlasherOffenceAlreadyPunished(address,uint64,uint16)` and selector `0x36bc82d8`.
```solidity
error SlasherOffenceAlreadyPunished(address operator, uint64 periodSlashedAt, uint16 periodBips);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherOffenceAlreadyPunished {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub periodSlashedAt: u64,
        #[allow(missing_docs)]
        pub periodBips: u16,
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
            alloy::sol_types::sol_data::Uint<16>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u64, u16);
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
        impl ::core::convert::From<SlasherOffenceAlreadyPunished>
        for UnderlyingRustTuple<'_> {
            fn from(value: SlasherOffenceAlreadyPunished) -> Self {
                (value.operator, value.periodSlashedAt, value.periodBips)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SlasherOffenceAlreadyPunished {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    operator: tuple.0,
                    periodSlashedAt: tuple.1,
                    periodBips: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherOffenceAlreadyPunished {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherOffenceAlreadyPunished(address,uint64,uint16)";
            const SELECTOR: [u8; 4] = [54u8, 188u8, 130u8, 216u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.periodSlashedAt),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.periodBips),
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
    /**Custom error with signature `SlasherRequestNotExecutable(uint256)` and selector `0x722f4077`.
```solidity
error SlasherRequestNotExecutable(uint256 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherRequestNotExecutable {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<SlasherRequestNotExecutable>
        for UnderlyingRustTuple<'_> {
            fn from(value: SlasherRequestNotExecutable) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SlasherRequestNotExecutable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherRequestNotExecutable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherRequestNotExecutable(uint256)";
            const SELECTOR: [u8; 4] = [114u8, 47u8, 64u8, 119u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
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
    /**Custom error with signature `SlasherUnauthorized()` and selector `0x8a5b8744`.
```solidity
error SlasherUnauthorized();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherUnauthorized;
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
        impl ::core::convert::From<SlasherUnauthorized> for UnderlyingRustTuple<'_> {
            fn from(value: SlasherUnauthorized) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlasherUnauthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherUnauthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherUnauthorized()";
            const SELECTOR: [u8; 4] = [138u8, 91u8, 135u8, 68u8];
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
    /**Custom error with signature `SlasherUnknownRollup(uint256)` and selector `0xee7d3ae1`.
```solidity
error SlasherUnknownRollup(uint256 rollupId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlasherUnknownRollup {
        #[allow(missing_docs)]
        pub rollupId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<SlasherUnknownRollup> for UnderlyingRustTuple<'_> {
            fn from(value: SlasherUnknownRollup) -> Self {
                (value.rollupId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlasherUnknownRollup {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { rollupId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlasherUnknownRollup {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlasherUnknownRollup(uint256)";
            const SELECTOR: [u8; 4] = [238u8, 125u8, 58u8, 225u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupId),
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
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
```solidity
error StringTooLong(string str);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
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
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.str,
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
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
```solidity
event EIP712DomainChanged();
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
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
                (Self::SIGNATURE_HASH.into(),)
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
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OffenceAbsorbed(address,uint8,uint256,uint256,uint64,uint64,uint16,uint16,uint16)` and selector `0xffaf8c3f63b8cd1b0380e5ed5272fccfa84c15a4ace9548b6c76b3477ce87dac`.
```solidity
event OffenceAbsorbed(address indexed operator, ISlasher.SlashKind indexed kind, uint256 indexed rollupId, uint256 batchIndex, uint64 offenceTime, uint64 periodSlashedAt, uint16 periodBips, uint16 newBips, uint16 chargedBips);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OffenceAbsorbed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub kind: <ISlasher::SlashKind as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub rollupId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub batchIndex: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub offenceTime: u64,
        #[allow(missing_docs)]
        pub periodSlashedAt: u64,
        #[allow(missing_docs)]
        pub periodBips: u16,
        #[allow(missing_docs)]
        pub newBips: u16,
        #[allow(missing_docs)]
        pub chargedBips: u16,
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
        impl alloy_sol_types::SolEvent for OffenceAbsorbed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<16>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                ISlasher::SlashKind,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "OffenceAbsorbed(address,uint8,uint256,uint256,uint64,uint64,uint16,uint16,uint16)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                255u8, 175u8, 140u8, 63u8, 99u8, 184u8, 205u8, 27u8, 3u8, 128u8, 229u8,
                237u8, 82u8, 114u8, 252u8, 207u8, 168u8, 76u8, 21u8, 164u8, 172u8, 233u8,
                84u8, 139u8, 108u8, 118u8, 179u8, 71u8, 124u8, 232u8, 125u8, 172u8,
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
                    kind: topics.2,
                    rollupId: topics.3,
                    batchIndex: data.0,
                    offenceTime: data.1,
                    periodSlashedAt: data.2,
                    periodBips: data.3,
                    newBips: data.4,
                    chargedBips: data.5,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.batchIndex),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.offenceTime),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.periodSlashedAt),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.periodBips),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBips),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.chargedBips),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.operator.clone(),
                    self.kind.clone(),
                    self.rollupId.clone(),
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
                out[2usize] = <ISlasher::SlashKind as alloy_sol_types::EventTopic>::encode_topic(
                    &self.kind,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.rollupId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OffenceAbsorbed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OffenceAbsorbed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OffenceAbsorbed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OperatorSlashed(address,uint8,uint256,uint256,uint256,address,uint256,uint256)` and selector `0x51f9054f18aabc2e72abe1cd4780be2f2b9940a0d669b802890be9557c92dca6`.
```solidity
event OperatorSlashed(address indexed operator, ISlasher.SlashKind indexed kind, uint256 indexed rollupId, uint256 batchIndex, uint256 amount, address reporter, uint256 reporterReward, uint256 treasuryAmount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OperatorSlashed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub kind: <ISlasher::SlashKind as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub rollupId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub batchIndex: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reporterReward: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub treasuryAmount: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for OperatorSlashed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                ISlasher::SlashKind,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "OperatorSlashed(address,uint8,uint256,uint256,uint256,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                81u8, 249u8, 5u8, 79u8, 24u8, 170u8, 188u8, 46u8, 114u8, 171u8, 225u8,
                205u8, 71u8, 128u8, 190u8, 47u8, 43u8, 153u8, 64u8, 160u8, 214u8, 105u8,
                184u8, 2u8, 137u8, 11u8, 233u8, 85u8, 124u8, 146u8, 220u8, 166u8,
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
                    kind: topics.2,
                    rollupId: topics.3,
                    batchIndex: data.0,
                    amount: data.1,
                    reporter: data.2,
                    reporterReward: data.3,
                    treasuryAmount: data.4,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.batchIndex),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reporterReward),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.treasuryAmount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.operator.clone(),
                    self.kind.clone(),
                    self.rollupId.clone(),
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
                out[2usize] = <ISlasher::SlashKind as alloy_sol_types::EventTopic>::encode_topic(
                    &self.kind,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.rollupId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OperatorSlashed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OperatorSlashed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OperatorSlashed) -> alloy_sol_types::private::LogData {
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
    /**Event with signature `SlashExecuted(uint256,uint256)` and selector `0x43b372a8e5bd8930cceca3e2af95f150d2ef6c242bc707e8a53f67cb78c1a063`.
```solidity
event SlashExecuted(uint256 indexed requestId, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlashExecuted {
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
        impl alloy_sol_types::SolEvent for SlashExecuted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "SlashExecuted(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                67u8, 179u8, 114u8, 168u8, 229u8, 189u8, 137u8, 48u8, 204u8, 236u8,
                163u8, 226u8, 175u8, 149u8, 241u8, 80u8, 210u8, 239u8, 108u8, 36u8, 43u8,
                199u8, 7u8, 232u8, 165u8, 63u8, 103u8, 203u8, 120u8, 193u8, 160u8, 99u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
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
                (Self::SIGNATURE_HASH.into(), self.requestId.clone())
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlashExecuted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlashExecuted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlashExecuted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlashRequested(uint256,address,uint16,uint64,uint64,string)` and selector `0xcfacb8d0957820fd2dd755c016eb8ffe3efa89b3727b7665bd34d1b7ed5a502c`.
```solidity
event SlashRequested(uint256 indexed requestId, address indexed operator, uint16 bips, uint64 executableAt, uint64 expiresAt, string reason);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlashRequested {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bips: u16,
        #[allow(missing_docs)]
        pub executableAt: u64,
        #[allow(missing_docs)]
        pub expiresAt: u64,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for SlashRequested {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SlashRequested(uint256,address,uint16,uint64,uint64,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                207u8, 172u8, 184u8, 208u8, 149u8, 120u8, 32u8, 253u8, 45u8, 215u8, 85u8,
                192u8, 22u8, 235u8, 143u8, 254u8, 62u8, 250u8, 137u8, 179u8, 114u8,
                123u8, 118u8, 101u8, 189u8, 52u8, 209u8, 183u8, 237u8, 90u8, 80u8, 44u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    operator: topics.2,
                    bips: data.0,
                    executableAt: data.1,
                    expiresAt: data.2,
                    reason: data.3,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.executableAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.operator.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlashRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlashRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlashRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SlashVetoed(uint256)` and selector `0xd9fba74120cb5b56f7c56d9b79b9051b8b1424920196e546bb84cf19a646a72c`.
```solidity
event SlashVetoed(uint256 indexed requestId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SlashVetoed {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for SlashVetoed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "SlashVetoed(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                217u8, 251u8, 167u8, 65u8, 32u8, 203u8, 91u8, 86u8, 247u8, 197u8, 109u8,
                155u8, 121u8, 185u8, 5u8, 27u8, 139u8, 20u8, 36u8, 146u8, 1u8, 150u8,
                229u8, 70u8, 187u8, 132u8, 207u8, 25u8, 166u8, 70u8, 167u8, 44u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { requestId: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.requestId.clone())
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SlashVetoed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SlashVetoed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SlashVetoed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address staking_, address token_, address owner_, address treasury_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub staking_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub token_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub owner_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.staking_, value.token_, value.owner_, value.treasury_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        staking_: tuple.0,
                        token_: tuple.1,
                        owner_: tuple.2,
                        treasury_: tuple.3,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
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
                        &self.staking_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `BATCH_COMMITMENT_TYPEHASH()` and selector `0x0020af37`.
```solidity
function BATCH_COMMITMENT_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BATCH_COMMITMENT_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`BATCH_COMMITMENT_TYPEHASH()`](BATCH_COMMITMENT_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BATCH_COMMITMENT_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<BATCH_COMMITMENT_TYPEHASHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: BATCH_COMMITMENT_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for BATCH_COMMITMENT_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
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
            impl ::core::convert::From<BATCH_COMMITMENT_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: BATCH_COMMITMENT_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for BATCH_COMMITMENT_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for BATCH_COMMITMENT_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BATCH_COMMITMENT_TYPEHASH()";
            const SELECTOR: [u8; 4] = [0u8, 32u8, 175u8, 55u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: BATCH_COMMITMENT_TYPEHASHReturn = r.into();
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
                        let r: BATCH_COMMITMENT_TYPEHASHReturn = r.into();
                        r._0
                    })
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
    /**Function with signature `GOVERNANCE_ROLLUP_ID()` and selector `0xa00f2b58`.
```solidity
function GOVERNANCE_ROLLUP_ID() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GOVERNANCE_ROLLUP_IDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`GOVERNANCE_ROLLUP_ID()`](GOVERNANCE_ROLLUP_IDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GOVERNANCE_ROLLUP_IDReturn {
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
            impl ::core::convert::From<GOVERNANCE_ROLLUP_IDCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: GOVERNANCE_ROLLUP_IDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for GOVERNANCE_ROLLUP_IDCall {
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
            impl ::core::convert::From<GOVERNANCE_ROLLUP_IDReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: GOVERNANCE_ROLLUP_IDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for GOVERNANCE_ROLLUP_IDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for GOVERNANCE_ROLLUP_IDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GOVERNANCE_ROLLUP_ID()";
            const SELECTOR: [u8; 4] = [160u8, 15u8, 43u8, 88u8];
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
                        let r: GOVERNANCE_ROLLUP_IDReturn = r.into();
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
                        let r: GOVERNANCE_ROLLUP_IDReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commitmentDigest((uint256,uint256,bytes32,uint64,uint8))` and selector `0xead9a069`.
```solidity
function commitmentDigest(ISlasher.BatchCommitment memory c) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitmentDigestCall {
        #[allow(missing_docs)]
        pub c: <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`commitmentDigest((uint256,uint256,bytes32,uint64,uint8))`](commitmentDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitmentDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
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
            type UnderlyingSolTuple<'a> = (ISlasher::BatchCommitment,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<commitmentDigestCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: commitmentDigestCall) -> Self {
                    (value.c,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commitmentDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { c: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
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
            impl ::core::convert::From<commitmentDigestReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: commitmentDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commitmentDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitmentDigestCall {
            type Parameters<'a> = (ISlasher::BatchCommitment,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commitmentDigest((uint256,uint256,bytes32,uint64,uint8))";
            const SELECTOR: [u8; 4] = [234u8, 217u8, 160u8, 105u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISlasher::BatchCommitment as alloy_sol_types::SolType>::tokenize(
                        &self.c,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: commitmentDigestReturn = r.into();
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
                        let r: commitmentDigestReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `domainSeparator()` and selector `0xf698da25`.
```solidity
function domainSeparator() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct domainSeparatorCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`domainSeparator()`](domainSeparatorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct domainSeparatorReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<domainSeparatorCall> for UnderlyingRustTuple<'_> {
                fn from(value: domainSeparatorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for domainSeparatorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
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
            impl ::core::convert::From<domainSeparatorReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: domainSeparatorReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for domainSeparatorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for domainSeparatorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "domainSeparator()";
            const SELECTOR: [u8; 4] = [246u8, 152u8, 218u8, 37u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: domainSeparatorReturn = r.into();
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
                        let r: domainSeparatorReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
```solidity
function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(
                &self,
            ) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
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
                eip712DomainReturn::_tokenize(ret)
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
    /**Function with signature `executeSlash(uint256)` and selector `0x69ae9af8`.
```solidity
function executeSlash(uint256 requestId) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct executeSlashCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`executeSlash(uint256)`](executeSlashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct executeSlashReturn {
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
            impl ::core::convert::From<executeSlashCall> for UnderlyingRustTuple<'_> {
                fn from(value: executeSlashCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for executeSlashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
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
            impl ::core::convert::From<executeSlashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: executeSlashReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for executeSlashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for executeSlashCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "executeSlash(uint256)";
            const SELECTOR: [u8; 4] = [105u8, 174u8, 154u8, 248u8];
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
                        let r: executeSlashReturn = r.into();
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
                        let r: executeSlashReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `fraudBips()` and selector `0x2d432eaf`.
```solidity
function fraudBips() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fraudBipsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`fraudBips()`](fraudBipsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fraudBipsReturn {
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
            impl ::core::convert::From<fraudBipsCall> for UnderlyingRustTuple<'_> {
                fn from(value: fraudBipsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fraudBipsCall {
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
            impl ::core::convert::From<fraudBipsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: fraudBipsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fraudBipsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for fraudBipsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "fraudBips()";
            const SELECTOR: [u8; 4] = [45u8, 67u8, 46u8, 175u8];
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
                        let r: fraudBipsReturn = r.into();
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
                        let r: fraudBipsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `governor()` and selector `0x0c340a24`.
```solidity
function governor() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct governorCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`governor()`](governorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct governorReturn {
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
            impl ::core::convert::From<governorCall> for UnderlyingRustTuple<'_> {
                fn from(value: governorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for governorCall {
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
            impl ::core::convert::From<governorReturn> for UnderlyingRustTuple<'_> {
                fn from(value: governorReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for governorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for governorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "governor()";
            const SELECTOR: [u8; 4] = [12u8, 52u8, 10u8, 36u8];
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
                        let r: governorReturn = r.into();
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
                        let r: governorReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isSlashed(address,uint8,uint256,uint256)` and selector `0xa16b7482`.
```solidity
function isSlashed(address operator, ISlasher.SlashKind kind, uint256 rollupId, uint256 batchIndex) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isSlashedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub kind: <ISlasher::SlashKind as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub rollupId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub batchIndex: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isSlashed(address,uint8,uint256,uint256)`](isSlashedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isSlashedReturn {
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
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                ISlasher::SlashKind,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <ISlasher::SlashKind as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<isSlashedCall> for UnderlyingRustTuple<'_> {
                fn from(value: isSlashedCall) -> Self {
                    (value.operator, value.kind, value.rollupId, value.batchIndex)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isSlashedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        kind: tuple.1,
                        rollupId: tuple.2,
                        batchIndex: tuple.3,
                    }
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
            impl ::core::convert::From<isSlashedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isSlashedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isSlashedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isSlashedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                ISlasher::SlashKind,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isSlashed(address,uint8,uint256,uint256)";
            const SELECTOR: [u8; 4] = [161u8, 107u8, 116u8, 130u8];
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
                    <ISlasher::SlashKind as alloy_sol_types::SolType>::tokenize(
                        &self.kind,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.batchIndex),
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
                        let r: isSlashedReturn = r.into();
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
                        let r: isSlashedReturn = r.into();
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
    /**Function with signature `parameters()` and selector `0x89035730`.
```solidity
function parameters() external view returns (uint16 equivocationBips, uint16 fraudBips_, uint16 reporterBips, uint64 jailDuration, uint64 vetoWindow_, address treasury, address vetoer, address fraudProver);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct parametersCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`parameters()`](parametersCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct parametersReturn {
        #[allow(missing_docs)]
        pub equivocationBips: u16,
        #[allow(missing_docs)]
        pub fraudBips_: u16,
        #[allow(missing_docs)]
        pub reporterBips: u16,
        #[allow(missing_docs)]
        pub jailDuration: u64,
        #[allow(missing_docs)]
        pub vetoWindow_: u64,
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub vetoer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub fraudProver: alloy::sol_types::private::Address,
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
            impl ::core::convert::From<parametersCall> for UnderlyingRustTuple<'_> {
                fn from(value: parametersCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for parametersCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u16,
                u16,
                u16,
                u64,
                u64,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<parametersReturn> for UnderlyingRustTuple<'_> {
                fn from(value: parametersReturn) -> Self {
                    (
                        value.equivocationBips,
                        value.fraudBips_,
                        value.reporterBips,
                        value.jailDuration,
                        value.vetoWindow_,
                        value.treasury,
                        value.vetoer,
                        value.fraudProver,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for parametersReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        equivocationBips: tuple.0,
                        fraudBips_: tuple.1,
                        reporterBips: tuple.2,
                        jailDuration: tuple.3,
                        vetoWindow_: tuple.4,
                        treasury: tuple.5,
                        vetoer: tuple.6,
                        fraudProver: tuple.7,
                    }
                }
            }
        }
        impl parametersReturn {
            fn _tokenize(
                &self,
            ) -> <parametersCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.equivocationBips),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.fraudBips_),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.reporterBips),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.jailDuration),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.vetoWindow_),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.vetoer,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.fraudProver,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for parametersCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = parametersReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "parameters()";
            const SELECTOR: [u8; 4] = [137u8, 3u8, 87u8, 48u8];
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
                parametersReturn::_tokenize(ret)
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
    /**Function with signature `requestSlash(address,uint16,string)` and selector `0x795a8d0b`.
```solidity
function requestSlash(address operator, uint16 bips, string memory reason) external returns (uint256 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestSlashCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bips: u16,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestSlash(address,uint16,string)`](requestSlashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestSlashReturn {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u16,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<requestSlashCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestSlashCall) -> Self {
                    (value.operator, value.bips, value.reason)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestSlashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        bips: tuple.1,
                        reason: tuple.2,
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
            impl ::core::convert::From<requestSlashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestSlashReturn) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestSlashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestSlashCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestSlash(address,uint16,string)";
            const SELECTOR: [u8; 4] = [121u8, 90u8, 141u8, 11u8];
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
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
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
                        let r: requestSlashReturn = r.into();
                        r.requestId
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
                        let r: requestSlashReturn = r.into();
                        r.requestId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setEquivocationBips(uint16)` and selector `0x72e31ffa`.
```solidity
function setEquivocationBips(uint16 bips) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEquivocationBipsCall {
        #[allow(missing_docs)]
        pub bips: u16,
    }
    ///Container type for the return parameters of the [`setEquivocationBips(uint16)`](setEquivocationBipsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEquivocationBipsReturn {}
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
            impl ::core::convert::From<setEquivocationBipsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEquivocationBipsCall) -> Self {
                    (value.bips,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEquivocationBipsCall {
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
            impl ::core::convert::From<setEquivocationBipsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEquivocationBipsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEquivocationBipsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setEquivocationBipsReturn {
            fn _tokenize(
                &self,
            ) -> <setEquivocationBipsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEquivocationBipsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEquivocationBipsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setEquivocationBips(uint16)";
            const SELECTOR: [u8; 4] = [114u8, 227u8, 31u8, 250u8];
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
                setEquivocationBipsReturn::_tokenize(ret)
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
    /**Function with signature `setFraudBips(uint16)` and selector `0x3024a3e7`.
```solidity
function setFraudBips(uint16 bips) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setFraudBipsCall {
        #[allow(missing_docs)]
        pub bips: u16,
    }
    ///Container type for the return parameters of the [`setFraudBips(uint16)`](setFraudBipsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setFraudBipsReturn {}
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
            impl ::core::convert::From<setFraudBipsCall> for UnderlyingRustTuple<'_> {
                fn from(value: setFraudBipsCall) -> Self {
                    (value.bips,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setFraudBipsCall {
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
            impl ::core::convert::From<setFraudBipsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setFraudBipsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setFraudBipsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setFraudBipsReturn {
            fn _tokenize(
                &self,
            ) -> <setFraudBipsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setFraudBipsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setFraudBipsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setFraudBips(uint16)";
            const SELECTOR: [u8; 4] = [48u8, 36u8, 163u8, 231u8];
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
                setFraudBipsReturn::_tokenize(ret)
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
    /**Function with signature `setFraudProver(address)` and selector `0x3fa77bb4`.
```solidity
function setFraudProver(address prover) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setFraudProverCall {
        #[allow(missing_docs)]
        pub prover: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setFraudProver(address)`](setFraudProverCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setFraudProverReturn {}
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
            impl ::core::convert::From<setFraudProverCall> for UnderlyingRustTuple<'_> {
                fn from(value: setFraudProverCall) -> Self {
                    (value.prover,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setFraudProverCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { prover: tuple.0 }
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
            impl ::core::convert::From<setFraudProverReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setFraudProverReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setFraudProverReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setFraudProverReturn {
            fn _tokenize(
                &self,
            ) -> <setFraudProverCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setFraudProverCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setFraudProverReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setFraudProver(address)";
            const SELECTOR: [u8; 4] = [63u8, 167u8, 123u8, 180u8];
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
                        &self.prover,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setFraudProverReturn::_tokenize(ret)
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
    /**Function with signature `setGovernor(address)` and selector `0xc42cf535`.
```solidity
function setGovernor(address governor_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setGovernorCall {
        #[allow(missing_docs)]
        pub governor_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setGovernor(address)`](setGovernorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setGovernorReturn {}
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
            impl ::core::convert::From<setGovernorCall> for UnderlyingRustTuple<'_> {
                fn from(value: setGovernorCall) -> Self {
                    (value.governor_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setGovernorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { governor_: tuple.0 }
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
            impl ::core::convert::From<setGovernorReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setGovernorReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setGovernorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setGovernorReturn {
            fn _tokenize(
                &self,
            ) -> <setGovernorCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setGovernorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setGovernorReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setGovernor(address)";
            const SELECTOR: [u8; 4] = [196u8, 44u8, 245u8, 53u8];
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
                        &self.governor_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setGovernorReturn::_tokenize(ret)
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
    /**Function with signature `setJailDuration(uint64)` and selector `0x5dcc30bb`.
```solidity
function setJailDuration(uint64 duration) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setJailDurationCall {
        #[allow(missing_docs)]
        pub duration: u64,
    }
    ///Container type for the return parameters of the [`setJailDuration(uint64)`](setJailDurationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setJailDurationReturn {}
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
            impl ::core::convert::From<setJailDurationCall> for UnderlyingRustTuple<'_> {
                fn from(value: setJailDurationCall) -> Self {
                    (value.duration,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setJailDurationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { duration: tuple.0 }
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
            impl ::core::convert::From<setJailDurationReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setJailDurationReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setJailDurationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setJailDurationReturn {
            fn _tokenize(
                &self,
            ) -> <setJailDurationCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setJailDurationCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setJailDurationReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setJailDuration(uint64)";
            const SELECTOR: [u8; 4] = [93u8, 204u8, 48u8, 187u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setJailDurationReturn::_tokenize(ret)
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
    /**Function with signature `setReporterBips(uint16)` and selector `0xb88b4b53`.
```solidity
function setReporterBips(uint16 bips) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setReporterBipsCall {
        #[allow(missing_docs)]
        pub bips: u16,
    }
    ///Container type for the return parameters of the [`setReporterBips(uint16)`](setReporterBipsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setReporterBipsReturn {}
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
            impl ::core::convert::From<setReporterBipsCall> for UnderlyingRustTuple<'_> {
                fn from(value: setReporterBipsCall) -> Self {
                    (value.bips,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setReporterBipsCall {
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
            impl ::core::convert::From<setReporterBipsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setReporterBipsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setReporterBipsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setReporterBipsReturn {
            fn _tokenize(
                &self,
            ) -> <setReporterBipsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setReporterBipsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setReporterBipsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setReporterBips(uint16)";
            const SELECTOR: [u8; 4] = [184u8, 139u8, 75u8, 83u8];
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
                setReporterBipsReturn::_tokenize(ret)
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
    /**Function with signature `setTreasury(address)` and selector `0xf0f44260`.
```solidity
function setTreasury(address treasury_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryCall {
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setTreasury(address)`](setTreasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryReturn {}
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
            impl ::core::convert::From<setTreasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryCall) -> Self {
                    (value.treasury_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { treasury_: tuple.0 }
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
            impl ::core::convert::From<setTreasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setTreasuryReturn {
            fn _tokenize(
                &self,
            ) -> <setTreasuryCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setTreasuryCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setTreasuryReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setTreasury(address)";
            const SELECTOR: [u8; 4] = [240u8, 244u8, 66u8, 96u8];
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
                        &self.treasury_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setTreasuryReturn::_tokenize(ret)
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
    /**Function with signature `setVetoWindow(uint64)` and selector `0x1d86d77a`.
```solidity
function setVetoWindow(uint64 window) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVetoWindowCall {
        #[allow(missing_docs)]
        pub window: u64,
    }
    ///Container type for the return parameters of the [`setVetoWindow(uint64)`](setVetoWindowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVetoWindowReturn {}
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
            impl ::core::convert::From<setVetoWindowCall> for UnderlyingRustTuple<'_> {
                fn from(value: setVetoWindowCall) -> Self {
                    (value.window,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setVetoWindowCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { window: tuple.0 }
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
            impl ::core::convert::From<setVetoWindowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setVetoWindowReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setVetoWindowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setVetoWindowReturn {
            fn _tokenize(
                &self,
            ) -> <setVetoWindowCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setVetoWindowCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setVetoWindowReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setVetoWindow(uint64)";
            const SELECTOR: [u8; 4] = [29u8, 134u8, 215u8, 122u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.window),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setVetoWindowReturn::_tokenize(ret)
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
    /**Function with signature `setVetoer(address)` and selector `0xd152a32e`.
```solidity
function setVetoer(address vetoer_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVetoerCall {
        #[allow(missing_docs)]
        pub vetoer_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setVetoer(address)`](setVetoerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVetoerReturn {}
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
            impl ::core::convert::From<setVetoerCall> for UnderlyingRustTuple<'_> {
                fn from(value: setVetoerCall) -> Self {
                    (value.vetoer_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setVetoerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { vetoer_: tuple.0 }
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
            impl ::core::convert::From<setVetoerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setVetoerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setVetoerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setVetoerReturn {
            fn _tokenize(
                &self,
            ) -> <setVetoerCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setVetoerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setVetoerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setVetoer(address)";
            const SELECTOR: [u8; 4] = [209u8, 82u8, 163u8, 46u8];
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
                        &self.vetoer_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setVetoerReturn::_tokenize(ret)
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
    /**Function with signature `slashEquivocation((uint256,uint256,bytes32,uint64,uint8),bytes,(uint256,uint256,bytes32,uint64,uint8),bytes)` and selector `0xb67bc179`.
```solidity
function slashEquivocation(ISlasher.BatchCommitment memory a, bytes memory sigA, ISlasher.BatchCommitment memory b, bytes memory sigB) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashEquivocationCall {
        #[allow(missing_docs)]
        pub a: <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sigA: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub b: <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sigB: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashEquivocation((uint256,uint256,bytes32,uint64,uint8),bytes,(uint256,uint256,bytes32,uint64,uint8),bytes)`](slashEquivocationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashEquivocationReturn {
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
                ISlasher::BatchCommitment,
                alloy::sol_types::sol_data::Bytes,
                ISlasher::BatchCommitment,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<slashEquivocationCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: slashEquivocationCall) -> Self {
                    (value.a, value.sigA, value.b, value.sigB)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for slashEquivocationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        a: tuple.0,
                        sigA: tuple.1,
                        b: tuple.2,
                        sigB: tuple.3,
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
            impl ::core::convert::From<slashEquivocationReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: slashEquivocationReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for slashEquivocationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashEquivocationCall {
            type Parameters<'a> = (
                ISlasher::BatchCommitment,
                alloy::sol_types::sol_data::Bytes,
                ISlasher::BatchCommitment,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashEquivocation((uint256,uint256,bytes32,uint64,uint8),bytes,(uint256,uint256,bytes32,uint64,uint8),bytes)";
            const SELECTOR: [u8; 4] = [182u8, 123u8, 193u8, 121u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISlasher::BatchCommitment as alloy_sol_types::SolType>::tokenize(
                        &self.a,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.sigA,
                    ),
                    <ISlasher::BatchCommitment as alloy_sol_types::SolType>::tokenize(
                        &self.b,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.sigB,
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
                        let r: slashEquivocationReturn = r.into();
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
                        let r: slashEquivocationReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashForFraud(address,uint256,uint256,uint64,address)` and selector `0x9c0c9629`.
```solidity
function slashForFraud(address operator, uint256 rollupId, uint256 batchIndex, uint64 postedAt, address challenger) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashForFraudCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub rollupId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub batchIndex: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub postedAt: u64,
        #[allow(missing_docs)]
        pub challenger: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashForFraud(address,uint256,uint256,uint64,address)`](slashForFraudCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashForFraudReturn {
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                u64,
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
            impl ::core::convert::From<slashForFraudCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashForFraudCall) -> Self {
                    (
                        value.operator,
                        value.rollupId,
                        value.batchIndex,
                        value.postedAt,
                        value.challenger,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashForFraudCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        rollupId: tuple.1,
                        batchIndex: tuple.2,
                        postedAt: tuple.3,
                        challenger: tuple.4,
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
            impl ::core::convert::From<slashForFraudReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashForFraudReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashForFraudReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashForFraudCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
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
            const SIGNATURE: &'static str = "slashForFraud(address,uint256,uint256,uint64,address)";
            const SELECTOR: [u8; 4] = [156u8, 12u8, 150u8, 41u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.batchIndex),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.postedAt),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.challenger,
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
                        let r: slashForFraudReturn = r.into();
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
                        let r: slashForFraudReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashLatency()` and selector `0x673b24f2`.
```solidity
function slashLatency() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashLatencyCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashLatency()`](slashLatencyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashLatencyReturn {
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
            impl ::core::convert::From<slashLatencyCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashLatencyCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashLatencyCall {
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
            impl ::core::convert::From<slashLatencyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashLatencyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashLatencyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashLatencyCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashLatency()";
            const SELECTOR: [u8; 4] = [103u8, 59u8, 36u8, 242u8];
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
                        let r: slashLatencyReturn = r.into();
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
                        let r: slashLatencyReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashRequest(uint256)` and selector `0x7d15371e`.
```solidity
function slashRequest(uint256 requestId) external view returns (ISlasher.SlashRequest memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashRequestCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashRequest(uint256)`](slashRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashRequestReturn {
        #[allow(missing_docs)]
        pub _0: <ISlasher::SlashRequest as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<slashRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashRequestCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISlasher::SlashRequest,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISlasher::SlashRequest as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<slashRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashRequestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashRequestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ISlasher::SlashRequest as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISlasher::SlashRequest,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashRequest(uint256)";
            const SELECTOR: [u8; 4] = [125u8, 21u8, 55u8, 30u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<ISlasher::SlashRequest as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slashRequestReturn = r.into();
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
                        let r: slashRequestReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashRequestCount()` and selector `0xa2477dac`.
```solidity
function slashRequestCount() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashRequestCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashRequestCount()`](slashRequestCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashRequestCountReturn {
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
            impl ::core::convert::From<slashRequestCountCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: slashRequestCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for slashRequestCountCall {
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
            impl ::core::convert::From<slashRequestCountReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: slashRequestCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for slashRequestCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashRequestCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashRequestCount()";
            const SELECTOR: [u8; 4] = [162u8, 71u8, 125u8, 172u8];
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
                        let r: slashRequestCountReturn = r.into();
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
                        let r: slashRequestCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashingPeriod(address)` and selector `0x44e47033`.
```solidity
function slashingPeriod(address operator) external view returns (ISlasher.SlashingPeriod memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashingPeriodCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashingPeriod(address)`](slashingPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashingPeriodReturn {
        #[allow(missing_docs)]
        pub _0: <ISlasher::SlashingPeriod as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<slashingPeriodCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashingPeriodCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashingPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISlasher::SlashingPeriod,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISlasher::SlashingPeriod as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<slashingPeriodReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: slashingPeriodReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for slashingPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashingPeriodCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ISlasher::SlashingPeriod as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISlasher::SlashingPeriod,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashingPeriod(address)";
            const SELECTOR: [u8; 4] = [68u8, 228u8, 112u8, 51u8];
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
                (<ISlasher::SlashingPeriod as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slashingPeriodReturn = r.into();
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
                        let r: slashingPeriodReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `staking()` and selector `0x4cf088d9`.
```solidity
function staking() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`staking()`](stakingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingReturn {
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
            impl ::core::convert::From<stakingCall> for UnderlyingRustTuple<'_> {
                fn from(value: stakingCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakingCall {
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
            impl ::core::convert::From<stakingReturn> for UnderlyingRustTuple<'_> {
                fn from(value: stakingReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakingCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "staking()";
            const SELECTOR: [u8; 4] = [76u8, 240u8, 136u8, 217u8];
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
                        let r: stakingReturn = r.into();
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
                        let r: stakingReturn = r.into();
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
    /**Function with signature `vetoSlash(uint256)` and selector `0x7ac0931a`.
```solidity
function vetoSlash(uint256 requestId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct vetoSlashCall {
        #[allow(missing_docs)]
        pub requestId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`vetoSlash(uint256)`](vetoSlashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct vetoSlashReturn {}
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
            impl ::core::convert::From<vetoSlashCall> for UnderlyingRustTuple<'_> {
                fn from(value: vetoSlashCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for vetoSlashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
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
            impl ::core::convert::From<vetoSlashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: vetoSlashReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for vetoSlashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl vetoSlashReturn {
            fn _tokenize(
                &self,
            ) -> <vetoSlashCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for vetoSlashCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = vetoSlashReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "vetoSlash(uint256)";
            const SELECTOR: [u8; 4] = [122u8, 192u8, 147u8, 26u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                vetoSlashReturn::_tokenize(ret)
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
    /**Function with signature `vetoWindow()` and selector `0x514194f3`.
```solidity
function vetoWindow() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct vetoWindowCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`vetoWindow()`](vetoWindowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct vetoWindowReturn {
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
            impl ::core::convert::From<vetoWindowCall> for UnderlyingRustTuple<'_> {
                fn from(value: vetoWindowCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for vetoWindowCall {
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
            impl ::core::convert::From<vetoWindowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: vetoWindowReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for vetoWindowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for vetoWindowCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "vetoWindow()";
            const SELECTOR: [u8; 4] = [81u8, 65u8, 148u8, 243u8];
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
                        let r: vetoWindowReturn = r.into();
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
                        let r: vetoWindowReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`Slasher`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum SlasherCalls {
        #[allow(missing_docs)]
        BATCH_COMMITMENT_TYPEHASH(BATCH_COMMITMENT_TYPEHASHCall),
        #[allow(missing_docs)]
        BIPS(BIPSCall),
        #[allow(missing_docs)]
        GOVERNANCE_ROLLUP_ID(GOVERNANCE_ROLLUP_IDCall),
        #[allow(missing_docs)]
        commitmentDigest(commitmentDigestCall),
        #[allow(missing_docs)]
        domainSeparator(domainSeparatorCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        executeSlash(executeSlashCall),
        #[allow(missing_docs)]
        fraudBips(fraudBipsCall),
        #[allow(missing_docs)]
        governor(governorCall),
        #[allow(missing_docs)]
        isSlashed(isSlashedCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        parameters(parametersCall),
        #[allow(missing_docs)]
        renounceOwnership(renounceOwnershipCall),
        #[allow(missing_docs)]
        requestSlash(requestSlashCall),
        #[allow(missing_docs)]
        setEquivocationBips(setEquivocationBipsCall),
        #[allow(missing_docs)]
        setFraudBips(setFraudBipsCall),
        #[allow(missing_docs)]
        setFraudProver(setFraudProverCall),
        #[allow(missing_docs)]
        setGovernor(setGovernorCall),
        #[allow(missing_docs)]
        setJailDuration(setJailDurationCall),
        #[allow(missing_docs)]
        setReporterBips(setReporterBipsCall),
        #[allow(missing_docs)]
        setTreasury(setTreasuryCall),
        #[allow(missing_docs)]
        setVetoWindow(setVetoWindowCall),
        #[allow(missing_docs)]
        setVetoer(setVetoerCall),
        #[allow(missing_docs)]
        slashEquivocation(slashEquivocationCall),
        #[allow(missing_docs)]
        slashForFraud(slashForFraudCall),
        #[allow(missing_docs)]
        slashLatency(slashLatencyCall),
        #[allow(missing_docs)]
        slashRequest(slashRequestCall),
        #[allow(missing_docs)]
        slashRequestCount(slashRequestCountCall),
        #[allow(missing_docs)]
        slashingPeriod(slashingPeriodCall),
        #[allow(missing_docs)]
        staking(stakingCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        transferOwnership(transferOwnershipCall),
        #[allow(missing_docs)]
        vetoSlash(vetoSlashCall),
        #[allow(missing_docs)]
        vetoWindow(vetoWindowCall),
    }
    impl SlasherCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [0u8, 32u8, 175u8, 55u8],
            [12u8, 52u8, 10u8, 36u8],
            [29u8, 134u8, 215u8, 122u8],
            [45u8, 67u8, 46u8, 175u8],
            [48u8, 36u8, 163u8, 231u8],
            [63u8, 167u8, 123u8, 180u8],
            [68u8, 228u8, 112u8, 51u8],
            [76u8, 240u8, 136u8, 217u8],
            [81u8, 65u8, 148u8, 243u8],
            [93u8, 204u8, 48u8, 187u8],
            [103u8, 59u8, 36u8, 242u8],
            [105u8, 174u8, 154u8, 248u8],
            [113u8, 80u8, 24u8, 166u8],
            [114u8, 227u8, 31u8, 250u8],
            [121u8, 90u8, 141u8, 11u8],
            [122u8, 192u8, 147u8, 26u8],
            [125u8, 21u8, 55u8, 30u8],
            [132u8, 176u8, 25u8, 110u8],
            [137u8, 3u8, 87u8, 48u8],
            [141u8, 165u8, 203u8, 91u8],
            [156u8, 12u8, 150u8, 41u8],
            [160u8, 15u8, 43u8, 88u8],
            [161u8, 107u8, 116u8, 130u8],
            [162u8, 71u8, 125u8, 172u8],
            [182u8, 123u8, 193u8, 121u8],
            [184u8, 139u8, 75u8, 83u8],
            [196u8, 44u8, 245u8, 53u8],
            [209u8, 82u8, 163u8, 46u8],
            [234u8, 217u8, 160u8, 105u8],
            [240u8, 244u8, 66u8, 96u8],
            [242u8, 253u8, 227u8, 139u8],
            [246u8, 152u8, 218u8, 37u8],
            [247u8, 5u8, 0u8, 49u8],
            [252u8, 12u8, 84u8, 106u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(BATCH_COMMITMENT_TYPEHASH),
            ::core::stringify!(governor),
            ::core::stringify!(setVetoWindow),
            ::core::stringify!(fraudBips),
            ::core::stringify!(setFraudBips),
            ::core::stringify!(setFraudProver),
            ::core::stringify!(slashingPeriod),
            ::core::stringify!(staking),
            ::core::stringify!(vetoWindow),
            ::core::stringify!(setJailDuration),
            ::core::stringify!(slashLatency),
            ::core::stringify!(executeSlash),
            ::core::stringify!(renounceOwnership),
            ::core::stringify!(setEquivocationBips),
            ::core::stringify!(requestSlash),
            ::core::stringify!(vetoSlash),
            ::core::stringify!(slashRequest),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(parameters),
            ::core::stringify!(owner),
            ::core::stringify!(slashForFraud),
            ::core::stringify!(GOVERNANCE_ROLLUP_ID),
            ::core::stringify!(isSlashed),
            ::core::stringify!(slashRequestCount),
            ::core::stringify!(slashEquivocation),
            ::core::stringify!(setReporterBips),
            ::core::stringify!(setGovernor),
            ::core::stringify!(setVetoer),
            ::core::stringify!(commitmentDigest),
            ::core::stringify!(setTreasury),
            ::core::stringify!(transferOwnership),
            ::core::stringify!(domainSeparator),
            ::core::stringify!(BIPS),
            ::core::stringify!(token),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <BATCH_COMMITMENT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <governorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setVetoWindowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <fraudBipsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setFraudBipsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setFraudProverCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashingPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <vetoWindowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setJailDurationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashLatencyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <executeSlashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEquivocationBipsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestSlashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <vetoSlashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <parametersCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashForFraudCall as alloy_sol_types::SolCall>::SIGNATURE,
            <GOVERNANCE_ROLLUP_IDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isSlashedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashRequestCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashEquivocationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setReporterBipsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setGovernorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setVetoerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitmentDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTreasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <domainSeparatorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <BIPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for SlasherCalls {
        const NAME: &'static str = "SlasherCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 34usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BATCH_COMMITMENT_TYPEHASH(_) => {
                    <BATCH_COMMITMENT_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::BIPS(_) => <BIPSCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::GOVERNANCE_ROLLUP_ID(_) => {
                    <GOVERNANCE_ROLLUP_IDCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::commitmentDigest(_) => {
                    <commitmentDigestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::domainSeparator(_) => {
                    <domainSeparatorCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::eip712Domain(_) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::executeSlash(_) => {
                    <executeSlashCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::fraudBips(_) => {
                    <fraudBipsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::governor(_) => <governorCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isSlashed(_) => {
                    <isSlashedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::parameters(_) => {
                    <parametersCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceOwnership(_) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestSlash(_) => {
                    <requestSlashCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setEquivocationBips(_) => {
                    <setEquivocationBipsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setFraudBips(_) => {
                    <setFraudBipsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setFraudProver(_) => {
                    <setFraudProverCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setGovernor(_) => {
                    <setGovernorCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setJailDuration(_) => {
                    <setJailDurationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setReporterBips(_) => {
                    <setReporterBipsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setTreasury(_) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setVetoWindow(_) => {
                    <setVetoWindowCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setVetoer(_) => {
                    <setVetoerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashEquivocation(_) => {
                    <slashEquivocationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashForFraud(_) => {
                    <slashForFraudCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashLatency(_) => {
                    <slashLatencyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashRequest(_) => {
                    <slashRequestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashRequestCount(_) => {
                    <slashRequestCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashingPeriod(_) => {
                    <slashingPeriodCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::staking(_) => <stakingCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferOwnership(_) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::vetoSlash(_) => {
                    <vetoSlashCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::vetoWindow(_) => {
                    <vetoWindowCall as alloy_sol_types::SolCall>::SELECTOR
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SlasherCalls>] = &[
                {
                    fn BATCH_COMMITMENT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <BATCH_COMMITMENT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::BATCH_COMMITMENT_TYPEHASH)
                    }
                    BATCH_COMMITMENT_TYPEHASH
                },
                {
                    fn governor(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <governorCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::governor)
                    }
                    governor
                },
                {
                    fn setVetoWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setVetoWindowCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::setVetoWindow)
                    }
                    setVetoWindow
                },
                {
                    fn fraudBips(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <fraudBipsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::fraudBips)
                    }
                    fraudBips
                },
                {
                    fn setFraudBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setFraudBipsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::setFraudBips)
                    }
                    setFraudBips
                },
                {
                    fn setFraudProver(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setFraudProverCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::setFraudProver)
                    }
                    setFraudProver
                },
                {
                    fn slashingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::slashingPeriod)
                    }
                    slashingPeriod
                },
                {
                    fn staking(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <stakingCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::staking)
                    }
                    staking
                },
                {
                    fn vetoWindow(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <vetoWindowCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::vetoWindow)
                    }
                    vetoWindow
                },
                {
                    fn setJailDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setJailDurationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::setJailDuration)
                    }
                    setJailDuration
                },
                {
                    fn slashLatency(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashLatencyCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::slashLatency)
                    }
                    slashLatency
                },
                {
                    fn executeSlash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <executeSlashCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::executeSlash)
                    }
                    executeSlash
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn setEquivocationBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setEquivocationBipsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::setEquivocationBips)
                    }
                    setEquivocationBips
                },
                {
                    fn requestSlash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <requestSlashCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::requestSlash)
                    }
                    requestSlash
                },
                {
                    fn vetoSlash(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <vetoSlashCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::vetoSlash)
                    }
                    vetoSlash
                },
                {
                    fn slashRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::slashRequest)
                    }
                    slashRequest
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn parameters(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <parametersCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::parameters)
                    }
                    parameters
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::owner)
                    }
                    owner
                },
                {
                    fn slashForFraud(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashForFraudCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::slashForFraud)
                    }
                    slashForFraud
                },
                {
                    fn GOVERNANCE_ROLLUP_ID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <GOVERNANCE_ROLLUP_IDCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::GOVERNANCE_ROLLUP_ID)
                    }
                    GOVERNANCE_ROLLUP_ID
                },
                {
                    fn isSlashed(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <isSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::isSlashed)
                    }
                    isSlashed
                },
                {
                    fn slashRequestCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashRequestCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::slashRequestCount)
                    }
                    slashRequestCount
                },
                {
                    fn slashEquivocation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashEquivocationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::slashEquivocation)
                    }
                    slashEquivocation
                },
                {
                    fn setReporterBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setReporterBipsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::setReporterBips)
                    }
                    setReporterBips
                },
                {
                    fn setGovernor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setGovernorCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::setGovernor)
                    }
                    setGovernor
                },
                {
                    fn setVetoer(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <setVetoerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::setVetoer)
                    }
                    setVetoer
                },
                {
                    fn commitmentDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <commitmentDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::commitmentDigest)
                    }
                    commitmentDigest
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn domainSeparator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <domainSeparatorCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherCalls::domainSeparator)
                    }
                    domainSeparator
                },
                {
                    fn BIPS(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <BIPSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::BIPS)
                    }
                    BIPS
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SlasherCalls::token)
                    }
                    token
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
            ) -> alloy_sol_types::Result<SlasherCalls>] = &[
                {
                    fn BATCH_COMMITMENT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <BATCH_COMMITMENT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::BATCH_COMMITMENT_TYPEHASH)
                    }
                    BATCH_COMMITMENT_TYPEHASH
                },
                {
                    fn governor(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <governorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::governor)
                    }
                    governor
                },
                {
                    fn setVetoWindow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setVetoWindowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setVetoWindow)
                    }
                    setVetoWindow
                },
                {
                    fn fraudBips(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <fraudBipsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::fraudBips)
                    }
                    fraudBips
                },
                {
                    fn setFraudBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setFraudBipsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setFraudBips)
                    }
                    setFraudBips
                },
                {
                    fn setFraudProver(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setFraudProverCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setFraudProver)
                    }
                    setFraudProver
                },
                {
                    fn slashingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::slashingPeriod)
                    }
                    slashingPeriod
                },
                {
                    fn staking(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <stakingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::staking)
                    }
                    staking
                },
                {
                    fn vetoWindow(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <vetoWindowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::vetoWindow)
                    }
                    vetoWindow
                },
                {
                    fn setJailDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setJailDurationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setJailDuration)
                    }
                    setJailDuration
                },
                {
                    fn slashLatency(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashLatencyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::slashLatency)
                    }
                    slashLatency
                },
                {
                    fn executeSlash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <executeSlashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::executeSlash)
                    }
                    executeSlash
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn setEquivocationBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setEquivocationBipsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setEquivocationBips)
                    }
                    setEquivocationBips
                },
                {
                    fn requestSlash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <requestSlashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::requestSlash)
                    }
                    requestSlash
                },
                {
                    fn vetoSlash(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <vetoSlashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::vetoSlash)
                    }
                    vetoSlash
                },
                {
                    fn slashRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::slashRequest)
                    }
                    slashRequest
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn parameters(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <parametersCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::parameters)
                    }
                    parameters
                },
                {
                    fn owner(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::owner)
                    }
                    owner
                },
                {
                    fn slashForFraud(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashForFraudCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::slashForFraud)
                    }
                    slashForFraud
                },
                {
                    fn GOVERNANCE_ROLLUP_ID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <GOVERNANCE_ROLLUP_IDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::GOVERNANCE_ROLLUP_ID)
                    }
                    GOVERNANCE_ROLLUP_ID
                },
                {
                    fn isSlashed(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <isSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::isSlashed)
                    }
                    isSlashed
                },
                {
                    fn slashRequestCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashRequestCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::slashRequestCount)
                    }
                    slashRequestCount
                },
                {
                    fn slashEquivocation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <slashEquivocationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::slashEquivocation)
                    }
                    slashEquivocation
                },
                {
                    fn setReporterBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setReporterBipsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setReporterBips)
                    }
                    setReporterBips
                },
                {
                    fn setGovernor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setGovernorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setGovernor)
                    }
                    setGovernor
                },
                {
                    fn setVetoer(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <setVetoerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setVetoer)
                    }
                    setVetoer
                },
                {
                    fn commitmentDigest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <commitmentDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::commitmentDigest)
                    }
                    commitmentDigest
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn domainSeparator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherCalls> {
                        <domainSeparatorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::domainSeparator)
                    }
                    domainSeparator
                },
                {
                    fn BIPS(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <BIPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::BIPS)
                    }
                    BIPS
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<SlasherCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherCalls::token)
                    }
                    token
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
                Self::BATCH_COMMITMENT_TYPEHASH(inner) => {
                    <BATCH_COMMITMENT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::BIPS(inner) => {
                    <BIPSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::GOVERNANCE_ROLLUP_ID(inner) => {
                    <GOVERNANCE_ROLLUP_IDCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::commitmentDigest(inner) => {
                    <commitmentDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::domainSeparator(inner) => {
                    <domainSeparatorCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::executeSlash(inner) => {
                    <executeSlashCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::fraudBips(inner) => {
                    <fraudBipsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::governor(inner) => {
                    <governorCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isSlashed(inner) => {
                    <isSlashedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::parameters(inner) => {
                    <parametersCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestSlash(inner) => {
                    <requestSlashCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setEquivocationBips(inner) => {
                    <setEquivocationBipsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setFraudBips(inner) => {
                    <setFraudBipsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setFraudProver(inner) => {
                    <setFraudProverCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setGovernor(inner) => {
                    <setGovernorCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setJailDuration(inner) => {
                    <setJailDurationCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setReporterBips(inner) => {
                    <setReporterBipsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setVetoWindow(inner) => {
                    <setVetoWindowCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setVetoer(inner) => {
                    <setVetoerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slashEquivocation(inner) => {
                    <slashEquivocationCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slashForFraud(inner) => {
                    <slashForFraudCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slashLatency(inner) => {
                    <slashLatencyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slashRequest(inner) => {
                    <slashRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slashRequestCount(inner) => {
                    <slashRequestCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slashingPeriod(inner) => {
                    <slashingPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::staking(inner) => {
                    <stakingCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::vetoSlash(inner) => {
                    <vetoSlashCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::vetoWindow(inner) => {
                    <vetoWindowCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::BATCH_COMMITMENT_TYPEHASH(inner) => {
                    <BATCH_COMMITMENT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::BIPS(inner) => {
                    <BIPSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::GOVERNANCE_ROLLUP_ID(inner) => {
                    <GOVERNANCE_ROLLUP_IDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::commitmentDigest(inner) => {
                    <commitmentDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::domainSeparator(inner) => {
                    <domainSeparatorCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::executeSlash(inner) => {
                    <executeSlashCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::fraudBips(inner) => {
                    <fraudBipsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::governor(inner) => {
                    <governorCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isSlashed(inner) => {
                    <isSlashedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::parameters(inner) => {
                    <parametersCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::requestSlash(inner) => {
                    <requestSlashCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setEquivocationBips(inner) => {
                    <setEquivocationBipsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setFraudBips(inner) => {
                    <setFraudBipsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setFraudProver(inner) => {
                    <setFraudProverCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setGovernor(inner) => {
                    <setGovernorCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setJailDuration(inner) => {
                    <setJailDurationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setReporterBips(inner) => {
                    <setReporterBipsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setVetoWindow(inner) => {
                    <setVetoWindowCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setVetoer(inner) => {
                    <setVetoerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashEquivocation(inner) => {
                    <slashEquivocationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashForFraud(inner) => {
                    <slashForFraudCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashLatency(inner) => {
                    <slashLatencyCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashRequest(inner) => {
                    <slashRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashRequestCount(inner) => {
                    <slashRequestCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashingPeriod(inner) => {
                    <slashingPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::staking(inner) => {
                    <stakingCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::vetoSlash(inner) => {
                    <vetoSlashCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::vetoWindow(inner) => {
                    <vetoWindowCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Slasher`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum SlasherErrors {
        #[allow(missing_docs)]
        ECDSAInvalidSignature(ECDSAInvalidSignature),
        #[allow(missing_docs)]
        ECDSAInvalidSignatureLength(ECDSAInvalidSignatureLength),
        #[allow(missing_docs)]
        ECDSAInvalidSignatureS(ECDSAInvalidSignatureS),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        OwnableInvalidOwner(OwnableInvalidOwner),
        #[allow(missing_docs)]
        OwnableUnauthorizedAccount(OwnableUnauthorizedAccount),
        #[allow(missing_docs)]
        SlasherAlreadySlashed(SlasherAlreadySlashed),
        #[allow(missing_docs)]
        SlasherEvidenceExpired(SlasherEvidenceExpired),
        #[allow(missing_docs)]
        SlasherInvalidParameter(SlasherInvalidParameter),
        #[allow(missing_docs)]
        SlasherInvalidSignature(SlasherInvalidSignature),
        #[allow(missing_docs)]
        SlasherNotConflicting(SlasherNotConflicting),
        #[allow(missing_docs)]
        SlasherOffenceAlreadyPunished(SlasherOffenceAlreadyPunished),
        #[allow(missing_docs)]
        SlasherRequestNotExecutable(SlasherRequestNotExecutable),
        #[allow(missing_docs)]
        SlasherUnauthorized(SlasherUnauthorized),
        #[allow(missing_docs)]
        SlasherUnknownRollup(SlasherUnknownRollup),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
    }
    impl SlasherErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [10u8, 116u8, 234u8, 47u8],
            [17u8, 140u8, 218u8, 167u8],
            [30u8, 79u8, 189u8, 247u8],
            [48u8, 90u8, 39u8, 169u8],
            [54u8, 188u8, 130u8, 216u8],
            [69u8, 155u8, 94u8, 130u8],
            [114u8, 47u8, 64u8, 119u8],
            [138u8, 91u8, 135u8, 68u8],
            [163u8, 8u8, 158u8, 83u8],
            [179u8, 81u8, 43u8, 12u8],
            [215u8, 139u8, 206u8, 12u8],
            [216u8, 49u8, 239u8, 95u8],
            [228u8, 165u8, 217u8, 64u8],
            [238u8, 125u8, 58u8, 225u8],
            [246u8, 69u8, 238u8, 223u8],
            [252u8, 230u8, 152u8, 247u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(SlasherEvidenceExpired),
            ::core::stringify!(OwnableUnauthorizedAccount),
            ::core::stringify!(OwnableInvalidOwner),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(SlasherOffenceAlreadyPunished),
            ::core::stringify!(SlasherInvalidSignature),
            ::core::stringify!(SlasherRequestNotExecutable),
            ::core::stringify!(SlasherUnauthorized),
            ::core::stringify!(SlasherAlreadySlashed),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(ECDSAInvalidSignatureS),
            ::core::stringify!(SlasherInvalidParameter),
            ::core::stringify!(SlasherNotConflicting),
            ::core::stringify!(SlasherUnknownRollup),
            ::core::stringify!(ECDSAInvalidSignature),
            ::core::stringify!(ECDSAInvalidSignatureLength),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <SlasherEvidenceExpired as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableInvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <SlasherOffenceAlreadyPunished as alloy_sol_types::SolError>::SIGNATURE,
            <SlasherInvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <SlasherRequestNotExecutable as alloy_sol_types::SolError>::SIGNATURE,
            <SlasherUnauthorized as alloy_sol_types::SolError>::SIGNATURE,
            <SlasherAlreadySlashed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <ECDSAInvalidSignatureS as alloy_sol_types::SolError>::SIGNATURE,
            <SlasherInvalidParameter as alloy_sol_types::SolError>::SIGNATURE,
            <SlasherNotConflicting as alloy_sol_types::SolError>::SIGNATURE,
            <SlasherUnknownRollup as alloy_sol_types::SolError>::SIGNATURE,
            <ECDSAInvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <ECDSAInvalidSignatureLength as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for SlasherErrors {
        const NAME: &'static str = "SlasherErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 16usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ECDSAInvalidSignature(_) => {
                    <ECDSAInvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ECDSAInvalidSignatureLength(_) => {
                    <ECDSAInvalidSignatureLength as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ECDSAInvalidSignatureS(_) => {
                    <ECDSAInvalidSignatureS as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableInvalidOwner(_) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableUnauthorizedAccount(_) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherAlreadySlashed(_) => {
                    <SlasherAlreadySlashed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherEvidenceExpired(_) => {
                    <SlasherEvidenceExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherInvalidParameter(_) => {
                    <SlasherInvalidParameter as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherInvalidSignature(_) => {
                    <SlasherInvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherNotConflicting(_) => {
                    <SlasherNotConflicting as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherOffenceAlreadyPunished(_) => {
                    <SlasherOffenceAlreadyPunished as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherRequestNotExecutable(_) => {
                    <SlasherRequestNotExecutable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherUnauthorized(_) => {
                    <SlasherUnauthorized as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlasherUnknownRollup(_) => {
                    <SlasherUnknownRollup as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => {
                    <StringTooLong as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<SlasherErrors>] = &[
                {
                    fn SlasherEvidenceExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherEvidenceExpired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherEvidenceExpired)
                    }
                    SlasherEvidenceExpired
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn SlasherOffenceAlreadyPunished(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherOffenceAlreadyPunished as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherOffenceAlreadyPunished)
                    }
                    SlasherOffenceAlreadyPunished
                },
                {
                    fn SlasherInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherInvalidSignature)
                    }
                    SlasherInvalidSignature
                },
                {
                    fn SlasherRequestNotExecutable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherRequestNotExecutable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherRequestNotExecutable)
                    }
                    SlasherRequestNotExecutable
                },
                {
                    fn SlasherUnauthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherUnauthorized as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherUnauthorized)
                    }
                    SlasherUnauthorized
                },
                {
                    fn SlasherAlreadySlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherAlreadySlashed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherAlreadySlashed)
                    }
                    SlasherAlreadySlashed
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn ECDSAInvalidSignatureS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <ECDSAInvalidSignatureS as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::ECDSAInvalidSignatureS)
                    }
                    ECDSAInvalidSignatureS
                },
                {
                    fn SlasherInvalidParameter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherInvalidParameter as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherInvalidParameter)
                    }
                    SlasherInvalidParameter
                },
                {
                    fn SlasherNotConflicting(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherNotConflicting as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherNotConflicting)
                    }
                    SlasherNotConflicting
                },
                {
                    fn SlasherUnknownRollup(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherUnknownRollup as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::SlasherUnknownRollup)
                    }
                    SlasherUnknownRollup
                },
                {
                    fn ECDSAInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <ECDSAInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::ECDSAInvalidSignature)
                    }
                    ECDSAInvalidSignature
                },
                {
                    fn ECDSAInvalidSignatureLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <ECDSAInvalidSignatureLength as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(SlasherErrors::ECDSAInvalidSignatureLength)
                    }
                    ECDSAInvalidSignatureLength
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
            ) -> alloy_sol_types::Result<SlasherErrors>] = &[
                {
                    fn SlasherEvidenceExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherEvidenceExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherEvidenceExpired)
                    }
                    SlasherEvidenceExpired
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn SlasherOffenceAlreadyPunished(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherOffenceAlreadyPunished as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherOffenceAlreadyPunished)
                    }
                    SlasherOffenceAlreadyPunished
                },
                {
                    fn SlasherInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherInvalidSignature)
                    }
                    SlasherInvalidSignature
                },
                {
                    fn SlasherRequestNotExecutable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherRequestNotExecutable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherRequestNotExecutable)
                    }
                    SlasherRequestNotExecutable
                },
                {
                    fn SlasherUnauthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherUnauthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherUnauthorized)
                    }
                    SlasherUnauthorized
                },
                {
                    fn SlasherAlreadySlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherAlreadySlashed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherAlreadySlashed)
                    }
                    SlasherAlreadySlashed
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn ECDSAInvalidSignatureS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <ECDSAInvalidSignatureS as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::ECDSAInvalidSignatureS)
                    }
                    ECDSAInvalidSignatureS
                },
                {
                    fn SlasherInvalidParameter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherInvalidParameter as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherInvalidParameter)
                    }
                    SlasherInvalidParameter
                },
                {
                    fn SlasherNotConflicting(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherNotConflicting as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherNotConflicting)
                    }
                    SlasherNotConflicting
                },
                {
                    fn SlasherUnknownRollup(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <SlasherUnknownRollup as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::SlasherUnknownRollup)
                    }
                    SlasherUnknownRollup
                },
                {
                    fn ECDSAInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <ECDSAInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::ECDSAInvalidSignature)
                    }
                    ECDSAInvalidSignature
                },
                {
                    fn ECDSAInvalidSignatureLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SlasherErrors> {
                        <ECDSAInvalidSignatureLength as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SlasherErrors::ECDSAInvalidSignatureLength)
                    }
                    ECDSAInvalidSignatureLength
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
                Self::ECDSAInvalidSignature(inner) => {
                    <ECDSAInvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ECDSAInvalidSignatureLength(inner) => {
                    <ECDSAInvalidSignatureLength as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ECDSAInvalidSignatureS(inner) => {
                    <ECDSAInvalidSignatureS as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::SlasherAlreadySlashed(inner) => {
                    <SlasherAlreadySlashed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlasherEvidenceExpired(inner) => {
                    <SlasherEvidenceExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlasherInvalidParameter(inner) => {
                    <SlasherInvalidParameter as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlasherInvalidSignature(inner) => {
                    <SlasherInvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlasherNotConflicting(inner) => {
                    <SlasherNotConflicting as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlasherOffenceAlreadyPunished(inner) => {
                    <SlasherOffenceAlreadyPunished as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlasherRequestNotExecutable(inner) => {
                    <SlasherRequestNotExecutable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlasherUnauthorized(inner) => {
                    <SlasherUnauthorized as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlasherUnknownRollup(inner) => {
                    <SlasherUnknownRollup as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ECDSAInvalidSignature(inner) => {
                    <ECDSAInvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ECDSAInvalidSignatureLength(inner) => {
                    <ECDSAInvalidSignatureLength as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ECDSAInvalidSignatureS(inner) => {
                    <ECDSAInvalidSignatureS as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::SlasherAlreadySlashed(inner) => {
                    <SlasherAlreadySlashed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlasherEvidenceExpired(inner) => {
                    <SlasherEvidenceExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlasherInvalidParameter(inner) => {
                    <SlasherInvalidParameter as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlasherInvalidSignature(inner) => {
                    <SlasherInvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlasherNotConflicting(inner) => {
                    <SlasherNotConflicting as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlasherOffenceAlreadyPunished(inner) => {
                    <SlasherOffenceAlreadyPunished as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlasherRequestNotExecutable(inner) => {
                    <SlasherRequestNotExecutable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlasherUnauthorized(inner) => {
                    <SlasherUnauthorized as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlasherUnknownRollup(inner) => {
                    <SlasherUnknownRollup as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Slasher`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum SlasherEvents {
        #[allow(missing_docs)]
        AddressUpdated(AddressUpdated),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        OffenceAbsorbed(OffenceAbsorbed),
        #[allow(missing_docs)]
        OperatorSlashed(OperatorSlashed),
        #[allow(missing_docs)]
        OwnershipTransferred(OwnershipTransferred),
        #[allow(missing_docs)]
        ParameterUpdated(ParameterUpdated),
        #[allow(missing_docs)]
        SlashExecuted(SlashExecuted),
        #[allow(missing_docs)]
        SlashRequested(SlashRequested),
        #[allow(missing_docs)]
        SlashVetoed(SlashVetoed),
    }
    impl SlasherEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                24u8, 18u8, 80u8, 205u8, 22u8, 50u8, 213u8, 106u8, 204u8, 116u8, 123u8,
                5u8, 147u8, 243u8, 123u8, 74u8, 160u8, 142u8, 215u8, 29u8, 246u8, 73u8,
                40u8, 168u8, 243u8, 89u8, 136u8, 218u8, 206u8, 169u8, 248u8, 253u8,
            ],
            [
                67u8, 179u8, 114u8, 168u8, 229u8, 189u8, 137u8, 48u8, 204u8, 236u8,
                163u8, 226u8, 175u8, 149u8, 241u8, 80u8, 210u8, 239u8, 108u8, 36u8, 43u8,
                199u8, 7u8, 232u8, 165u8, 63u8, 103u8, 203u8, 120u8, 193u8, 160u8, 99u8,
            ],
            [
                81u8, 249u8, 5u8, 79u8, 24u8, 170u8, 188u8, 46u8, 114u8, 171u8, 225u8,
                205u8, 71u8, 128u8, 190u8, 47u8, 43u8, 153u8, 64u8, 160u8, 214u8, 105u8,
                184u8, 2u8, 137u8, 11u8, 233u8, 85u8, 124u8, 146u8, 220u8, 166u8,
            ],
            [
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ],
            [
                205u8, 241u8, 231u8, 234u8, 197u8, 121u8, 78u8, 204u8, 29u8, 27u8, 219u8,
                171u8, 245u8, 102u8, 246u8, 35u8, 203u8, 248u8, 203u8, 89u8, 75u8, 252u8,
                211u8, 34u8, 175u8, 246u8, 190u8, 47u8, 158u8, 232u8, 229u8, 177u8,
            ],
            [
                207u8, 172u8, 184u8, 208u8, 149u8, 120u8, 32u8, 253u8, 45u8, 215u8, 85u8,
                192u8, 22u8, 235u8, 143u8, 254u8, 62u8, 250u8, 137u8, 179u8, 114u8,
                123u8, 118u8, 101u8, 189u8, 52u8, 209u8, 183u8, 237u8, 90u8, 80u8, 44u8,
            ],
            [
                217u8, 251u8, 167u8, 65u8, 32u8, 203u8, 91u8, 86u8, 247u8, 197u8, 109u8,
                155u8, 121u8, 185u8, 5u8, 27u8, 139u8, 20u8, 36u8, 146u8, 1u8, 150u8,
                229u8, 70u8, 187u8, 132u8, 207u8, 25u8, 166u8, 70u8, 167u8, 44u8,
            ],
            [
                255u8, 175u8, 140u8, 63u8, 99u8, 184u8, 205u8, 27u8, 3u8, 128u8, 229u8,
                237u8, 82u8, 114u8, 252u8, 207u8, 168u8, 76u8, 21u8, 164u8, 172u8, 233u8,
                84u8, 139u8, 108u8, 118u8, 179u8, 71u8, 124u8, 232u8, 125u8, 172u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(ParameterUpdated),
            ::core::stringify!(SlashExecuted),
            ::core::stringify!(OperatorSlashed),
            ::core::stringify!(OwnershipTransferred),
            ::core::stringify!(AddressUpdated),
            ::core::stringify!(SlashRequested),
            ::core::stringify!(SlashVetoed),
            ::core::stringify!(OffenceAbsorbed),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <ParameterUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlashExecuted as alloy_sol_types::SolEvent>::SIGNATURE,
            <OperatorSlashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <AddressUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlashRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <SlashVetoed as alloy_sol_types::SolEvent>::SIGNATURE,
            <OffenceAbsorbed as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for SlasherEvents {
        const NAME: &'static str = "SlasherEvents";
        const COUNT: usize = 9usize;
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
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EIP712DomainChanged)
                }
                Some(<OffenceAbsorbed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OffenceAbsorbed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OffenceAbsorbed)
                }
                Some(<OperatorSlashed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OperatorSlashed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OperatorSlashed)
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
                Some(<SlashExecuted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlashExecuted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlashExecuted)
                }
                Some(<SlashRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlashRequested as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlashRequested)
                }
                Some(<SlashVetoed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SlashVetoed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SlashVetoed)
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
    impl alloy_sol_types::private::IntoLogData for SlasherEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AddressUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OffenceAbsorbed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OperatorSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ParameterUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlashExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlashRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SlashVetoed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AddressUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OffenceAbsorbed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OperatorSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ParameterUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlashExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlashRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SlashVetoed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Slasher`](self) contract instance.

See the [wrapper's documentation](`SlasherInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> SlasherInstance<P, N> {
        SlasherInstance::<P, N>::new(address, __provider)
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
        staking_: alloy::sol_types::private::Address,
        token_: alloy::sol_types::private::Address,
        owner_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<SlasherInstance<P, N>>,
    > {
        SlasherInstance::<P, N>::deploy(__provider, staking_, token_, owner_, treasury_)
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
        staking_: alloy::sol_types::private::Address,
        token_: alloy::sol_types::private::Address,
        owner_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        SlasherInstance::<
            P,
            N,
        >::deploy_builder(__provider, staking_, token_, owner_, treasury_)
    }
    /**A [`Slasher`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`Slasher`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct SlasherInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for SlasherInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("SlasherInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > SlasherInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Slasher`](self) contract instance.

See the [wrapper's documentation](`SlasherInstance`) for more details.*/
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
            staking_: alloy::sol_types::private::Address,
            token_: alloy::sol_types::private::Address,
            owner_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<SlasherInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                staking_,
                token_,
                owner_,
                treasury_,
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
            staking_: alloy::sol_types::private::Address,
            token_: alloy::sol_types::private::Address,
            owner_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            staking_,
                            token_,
                            owner_,
                            treasury_,
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
    impl<P: ::core::clone::Clone, N> SlasherInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> SlasherInstance<P, N> {
            SlasherInstance {
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
    > SlasherInstance<P, N> {
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
        ///Creates a new call builder for the [`BATCH_COMMITMENT_TYPEHASH`] function.
        pub fn BATCH_COMMITMENT_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, BATCH_COMMITMENT_TYPEHASHCall, N> {
            self.call_builder(&BATCH_COMMITMENT_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`BIPS`] function.
        pub fn BIPS(&self) -> alloy_contract::SolCallBuilder<&P, BIPSCall, N> {
            self.call_builder(&BIPSCall)
        }
        ///Creates a new call builder for the [`GOVERNANCE_ROLLUP_ID`] function.
        pub fn GOVERNANCE_ROLLUP_ID(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, GOVERNANCE_ROLLUP_IDCall, N> {
            self.call_builder(&GOVERNANCE_ROLLUP_IDCall)
        }
        ///Creates a new call builder for the [`commitmentDigest`] function.
        pub fn commitmentDigest(
            &self,
            c: <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, commitmentDigestCall, N> {
            self.call_builder(&commitmentDigestCall { c })
        }
        ///Creates a new call builder for the [`domainSeparator`] function.
        pub fn domainSeparator(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, domainSeparatorCall, N> {
            self.call_builder(&domainSeparatorCall)
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`executeSlash`] function.
        pub fn executeSlash(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, executeSlashCall, N> {
            self.call_builder(&executeSlashCall { requestId })
        }
        ///Creates a new call builder for the [`fraudBips`] function.
        pub fn fraudBips(&self) -> alloy_contract::SolCallBuilder<&P, fraudBipsCall, N> {
            self.call_builder(&fraudBipsCall)
        }
        ///Creates a new call builder for the [`governor`] function.
        pub fn governor(&self) -> alloy_contract::SolCallBuilder<&P, governorCall, N> {
            self.call_builder(&governorCall)
        }
        ///Creates a new call builder for the [`isSlashed`] function.
        pub fn isSlashed(
            &self,
            operator: alloy::sol_types::private::Address,
            kind: <ISlasher::SlashKind as alloy::sol_types::SolType>::RustType,
            rollupId: alloy::sol_types::private::primitives::aliases::U256,
            batchIndex: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, isSlashedCall, N> {
            self.call_builder(
                &isSlashedCall {
                    operator,
                    kind,
                    rollupId,
                    batchIndex,
                },
            )
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`parameters`] function.
        pub fn parameters(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, parametersCall, N> {
            self.call_builder(&parametersCall)
        }
        ///Creates a new call builder for the [`renounceOwnership`] function.
        pub fn renounceOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, renounceOwnershipCall, N> {
            self.call_builder(&renounceOwnershipCall)
        }
        ///Creates a new call builder for the [`requestSlash`] function.
        pub fn requestSlash(
            &self,
            operator: alloy::sol_types::private::Address,
            bips: u16,
            reason: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, requestSlashCall, N> {
            self.call_builder(
                &requestSlashCall {
                    operator,
                    bips,
                    reason,
                },
            )
        }
        ///Creates a new call builder for the [`setEquivocationBips`] function.
        pub fn setEquivocationBips(
            &self,
            bips: u16,
        ) -> alloy_contract::SolCallBuilder<&P, setEquivocationBipsCall, N> {
            self.call_builder(&setEquivocationBipsCall { bips })
        }
        ///Creates a new call builder for the [`setFraudBips`] function.
        pub fn setFraudBips(
            &self,
            bips: u16,
        ) -> alloy_contract::SolCallBuilder<&P, setFraudBipsCall, N> {
            self.call_builder(&setFraudBipsCall { bips })
        }
        ///Creates a new call builder for the [`setFraudProver`] function.
        pub fn setFraudProver(
            &self,
            prover: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setFraudProverCall, N> {
            self.call_builder(&setFraudProverCall { prover })
        }
        ///Creates a new call builder for the [`setGovernor`] function.
        pub fn setGovernor(
            &self,
            governor_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setGovernorCall, N> {
            self.call_builder(&setGovernorCall { governor_ })
        }
        ///Creates a new call builder for the [`setJailDuration`] function.
        pub fn setJailDuration(
            &self,
            duration: u64,
        ) -> alloy_contract::SolCallBuilder<&P, setJailDurationCall, N> {
            self.call_builder(&setJailDurationCall { duration })
        }
        ///Creates a new call builder for the [`setReporterBips`] function.
        pub fn setReporterBips(
            &self,
            bips: u16,
        ) -> alloy_contract::SolCallBuilder<&P, setReporterBipsCall, N> {
            self.call_builder(&setReporterBipsCall { bips })
        }
        ///Creates a new call builder for the [`setTreasury`] function.
        pub fn setTreasury(
            &self,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setTreasuryCall, N> {
            self.call_builder(&setTreasuryCall { treasury_ })
        }
        ///Creates a new call builder for the [`setVetoWindow`] function.
        pub fn setVetoWindow(
            &self,
            window: u64,
        ) -> alloy_contract::SolCallBuilder<&P, setVetoWindowCall, N> {
            self.call_builder(&setVetoWindowCall { window })
        }
        ///Creates a new call builder for the [`setVetoer`] function.
        pub fn setVetoer(
            &self,
            vetoer_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setVetoerCall, N> {
            self.call_builder(&setVetoerCall { vetoer_ })
        }
        ///Creates a new call builder for the [`slashEquivocation`] function.
        pub fn slashEquivocation(
            &self,
            a: <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
            sigA: alloy::sol_types::private::Bytes,
            b: <ISlasher::BatchCommitment as alloy::sol_types::SolType>::RustType,
            sigB: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, slashEquivocationCall, N> {
            self.call_builder(
                &slashEquivocationCall {
                    a,
                    sigA,
                    b,
                    sigB,
                },
            )
        }
        ///Creates a new call builder for the [`slashForFraud`] function.
        pub fn slashForFraud(
            &self,
            operator: alloy::sol_types::private::Address,
            rollupId: alloy::sol_types::private::primitives::aliases::U256,
            batchIndex: alloy::sol_types::private::primitives::aliases::U256,
            postedAt: u64,
            challenger: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, slashForFraudCall, N> {
            self.call_builder(
                &slashForFraudCall {
                    operator,
                    rollupId,
                    batchIndex,
                    postedAt,
                    challenger,
                },
            )
        }
        ///Creates a new call builder for the [`slashLatency`] function.
        pub fn slashLatency(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, slashLatencyCall, N> {
            self.call_builder(&slashLatencyCall)
        }
        ///Creates a new call builder for the [`slashRequest`] function.
        pub fn slashRequest(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, slashRequestCall, N> {
            self.call_builder(&slashRequestCall { requestId })
        }
        ///Creates a new call builder for the [`slashRequestCount`] function.
        pub fn slashRequestCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, slashRequestCountCall, N> {
            self.call_builder(&slashRequestCountCall)
        }
        ///Creates a new call builder for the [`slashingPeriod`] function.
        pub fn slashingPeriod(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, slashingPeriodCall, N> {
            self.call_builder(&slashingPeriodCall { operator })
        }
        ///Creates a new call builder for the [`staking`] function.
        pub fn staking(&self) -> alloy_contract::SolCallBuilder<&P, stakingCall, N> {
            self.call_builder(&stakingCall)
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`transferOwnership`] function.
        pub fn transferOwnership(
            &self,
            newOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferOwnershipCall, N> {
            self.call_builder(&transferOwnershipCall { newOwner })
        }
        ///Creates a new call builder for the [`vetoSlash`] function.
        pub fn vetoSlash(
            &self,
            requestId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, vetoSlashCall, N> {
            self.call_builder(&vetoSlashCall { requestId })
        }
        ///Creates a new call builder for the [`vetoWindow`] function.
        pub fn vetoWindow(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, vetoWindowCall, N> {
            self.call_builder(&vetoWindowCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > SlasherInstance<P, N> {
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
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`OffenceAbsorbed`] event.
        pub fn OffenceAbsorbed_filter(
            &self,
        ) -> alloy_contract::Event<&P, OffenceAbsorbed, N> {
            self.event_filter::<OffenceAbsorbed>()
        }
        ///Creates a new event filter for the [`OperatorSlashed`] event.
        pub fn OperatorSlashed_filter(
            &self,
        ) -> alloy_contract::Event<&P, OperatorSlashed, N> {
            self.event_filter::<OperatorSlashed>()
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
        ///Creates a new event filter for the [`SlashExecuted`] event.
        pub fn SlashExecuted_filter(
            &self,
        ) -> alloy_contract::Event<&P, SlashExecuted, N> {
            self.event_filter::<SlashExecuted>()
        }
        ///Creates a new event filter for the [`SlashRequested`] event.
        pub fn SlashRequested_filter(
            &self,
        ) -> alloy_contract::Event<&P, SlashRequested, N> {
            self.event_filter::<SlashRequested>()
        }
        ///Creates a new event filter for the [`SlashVetoed`] event.
        pub fn SlashVetoed_filter(&self) -> alloy_contract::Event<&P, SlashVetoed, N> {
            self.event_filter::<SlashVetoed>()
        }
    }
}
